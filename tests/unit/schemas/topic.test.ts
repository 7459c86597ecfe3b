import { describe, expect, it } from 'vitest';
import { topicSchema } from '../../../src/schemas/topic.ts';
import { expectIssue, expectParsed } from './issues.ts';

const minimal = {
  title: 'JIMEX',
  summary: 'Bilateral maritime exercise between the navies of Japan and India.',
};

describe('topicSchema: valid topics', () => {
  it('defaults aliases to an empty list', () => {
    expect(expectParsed(topicSchema, minimal)).toEqual({ ...minimal, aliases: [], citations: [] });
  });

  it.each([
    [
      'aliases, trimmed',
      { aliases: [' Japan-India Maritime Exercise ', 'JIMEX'] },
      { aliases: ['Japan-India Maritime Exercise', 'JIMEX'] },
    ],
    [
      'a padded title and summary, trimmed',
      { title: '  ACSA ', summary: ' A logistics pact. ' },
      { title: 'ACSA', summary: 'A logistics pact.' },
    ],
    ['a summary of exactly 200 characters', { summary: 's'.repeat(200) }, { summary: 's'.repeat(200) }],
    ['an explicitly empty alias list', { aliases: [] }, { aliases: [] }],
  ])('accepts a topic with %s', (_what, changes, expected) => {
    expect(expectParsed(topicSchema, { ...minimal, ...changes })).toMatchObject(expected);
  });
});

describe('topicSchema: invalid topics', () => {
  it.each([
    ['an unknown key', { ...minimal, order: 1 }, [], 'Unrecognized key: "order"'],
    ['no title', { summary: minimal.summary }, ['title'], 'expected string'],
    ['no summary', { title: minimal.title }, ['summary'], 'expected string'],
    ['an empty title', { ...minimal, title: '' }, ['title'], 'give the topic a title'],
    ['a title of only spaces', { ...minimal, title: '  ' }, ['title'], 'give the topic a title'],
    ['a title given as a number', { ...minimal, title: 20 }, ['title'], 'expected string'],
    ['an empty summary', { ...minimal, summary: '' }, ['summary'], 'give the topic a summary'],
    [
      'a summary of 201 characters',
      { ...minimal, summary: 's'.repeat(201) },
      ['summary'],
      'keep the summary to 200 characters or fewer',
    ],
    ['aliases given as one string', { ...minimal, aliases: 'JIMEX' }, ['aliases'], 'expected array'],
    ['an empty alias', { ...minimal, aliases: ['JIMEX', ' '] }, ['aliases', 1], 'Too small'],
    ['an alias given as a number', { ...minimal, aliases: [2020] }, ['aliases', 0], 'expected string'],
  ])('rejects a topic with %s', (_what, input, path, message) => {
    expectIssue(topicSchema, input, { path, message });
  });
});
