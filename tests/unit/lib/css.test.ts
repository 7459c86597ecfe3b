import { describe, expect, it } from 'vitest';
import { cssString } from '../../../src/lib/css.ts';

describe('cssString', () => {
  it.each([
    ['Defence and Security', '"Defence and Security"'],
    ['India–Japan: “quotes”', '"India–Japan: “quotes”"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['two\nlines', '"two lines"'],
    ['</style><script>', '"\\3c /style>\\3c script>"'],
  ])('quotes %j as %s', (input, expected) => {
    expect(cssString(input)).toBe(expected);
  });
});
