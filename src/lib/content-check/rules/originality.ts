import { readFileSync } from 'node:fs';
import { copiedRuns, parseFingerprint, withoutQuotedQuestionText } from '../originality.ts';
import { paraphrases, parseSourceSentences, type SourceSentences } from '../paraphrase.ts';
import type { Problem } from '../problem.ts';

/** The committed fingerprint of the source material (see scripts/source-fingerprint.ts). */
export const FINGERPRINT_FILE = new URL('../source-fingerprint.txt', import.meta.url);

/** The committed sentence fingerprint of the source: each sentence's content-word stems, hashed (paraphrase.ts). */
export const SENTENCES_FILE = new URL('../source-sentences.txt', import.meta.url);

let fingerprint: Set<string> | undefined;
const sourceFingerprint = () => (fingerprint ??= parseFingerprint(readFileSync(FINGERPRINT_FILE, 'utf8')));
let sentenceFingerprint: SourceSentences | undefined;
const sourceSentences = () => (sentenceFingerprint ??= parseSourceSentences(readFileSync(SENTENCES_FILE, 'utf8')));

/** A content file as read: its path for messages and its text. */
export interface ReadFile {
  file: string;
  text: string;
}

/**
 * Content must be in our own words: an error for each run of ten words shared with the source, and for each
 * sentence that closely paraphrases a source sentence (its words in its order, a few swapped), except the text
 * and options of an official previous-year question, which are quoted as asked.
 */
export function originalityProblems(
  files: readonly ReadFile[],
  source = sourceFingerprint(),
  sentences: SourceSentences | null = sourceSentences(),
): Problem[] {
  return files.flatMap(({ file, text }) => {
    const checked = /\.ya?ml$/.test(file) ? withoutQuotedQuestionText(text) : text;
    const close = (sentences ? paraphrases(checked, sentences) : []).map((sentence): Problem => ({
      severity: 'error',
      file,
      line: sentence.line,
      field: 'text',
      message:
        "this sentence closely paraphrases one of the source material's: its words in its order with a few swapped; write the fact afresh in our own words and order",
      found: `"${sentence.text.length > 120 ? `${sentence.text.slice(0, 119)}…` : sentence.text}"`,
    }));
    return [
      ...close,
      ...copiedRuns(checked, source).map((run): Problem => {
        const line = lineOfRun(text, run);
        return {
          severity: 'error',
          file,
          ...(line === undefined ? {} : { line }),
          field: 'text',
          message: 'ten or more words in a row are copied from the source material; rewrite them in our own words',
          found: `"${run}"`,
        };
      }),
    ];
  });
}

/** The line on which a run's first two words stand, when they can be found as written. */
function lineOfRun(text: string, run: string): number | undefined {
  const [first = '', second = ''] = run.split(' ');
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = text.search(new RegExp(`${escape(first)}\\W+${escape(second)}`, 'i'));
  return at === -1 ? undefined : text.slice(0, at).split('\n').length;
}
