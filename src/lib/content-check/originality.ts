import { parseDocument } from 'yaml';
import type { Question } from '../../schemas/question.ts';

/**
 * Finds runs of words that our content shares with the source material, so notes stay in our own words.
 * The source itself never enters the repository: it is represented by a fingerprint, the hash of every run of
 * COPIED_RUN_LENGTH words (source-fingerprint.txt, made by scripts/source-fingerprint.ts).
 * The tokenisation matches the authoring hook (shared/hooks/copied-runs.mjs): lower case, letters and digits,
 * with ' ’ . + - allowed inside a word ("india–japan" is two words, "2+2" and "u.s" are one).
 */

/** How many consecutive shared words count as copying. */
export const COPIED_RUN_LENGTH = 10;

/**
 * Question kinds whose `text` and `options` are official previous-year questions quoted as asked, and so may
 * repeat the source. Practice questions, ours or adapted, are written in our own words like everything else.
 */
export const QUOTED_QUESTION_KINDS: readonly Question['kind'][] = ['prelims-pyq', 'mains-pyq'];

const WORD = /[\p{L}\p{N}]+(?:['’.+-][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased, in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The fingerprint of one run of words: 53 bits of cyrb53 as 14 hex digits. Fast enough to hash every run of a
 * 1,000-note corpus in well under a second, and wide enough that a chance collision is about one in 10^9 a build.
 */
export function runHash(run: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < run.length; i++) {
    const ch = run.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Every run of `n` consecutive words of a text, joined by single spaces, in order. */
function runs(text: string, n: number): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

/** The fingerprint of a source text: the sorted, distinct hashes of its runs (order gives nothing away). */
export function fingerprint(source: string, n = COPIED_RUN_LENGTH): string[] {
  return [...new Set(runs(source, n).map(runHash))].sort();
}

/** Reads a fingerprint file: one hash a line; lines starting with # are comments. */
export function parseFingerprint(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/**
 * Runs of `n` words in `text` whose hash is in the source's fingerprint. After a hit the scan jumps past it, so
 * one copied sentence is reported once per `n` words rather than once per word.
 */
export function copiedRuns(text: string, source: ReadonlySet<string>, n = COPIED_RUN_LENGTH): string[] {
  const all = runs(text, n);
  const found: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const run = all[i] ?? '';
    if (source.has(runHash(run))) {
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
  if (typeof kind !== 'string' || !(QUOTED_QUESTION_KINDS as readonly string[]).includes(kind)) return yamlText;
  if (doc.has('text')) doc.set('text', '');
  if (doc.has('options')) doc.set('options', []);
  return doc.toString();
}
