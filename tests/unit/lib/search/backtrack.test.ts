import { describe, expect, it } from 'vitest';
import { backtracked, markedWords } from '../../../../src/lib/search/backtrack.ts';

describe('backtracked: Pagefind fell back to a short prefix of the word typed', () => {
  it.each([
    ['abcdefghij', 'from <mark>a</mark> security dialogue into <mark>a</mark> multi-issue partnership'],
    ['jjjj', 'Organisation. <mark>J.</mark> Japan Air Self-Defense Force'],
    ['9999999', 'under India’s presidency”, <mark>9</mark> September 2023.'],
    // Pagefind splits a decimal into tokens and marks the whole number it matched a piece of.
    ['9999999', 'fully open since 9 October 2025, when the final <mark>10.99</mark> km began service'],
  ])('%s is a prefix match, not a result', (query, excerpt) => {
    expect(backtracked(query, excerpt)).toBe(true);
  });

  it.each([
    ['partnerships', 'a Special Strategic and Global <mark>Partnership</mark>'],
    ['bullet', 'the <mark>bullet</mark> train'],
    ['jimx', 'the naval exercise <mark>JIMEX</mark>'],
    ['ओडीए', 'जापान की <mark>ओडीए</mark> सहायता'],
    ['जापन', 'भारत और <mark>जापान</mark> के संबंध'],
    ['quad', 'no mark in this excerpt'],
    ['bullet train', 'the <mark>b</mark> line'],
    ['abc', '<mark>a</mark>'],
  ])('%s found what was typed (or is too short or long to judge)', (query, excerpt) => {
    expect(backtracked(query, excerpt)).toBe(false);
  });

  it('reads marked words without their punctuation', () => {
    expect(markedWords('<mark>J.</mark> and <mark>2+2</mark>')).toEqual(['J', '22']);
  });
});
