import { COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { checkContent, type CheckOptions } from './check.ts';
import { formatProblem } from './problem.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Runs the checker and prints its report; returns the exit code (1 when any error was found). */
export function runContentCheck(
  root: string,
  log: (line: string) => void = console.log,
  options: CheckOptions = {},
): number {
  const started = performance.now();
  const { problems, counts } = checkContent(root, options);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  for (const problem of problems) log(formatProblem(problem));
  const ms = Math.round(performance.now() - started);
  // Translations are counted when there are some (a content set may have none yet).
  const read = (Object.keys(COLLECTIONS) as CollectionName[])
    .filter((name) => counts[name] > 0 || !('translates' in COLLECTIONS[name]))
    .map((name) => plural(counts[name], COLLECTIONS[name].label))
    .join(', ');
  const tail = warnings ? `, ${plural(warnings, 'warning')}` : '';
  log(
    errors.length
      ? `content check failed: ${plural(errors.length, 'error')}${tail} in ${read} (${ms} ms)`
      : `content check passed: ${read}${tail} (${ms} ms)`,
  );
  return errors.length ? 1 : 0;
}
