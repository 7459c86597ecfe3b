import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../../src/lib/search/edit-distance.ts';

describe('editDistance', () => {
  it.each([
    ['same word', 'jimex', 'jimex', Infinity, 0],
    ['one letter missing', 'jimx', 'jimex', Infinity, 1],
    ['one letter missing inside', 'japn', 'japan', Infinity, 1],
    ['one letter extra', 'quadd', 'quad', Infinity, 1],
    ['one letter changed', 'malabur', 'malabar', Infinity, 1],
    ['two neighbours swapped count once', 'quda', 'quad', Infinity, 1],
    ['swap at the start', 'ijmex', 'jimex', Infinity, 1],
    ['two edits', 'chandrayan', 'chandrayaan', Infinity, 1],
    ['two separate edits', 'shinkanzen', 'shinkansen', Infinity, 1],
    ['empty against a word', '', 'cepa', Infinity, 4],
    ['unrelated words', 'kitten', 'sitting', Infinity, 3],
    ['stops at the cap', 'kitten', 'sitting', 1, 2],
    ['length gap beyond the cap', 'ab', 'abcdef', 2, 3],
    ['within the cap', 'japn', 'japan', 1, 1],
  ])('%s: %j ↔ %j (max %s) = %i', (_, a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
    expect(editDistance(b, a, max)).toBe(expected);
  });
});
