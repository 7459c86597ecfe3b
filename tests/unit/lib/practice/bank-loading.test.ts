import { describe, expect, it } from 'vitest';
import { pageOf } from '../../../../src/lib/practice/banks.ts';
import { planBanks, QUESTIONS_AHEAD, type BankPlan } from '../../../../src/lib/practice/bank-loading.ts';

/** The default set "all" at 1,000 notes: 1,000 questions, 50 a bank, 20 banks. */
const all = Array.from({ length: 1000 }, (_, i) => pageOf(i, 50));
/** A topic set: a few questions spread over far-apart banks. */
const topic = [1, 3, 3, 7, 9, 9, 12];

describe('planBanks one question at a time', () => {
  it.each<[string, readonly number[], number, number[], BankPlan]>([
    ['an empty round fetches nothing', [], 0, [], { wait: [], soon: [] }],
    ['the first question of "all" waits for bank 1 only', all, 0, [], { wait: [1], soon: [] }],
    ['question 45 of 50 loaded fetches nothing yet', all, 44, [1], { wait: [], soon: [] }],
    ['question 46, 5 from the end of bank 1, fetches bank 2 in the background', all, 45, [1], { wait: [], soon: [2] }],
    ['the last question of bank 1 still fetches bank 2 in the background', all, 49, [1], { wait: [], soon: [2] }],
    ['reaching bank 2 before it came waits for it', all, 50, [1], { wait: [2], soon: [] }],
    ['nothing is fetched twice', all, 50, [1, 2], { wait: [], soon: [] }],
    ['the last question of the round looks at nothing past the end', all, 999, [20], { wait: [], soon: [] }],
    [
      'a sparse set fetches the banks of the next 5 questions, each once, in order',
      topic,
      0,
      [],
      { wait: [1], soon: [3, 7, 9] },
    ],
    ['banks loaded already are left out', topic, 0, [3], { wait: [1], soon: [7, 9] }],
    ['the current bank is not fetched as "soon" too', topic, 1, [], { wait: [3], soon: [7, 9, 12] }],
    [
      'a retried round in any order follows the round, not the bank numbers',
      [4, 2, 4],
      0,
      [],
      { wait: [4], soon: [2] },
    ],
    ['a position past the end means the last question', [1, 2], 9, [1], { wait: [2], soon: [] }],
    ['a negative position means the first question', [1, 2], -3, [], { wait: [1], soon: [2] }],
  ])('%s', (_, banks, position, loaded, plan) => {
    expect(planBanks(banks, position, new Set(loaded))).toEqual(plan);
  });

  it.each([
    [0, { wait: [1], soon: [] }],
    [1, { wait: [1], soon: [3] }],
    [3, { wait: [1], soon: [3, 7] }],
    [100, { wait: [1], soon: [3, 7, 9, 12] }],
  ])('looking %i questions ahead', (ahead, plan) => {
    expect(planBanks(topic, 0, new Set(), { ahead })).toEqual(plan);
  });

  it('looks 5 questions ahead by default', () => expect(QUESTIONS_AHEAD).toBe(5));
});

describe('planBanks in list mode', () => {
  it.each<[string, readonly number[], number[], number[]]>([
    ['an empty round fetches nothing', [], [], []],
    ['every bank of "all" is waited for, in ascending order', all, [], Array.from({ length: 20 }, (_, i) => i + 1)],
    ['banks of any order are fetched once, ascending', [3, 1, 3, 2], [], [1, 2, 3]],
    ['banks loaded already are left out', [3, 1, 3, 2], [2], [1, 3]],
  ])('%s', (_, banks, loaded, wait) => {
    for (const position of [0, 5])
      expect(planBanks(banks, position, new Set(loaded), { list: true })).toEqual({ wait, soon: [] });
  });
});
