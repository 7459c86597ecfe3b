// Regenerates the originality fingerprint from the source article, which lives beside the repository only in our
// workspace (../shared/source/). Run it when the source changes, then commit the fingerprint file:
//
//   npm run fingerprint                   # reads every .txt in ../shared/source/
//   npm run fingerprint -- FILE...        # or the files named
//
// The fingerprint holds hashes of every run of ten words, never the words, so no sentence of the source enters
// the repository. Without the source (a fresh clone) there is nothing to regenerate: the committed file is used.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { COPIED_RUN_LENGTH, fingerprint, words } from '../src/lib/content-check/originality.ts';
import { sourceSentenceLines } from '../src/lib/content-check/paraphrase.ts';
import { FINGERPRINT_FILE, SENTENCES_FILE } from '../src/lib/content-check/rules/originality.ts';

const SOURCE_DIR = resolve('../shared/source');

const named = process.argv.slice(2);
const sources = named.length
  ? named
  : existsSync(SOURCE_DIR)
    ? readdirSync(SOURCE_DIR)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(SOURCE_DIR, name))
    : [];
if (sources.length === 0) {
  console.log(`No source at ${SOURCE_DIR}; the committed ${FINGERPRINT_FILE.pathname} stays as it is.`);
  process.exit(0);
}
const text = sources.map((file) => readFileSync(file, 'utf8')).join('\n');
const hashes = fingerprint(text);
writeFileSync(
  FINGERPRINT_FILE,
  [
    `# Originality fingerprint: hashes (runHash in src/lib/content-check/originality.ts) of every run of ${COPIED_RUN_LENGTH} words`,
    '# of the source material, sorted, eight a line. No words of the source are stored. Regenerate when the source changes:',
    '#   npm run fingerprint   (scripts/source-fingerprint.ts; reads ../shared/source/ beside the repository)',
    `# from: ${sources.map((file) => basename(file)).join(', ')} (${words(text).length} words)`,
    // Eight hashes a line keeps the file short; order means nothing.
    ...Array.from({ length: Math.ceil(hashes.length / 8) }, (_, i) => hashes.slice(i * 8, i * 8 + 8).join(' ')),
    '',
  ].join('\n'),
);
console.log(`wrote ${hashes.length} run hashes to ${FINGERPRINT_FILE.pathname}`);
const sentenceLines = sourceSentenceLines(text);
writeFileSync(
  SENTENCES_FILE,
  [
    '# Sentence fingerprint for the close-paraphrase rule (src/lib/content-check/paraphrase.ts): one source sentence a',
    "# line, its content words' stems as 32-bit hashes in order. No words of the source are stored. Regenerate with",
    '#   npm run fingerprint',
    ...sentenceLines,
    '',
  ].join('\n'),
);
console.log(`wrote ${sentenceLines.length} sentence fingerprints to ${SENTENCES_FILE.pathname}`);
