import { parseDocument } from 'yaml';

/**
 * Finds runs of words that our content shares with the source material, so notes stay in our own words.
 * The tokenisation matches the authoring hook (shared/hooks/copied-runs.mjs): lower case, letters and digits,
 * with ' ’ . + - allowed inside a word ("india–japan" is two words, "2+2" and "u.s" are one).
 */

/** How many consecutive shared words count as copying. */
export const COPIED_RUN_LENGTH = 10;

/**
 * Question kinds whose `text` and `options` are official previous-year questions quoted as asked, and so may
 * repeat the source. Practice questions, ours or adapted, are written in our own words like everything else.
 */
export const QUOTED_QUESTION_KINDS: readonly string[] = ['prelims-pyq', 'mains-pyq'];

const WORD = /[\p{L}\p{N}]+(?:['’.+-][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased, in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Every run of `n` consecutive words in the source, joined by single spaces. */
export function sourceRuns(source: string, n = COPIED_RUN_LENGTH): Set<string> {
  const w = words(source);
  const runs = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
  return runs;
}

/**
 * Runs of `n` words in `text` that also occur in the source. After a hit the scan jumps past it, so one copied
 * sentence is reported once per `n` words rather than once per word.
 */
export function copiedRuns(text: string, source: string | Set<string>, n = COPIED_RUN_LENGTH): string[] {
  const runs = typeof source === 'string' ? sourceRuns(source, n) : source;
  const w = words(text);
  const found: string[] = [];
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(' ');
    if (runs.has(run)) {
      found.push(run);
      i += n - 1;
    }
  }
  return found;
}

/**
 * A question file with the words that may be quoted blanked: for a question quoted as asked, its `text` and
 * `options` become empty. Every other file, and any YAML that does not parse, comes back unchanged.
 */
export function withoutQuotedQuestionText(yamlText: string): string {
  const doc = parseDocument(yamlText);
  if (doc.errors.length) return yamlText;
  const kind: unknown = doc.get('kind');
  if (typeof kind !== 'string' || !QUOTED_QUESTION_KINDS.includes(kind)) return yamlText;
  if (doc.has('text')) doc.set('text', '');
  if (doc.has('options')) doc.set('options', []);
  return doc.toString();
}
