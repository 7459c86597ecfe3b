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

/** Two 32-bit lanes of cyrb53 over one word: computed once per word, however many runs the word is in. */
function wordLanes(word: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < word.length; i++) {
    const ch = word.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return [h1, h2];
}

/** cyrb53's finish over two lanes: a 53-bit integer, exact in a double. */
function finish(a: number, b: number): number {
  const h1 = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  const h2 = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A run hash as the fingerprint file writes it: 14 hex digits. */
export const hex = (hash: number): string => hash.toString(16).padStart(14, '0');

/**
 * The fingerprint of every run of `n` consecutive words, in order: each word is hashed once (cyrb53's lanes) and a
 * run's hash folds its words' lanes in order, so a 1,000-note corpus costs integer arithmetic, not a joined string
 * per run. 53 bits: a chance collision is about one in 10^9 a build.
 */
export function runHashes(w: readonly string[], n = COPIED_RUN_LENGTH): number[] {
  const lanes = w.map(wordLanes);
  const out: number[] = [];
  for (let i = 0; i + n <= lanes.length; i++) {
    let a = 0x9e3779b9;
    let b = 0x85ebca6b;
    for (let k = i; k < i + n; k++) {
      const [x = 0, y = 0] = lanes[k] ?? [];
      a = Math.imul(a ^ x, 2654435761) ^ (a >>> 15);
      b = Math.imul(b ^ y, 1597334677) ^ (b >>> 13);
    }
    out.push(finish(a, b));
  }
  return out;
}

/** The fingerprint of one run of words (as `words()` splits it); what the fingerprint file holds for each run. */
export function runHash(run: string): string {
  const w = words(run);
  return hex(runHashes(w, w.length)[0] ?? 0);
}

/** The fingerprint of a source text: the sorted, distinct hashes of its runs (order gives nothing away). */
export function fingerprint(source: string, n = COPIED_RUN_LENGTH): string[] {
  return [...new Set(runHashes(words(source), n).map(hex))].sort();
}

/** Reads a fingerprint file: hashes separated by white space; lines starting with # are comments. */
export function parseFingerprint(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .flatMap((line) => line.split(/\s+/))
      .filter((hash) => hash !== ''),
  );
}

const numericSets = new WeakMap<ReadonlySet<string>, Set<number>>();
/** A fingerprint's hashes as numbers, converted once per set: formatting a million run hashes as hex cost seconds. */
function numeric(source: ReadonlySet<string>): Set<number> {
  let set = numericSets.get(source);
  if (!set) numericSets.set(source, (set = new Set([...source].map((h) => parseInt(h, 16)))));
  return set;
}

/**
 * Runs of `n` words in `text` whose hash is in the source's fingerprint. After a hit the scan jumps past it, so
 * one copied sentence is reported once per `n` words rather than once per word.
 */
export function copiedRuns(text: string, source: ReadonlySet<string>, n = COPIED_RUN_LENGTH): string[] {
  const w = words(text);
  const hashes = runHashes(w, n);
  const known = numeric(source);
  const found: string[] = [];
  for (let i = 0; i < hashes.length; i++) {
    if (known.has(hashes[i] ?? -1)) {
      found.push(w.slice(i, i + n).join(' '));
      i += n - 1;
    }
  }
  return found;
}

/** Matches a question file whose top-level `kind` is one quoted as asked; other files need no YAML parse. */
const QUOTED_KIND_LINE = new RegExp(`^kind:\\s*['"]?(?:${QUOTED_QUESTION_KINDS.join('|')})['"]?\\s*(?:#.*)?$`, 'm');

/**
 * A question file with the words that may be quoted blanked: for a question quoted as asked, its `text` and
 * `options` become empty. Every other file, and any YAML that does not parse, comes back unchanged.
 */
export function withoutQuotedQuestionText(yamlText: string): string {
  // Parsing every question's YAML cost more than the rest of the check; only a quoted kind needs it.
  if (!QUOTED_KIND_LINE.test(yamlText)) return yamlText;
  const doc = parseDocument(yamlText);
  if (doc.errors.length) return yamlText;
  const kind: unknown = doc.get('kind');
  if (typeof kind !== 'string' || !(QUOTED_QUESTION_KINDS as readonly string[]).includes(kind)) return yamlText;
  if (doc.has('text')) doc.set('text', '');
  if (doc.has('options')) doc.set('options', []);
  return doc.toString();
}
