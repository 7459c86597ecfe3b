import { checkContent } from './check.ts';
import { HOUSE_RULES, type HouseRules } from './rules/house-rules.ts';
import { formatProblem } from './problem.ts';

/** Runs the checker and prints its report; returns the exit code (1 when any error was found). */
export function runContentCheck(
  root: string,
  log: (line: string) => void = console.log,
  houseRules: HouseRules | null = HOUSE_RULES,
): number {
  const started = performance.now();
  const { problems, counts } = checkContent(root, process.cwd(), houseRules);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  for (const problem of problems) log(formatProblem(problem));
  const ms = Math.round(performance.now() - started);
  const read = `${counts.notes} notes, ${counts.topics} topics, ${counts.mains} mains topics, ${counts.questions} questions, ${counts.syllabusLines} syllabus lines, ${counts.publications} publications`;
  const tail = warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
  log(
    errors.length
      ? `content check failed: ${errors.length} error${errors.length === 1 ? '' : 's'}${tail} in ${read} (${ms} ms)`
      : `content check passed: ${read}${tail} (${ms} ms)`,
  );
  return errors.length ? 1 : 0;
}
