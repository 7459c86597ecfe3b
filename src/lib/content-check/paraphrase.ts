/**
 * Close paraphrase: a sentence of ours that keeps a source sentence's words in its order with a few swapped for
 * synonyms ("stringent import standards … are the major contributing factors" → "strict import standards … are
 * the main reasons"). Exact ten-word runs (originality.ts) miss these, so sentences are compared as sequences of
 * content-word stems: most of our sentence's stems coming from one source sentence, in the same order, is a copy
 * whatever words were swapped. Writing the fact afresh (another order, other emphasis) shares far less.
 * The source is stored only as hashes of its sentences' stems (source-sentences.txt), never its words.
 */
import { words } from './originality.ts';

/** Fewest content words two sentences must share, in order, to count as a paraphrase. */
export const PARAPHRASE_MIN_SHARED = 8;
/** Share of the shorter sentence's content words (ours, or the source's) that the two must share. */
export const PARAPHRASE_MIN_OURS = 0.7;
/** Share of the shared words that must stand in the source's order. */
export const PARAPHRASE_MIN_ORDER = 0.8;

/** Words that carry no content: a swap among them, or their removal, changes nothing. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto over under as is are was were be been being ' +
    'it its this that these those their there which who whom whose what when where while than then so such also ' +
    'has have had do does did not no can could will would shall should may might must each both all any some more ' +
    'most other own same very just only about after before between through during above below up down out off ' +
    'again further once here how why our we they them he she his her you your i me my us one two new'
  ).split(' '),
);

/** A crude stem: enough that "standards"/"standard" and "reforming"/"reform" meet, cheap enough for every word. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  for (const suffix of ['ing', 'ies', 'ied', 'es', 'ed', 'ly', 's'])
    if (w.length > suffix.length + 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  return w;
}

/** 32-bit FNV-1a of a stem, as 8 hex digits: what the source's sentence file holds. */
export function stemHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Sentences of a Markdown or YAML text: split at sentence ends, blank lines, and lines that open a list item,
 * heading, quote or YAML key, so a wrapped sentence stays whole and two list items never merge.
 */
export function sentences(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let current = '';
  let start = 1;
  const flush = () => {
    if (current.trim()) out.push({ text: current.trim(), line: start });
    current = '';
  };
  text.split('\n').forEach((raw, i) => {
    const opens = /^\s*(?:$|[-*+>#|]|\d+[.)]\s|[A-Za-z_]+:)/.test(raw);
    if (opens) flush();
    // A sentence ends at . ! ? or ; after a word (not inside "U.S." or "i.e.") and before a capital or a mark.
    for (const piece of raw.split(/(?<=[\p{Ll}\p{N})\]"'’*_]{2}[.!?;])\s+(?=[\p{Lu}\p{N}[*_"(])/u)) {
      if (!current.trim()) start = i + 1;
      current += ` ${piece}`;
      if (/[.!?;]["')\]*_]*$/.test(piece)) flush();
    }
  });
  flush();
  return out;
}

/**
 * The hashed content-word stems of a sentence, in order. Names are left out (a capitalised word after the first,
 * an acronym): an official name cannot be put in other words, so sharing one is not copying.
 */
export function contentStems(sentence: string, keepNames = false): string[] {
  // A link's target is not prose: "[Act East Policy](/topics/act-east-policy/)" is three words, not five.
  const prose = sentence.replace(/\]\([^)\s]*\)/g, ']');
  const raw = prose.match(/[\p{L}\p{N}]+(?:['’.+-][\p{L}\p{N}]+)*/gu) ?? [];
  const initial = raw.findIndex((w) => /\p{L}/u.test(w));
  return raw
    .filter((w, i) => keepNames || i === initial || !/^\p{Lu}/u.test(w))
    .flatMap((w) => {
      let hash = TOKEN_HASHES.get(w);
      if (hash === undefined) {
        const word = words(w).join('');
        hash = word !== '' && !STOPWORDS.has(word) && !/^\d+$/.test(word) ? stemHash(stem(word)) : '';
        TOKEN_HASHES.set(w, hash);
      }
      return hash ? [hash] : [];
    });
}

/** Each token's stem hash ('' for a stopword or a number): a few thousand distinct words recur in every file. */
const TOKEN_HASHES = new Map<string, string>();

/** Length of the longest common subsequence of two short sequences. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++)
      row.push(x === b[j] ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, row[j] ?? 0));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The source's sentences as stem-hash sequences, with an index from stem to the sentences holding it. */
export interface SourceSentences {
  sentences: string[][];
  byStem: Map<string, number[]>;
}

/** Reads source-sentences.txt: one sentence a line, its stem hashes separated by spaces; # starts a comment. */
export function parseSourceSentences(text: string): SourceSentences {
  const list = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/));
  const byStem = new Map<string, number[]>();
  list.forEach((s, i) => {
    for (const h of new Set(s)) byStem.set(h, [...(byStem.get(h) ?? []), i]);
  });
  return { sentences: list, byStem };
}

/** The sentences of `text` that closely paraphrase one source sentence, with their lines. */
export function paraphrases(text: string, source: SourceSentences): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  for (const sentence of sentences(text)) {
    const ours = contentStems(sentence.text);
    if (ours.length < PARAPHRASE_MIN_SHARED) continue;
    const hits = new Map<number, number>();
    for (const h of new Set(ours)) for (const i of source.byStem.get(h) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    const copied = [...hits].some(([i, shared]) => {
      const theirs = source.sentences[i] ?? [];
      const shorter = Math.min(new Set(ours).size, new Set(theirs).size);
      if (shared < PARAPHRASE_MIN_SHARED || shared < PARAPHRASE_MIN_OURS * shorter) return false;
      const common = new Set(ours.filter((h) => theirs.includes(h)));
      const inOrder = lcs(
        ours.filter((h) => common.has(h)),
        theirs.filter((h) => common.has(h)),
      );
      return inOrder >= PARAPHRASE_MIN_SHARED && inOrder >= PARAPHRASE_MIN_ORDER * common.size;
    });
    if (copied) found.push(sentence);
  }
  return found;
}

/** The sentence file of a source text: each sentence's stem hashes, one sentence a line. */
export function sourceSentenceLines(source: string): string[] {
  return (
    sentences(source)
      // The source keeps its names: our sentence, names left out, is what must not match most of it.
      .map((s) => contentStems(s.text, true))
      .filter((s) => s.length >= PARAPHRASE_MIN_SHARED)
      .map((s) => s.join(' '))
  );
}
