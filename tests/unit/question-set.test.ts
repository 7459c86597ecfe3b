import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../src/lib/content-check/parse.ts';
import { answerKeyCounts, formatCounts } from '../../src/lib/questions.ts';
import { questionSchema, type Question } from '../../src/schemas/question.ts';

// What the published question set must offer an aspirant, beyond what each file's schema checks.
const dir = 'content/questions';
const questions = new Map<string, Question>(
  readdirSync(dir).map((file) => [
    file.replace(/\.ya?ml$/, ''),
    questionSchema.parse(parseYamlFile(readFileSync(join(dir, file), 'utf8')).data),
  ]),
);
const all = [...questions.values()];
const mcqs = all.filter((q) => q.options);

describe('the question set', () => {
  it('has at least 30 practice MCQs', () => {
    expect(all.filter((q) => q.kind === 'practice-mcq').length).toBeGreaterThanOrEqual(30);
  });

  it('spreads the answer keys so that no letter is the key of more than 35 % of MCQs', () => {
    const counts = answerKeyCounts(mcqs);
    for (const [letter, count] of Object.entries(counts)) {
      expect(count / mcqs.length, `(${letter}) is the key of ${count} of ${mcqs.length}`).toBeLessThanOrEqual(0.35);
    }
  });

  it('uses every MCQ format at least three times', () => {
    for (const [format, count] of Object.entries(formatCounts(mcqs))) {
      expect(count, `${format} questions`).toBeGreaterThanOrEqual(3);
    }
  });

  it('does not always give the same count as the answer of "how many" questions', () => {
    const keys = mcqs
      .filter((q) => q.format === 'how-many' || (q.format === 'match-pairs' && /how many/i.test(q.text)))
      .map((q) => q.options?.[['a', 'b', 'c', 'd'].indexOf(q.answer ?? '')]);
    expect(new Set(keys).size).toBeGreaterThanOrEqual(3);
  });

  it('has at least six mains questions across GS II and GS III, each with a model answer', () => {
    const mains = all.filter((q) => !q.options);
    expect(mains.length).toBeGreaterThanOrEqual(6);
    expect(new Set(mains.map((q) => q.paper))).toEqual(new Set(['gs2', 'gs3']));
    for (const q of mains) expect(q.modelAnswer).toBeTruthy();
  });

  it.each([
    [
      'pyq-2020-prelims-g20',
      'In which one of the following groups are all the four countries members of G20?',
      { answer: 'a', year: 2020, paper: 'prelims' },
    ],
    [
      'pyq-2020-mains-quad',
      '‘Quadrilateral Security Dialogue (QUAD)’ is transforming itself into a trade bloc from a military alliance, in present times – Discuss.',
      { year: 2020, paper: 'gs2', marks: 15, words: 250 },
    ],
  ])('quotes %s exactly as set, with its paper, marks and word limit', (id, text, fields) => {
    expect(questions.get(id)).toMatchObject({ text, ...fields });
  });
});
