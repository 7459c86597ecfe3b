import { describe, expect, it } from 'vitest';
import { HOUSE_RULES, houseRuleProblems, type RuleEntry } from '../../src/lib/content-check/rules/house-rules.ts';

// House rules are data (HOUSE_RULES) checked by `npm run check`; these tests pin how the rules read that data,
// on made-up entries, so adding a note to content/ never breaks a test.
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const note = (id: string, order: number, extra: Record<string, unknown> = {}): RuleEntry => ({
  id,
  file: `notes/${id}.md`,
  body: words(500),
  bodyLine: 10,
  lineOf: () => 4,
  data: { order, draft: false, timeline: [{}], figures: Array(8).fill({}), ...extra },
});
const topic = (id: string, n: number): RuleEntry => ({
  id,
  file: `topics/${id}.md`,
  body: words(n),
  bodyLine: 6,
  lineOf: () => 1,
  data: {},
});
const summary = (notes: RuleEntry[], topics: RuleEntry[] = []) =>
  houseRuleProblems({ notes, topics }).map((p) => `${p.severity} ${p.file} ${p.field}: ${p.message}`);

describe('house rules', () => {
  it.each([
    ['a sound set', [note('a', 0), note('b', 1)], [topic('t', 100)], []],
    [
      'a note over the length band',
      [note('a', 0, {}), { ...note('b', 1), body: words(2100) }],
      [],
      ['warning notes/b.md body: the body has 2100 words; the house range for notes is 300 to 2000'],
    ],
    [
      'a topic under the length band',
      [note('a', 0)],
      [topic('t', 20)],
      ['warning topics/t.md body: the body has 20 words; the house range for topics is 80 to 300'],
    ],
    [
      'two notes in one place',
      [note('a', 0), note('b', 0)],
      [],
      ['error notes/b.md order: order 0 is also the place of notes/a.md; give each published note its own place'],
    ],
    [
      'a gap in the reading order',
      [note('a', 0), note('b', 2)],
      [],
      ['warning notes/ order: the reading order has no note at 1; number the published notes 0, 1, 2… without gaps'],
    ],
    [
      'a hub with no timeline and too few figures',
      [note('a', 0, { timeline: [], figures: [] }), note('b', 1)],
      [],
      [
        'warning notes/a.md order: the first note in reading order is the hub and should lay out a timeline and at least 8 key figures (has 0)',
      ],
    ],
    ['drafts take no place in the order', [note('a', 0), note('d', 1, { draft: true }), note('b', 1)], [], []],
  ])('%s', (_name, notes, topics, expected) => {
    expect(summary(notes, topics)).toEqual(expected);
  });

  it('says nothing about the order while a note is invalid', () => {
    expect(summary([note('a', 0), { ...note('b', 3), data: undefined }])).toEqual([]);
  });

  it('reads its numbers from the HOUSE_RULES table', () => {
    const strict = { ...HOUSE_RULES, bodyWords: { ...HOUSE_RULES.bodyWords, notes: { min: 600, max: 700 } } };
    const problems = houseRuleProblems({ notes: [note('a', 0)], topics: [] }, strict);
    expect(problems.map((p) => p.message)).toEqual(['the body has 500 words; the house range for notes is 600 to 700']);
  });
});
