import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/content-check/check.ts';
import { numbersIn } from '../../../../src/lib/content-check/rules/translations.ts';

const FIXTURE = fileURLToPath(new URL('../../../fixtures/content-valid/', import.meta.url));
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

const hashOf = (root: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(join(root, file)))
    .digest('hex')
    .slice(0, 12);

/** A Hindi translation of the fixture's alpha-note, as a translator writes it; `change` edits its text first. */
function translation(root: string, change: (text: string) => string = (t) => t): string {
  return change(`---
source: "${hashOf(root, 'notes/alpha-note.md')}"
title: "अल्फ़ा नोट"
summary: "पहला परीक्षण नोट।"
currentTo: "जनवरी 2025"
quickRevision: ["अल्फ़ा का पहला तथ्य।", "अल्फ़ा का दूसरा तथ्य।"]
---

## खंड एक

पहले विषय पर कुछ गद्य। [बीटा नोट](/notes/beta-note/#section-two) और [विषय](/topics/topic-one/) देखें।

### एक विवरण

[ऊपर के खंड](#section-one) की कड़ी के साथ और गद्य।
`);
}

/** The valid fixture with a Hindi note added (and the English or the translation changed), checked. */
function check(options: { hindi?: (text: string) => string; english?: (text: string) => string; ci?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'translations-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  mkdirSync(join(root, 'hi/notes'), { recursive: true });
  writeFileSync(join(root, 'hi/notes/alpha-note.md'), translation(root, options.hindi));
  if (options.english) {
    const file = join(root, 'notes/alpha-note.md');
    writeFileSync(file, options.english(readFileSync(file, 'utf8')));
  }
  const { problems } = checkContent(root, {
    cwd: root,
    houseRules: null,
    staleTranslations: options.ci ? 'error' : 'warning',
  });
  return problems.map((p) => `${p.severity} ${p.file}:${p.line ?? ''} ${p.field}: ${p.message}`);
}

describe('the content check keeps translations honest', () => {
  it('accepts a current, complete translation', () => {
    expect(check()).toEqual([]);
  });

  it('reports a translation made from an older English: a warning locally, an error in CI', () => {
    const changed = (text: string) => text.replace('Some prose about the first topic.', 'Changed prose.');
    const [local] = check({ english: changed });
    expect(local).toMatch(/^warning hi\/notes\/alpha-note\.md:2 source: stale: notes\/alpha-note\.md has changed/);
    expect(local).toMatch(/set source: "[0-9a-f]{12}"/);
    const [ci] = check({ english: changed, ci: true });
    expect(ci).toMatch(/^error hi\/notes\/alpha-note\.md:2 source: stale/);
  });

  it('lets an editor accept a translation the English change did not touch', () => {
    const changed = (text: string) => text.replace('Some prose about the first topic.', 'Changed prose.');
    expect(check({ english: changed, ci: true, hindi: (t) => t.replace('title:', 'accepted: true\ntitle:') })).toEqual(
      [],
    );
  });

  it.each([
    [
      'a quick-revision line left out',
      (t: string) => t.replace(', "अल्फ़ा का दूसरा तथ्य।"', ''),
      'error hi/notes/alpha-note.md:6 quickRevision: has 1 item where notes/alpha-note.md has 2',
    ],
    [
      'a heading dropped',
      (t: string) => t.replace('### एक विवरण\n', ''),
      'error hi/notes/alpha-note.md:8 body: keep the headings of notes/alpha-note.md (same number and levels, in order: h2 h3)',
    ],
    [
      'a link target translated',
      (t: string) => t.replace('/topics/topic-one/', '/topics/topic-two/'),
      'error hi/notes/alpha-note.md:8 body: keep every link target of notes/alpha-note.md',
    ],
    [
      'a number lost',
      (t: string) => t.replace('जनवरी 2025', 'जनवरी 2024'),
      'error hi/notes/alpha-note.md:8 body: every number of notes/alpha-note.md must appear in its translation; missing: 2025',
    ],
    [
      'a source that is not a hash',
      (t: string) => t.replace(/source: "[0-9a-f]+"/, 'source: "latest"'),
      "error hi/notes/alpha-note.md:2 source: expected the first 12 hex digits of the English file's sha256",
    ],
  ])('rejects %s, naming the file, line and field', (_what, change, expected) => {
    expect(check({ hindi: change }).join('\n')).toContain(expected);
  });

  it('asks for a translated cue for each English line that has one, in order', () => {
    const cued = (text: string) =>
      text.replace(
        "quickRevision: [Alpha's first fact., Alpha's second fact.]",
        "quickRevision: [Alpha's first fact., { text: Alpha's second fact., cue: Alpha's second fact? }]",
      );
    expect(check({ english: cued }).join('\n')).toContain(
      'cues: has 0 items where notes/alpha-note.md has 1: translate each one, in the English order',
    );
    const withCue = (t: string) => t.replace('\n---\n', '\ncues: ["अल्फ़ा का दूसरा तथ्य?"]\n---\n');
    expect(check({ english: cued, hindi: withCue }).filter((p) => p.startsWith('error'))).toEqual([]);
  });

  it('rejects a translation of an entry that does not exist', () => {
    const root = mkdtempSync(join(tmpdir(), 'translations-'));
    roots.push(root);
    cpSync(FIXTURE, root, { recursive: true });
    mkdirSync(join(root, 'hi/notes'), { recursive: true });
    writeFileSync(join(root, 'hi/notes/gamma-note.md'), translation(root));
    const messages = checkContent(root, { cwd: root, houseRules: null }).problems.map((p) => p.message);
    expect(messages).toContain(
      'translates "gamma-note", but content/notes/ has no such entry; rename the file to the English file\'s name, or remove it',
    );
  });
});

describe('numbersIn', () => {
  it.each([
    ['10 trillion yen (USD 68 billion) by 2035', ['10', '68', '2035']],
    ['500,000 लोग और 5,00,000 रुपये', ['500000']],
    ['Digital Partnership 2.0 of 29 October 2018', ['2.0', '29', '2018']],
    ['no numbers', []],
  ])('%s', (text, expected) => {
    expect([...numbersIn(text)].sort()).toEqual([...expected].sort());
  });
});
