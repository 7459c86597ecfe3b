/** One thing wrong (or worth a look) in the content, located as precisely as we can. */
export interface Problem {
  /** `error` fails the check and the build; `warning` is printed only. */
  severity: 'error' | 'warning';
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted field path (`sources[0].url`), `body`, or `file`. */
  field: string;
  /** What is wrong and what was expected, as a sentence. */
  message: string;
  /** The value we found, shortened for display, when there is one. */
  found?: string;
}

/** Dotted path with array indices in brackets: `["sources", 0, "url"]` → `sources[0].url`. */
/** An error in `file` at `field` (and `line`, when known). */
export const fileError = (file: string, field: string, message: string, line?: number): Problem => ({
  severity: 'error',
  file,
  ...(line === undefined ? {} : { line }),
  field,
  message,
});

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(frontmatter)';
}

/** Shows a value the way an editor wrote it, cut to a readable length. */
export function describeValue(value: unknown): string {
  let text: string;
  if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'nothing';
  else text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `file:line  field  message (found: …)` — one line per problem, sorted by the caller. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const found = problem.found === undefined ? '' : ` (found: ${problem.found})`;
  const label = problem.severity === 'error' ? 'error' : 'warning';
  return `${label}  ${where}  ${problem.field}: ${problem.message}${found}`;
}

/** Orders problems by file, then line, so an editor can walk down the list. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** Edit distance, for "did you mean" hints on mistyped ids. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest known id, when it is close enough to be a likely typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}
