import { describe, expect, it } from 'vitest';
import { mainsSchema } from '../../../src/schemas/mains.ts';
import { expectIssue, expectParsed } from './issues.ts';

const minimal = {
  title: 'Key Challenges and Way Forward in India-Japan Relations',
  summary: 'The frictions in the partnership and the steps that could move it forward.',
};

describe('mainsSchema: valid mains topics', () => {
  it.each([
    ['a title and a summary', minimal, minimal],
    [
      'padding around the title and summary, trimmed',
      { title: ' Title ', summary: '\nSummary.\n' },
      { title: 'Title', summary: 'Summary.' },
    ],
    [
      'a summary of exactly 300 characters',
      { ...minimal, summary: 'm'.repeat(300) },
      { ...minimal, summary: 'm'.repeat(300) },
    ],
  ])('accepts a mains topic with %s', (_what, input, expected) => {
    expect(expectParsed(mainsSchema, input)).toEqual(expected);
  });
});

describe('mainsSchema: invalid mains topics', () => {
  it.each([
    ['an unknown key', { ...minimal, aliases: [] }, [], 'Unrecognized key: "aliases"'],
    ['no title', { summary: minimal.summary }, ['title'], 'expected string'],
    ['no summary', { title: minimal.title }, ['summary'], 'expected string'],
    ['an empty title', { ...minimal, title: '' }, ['title'], 'give the mains topic a title'],
    ['a title of only spaces', { ...minimal, title: ' \t ' }, ['title'], 'give the mains topic a title'],
    ['an empty summary', { ...minimal, summary: '' }, ['summary'], 'give the mains topic a summary'],
    [
      'a summary of 301 characters',
      { ...minimal, summary: 'm'.repeat(301) },
      ['summary'],
      'keep the summary to 300 characters or fewer',
    ],
    ['a summary given as a list', { ...minimal, summary: ['one', 'two'] }, ['summary'], 'expected string'],
  ])('rejects a mains topic with %s', (_what, input, path, message) => {
    expectIssue(mainsSchema, input, { path, message });
  });

  it('rejects something that is not an object at all', () => {
    expectIssue(mainsSchema, 'India-Japan relations', { path: [], message: 'expected object' });
  });
});
