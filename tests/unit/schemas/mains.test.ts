import { describe, expect, it } from 'vitest';
import { mainsSchema } from '../../../src/schemas/mains.ts';
import { expectIssue, expectParsed } from './issues.ts';

const framework = {
  introduction: ['Open with the 2008 declaration.'],
  body: [
    { heading: 'Strategic', points: ['2+2 Ministerial Dialogue (2019).'], notes: ['defence-and-security'] },
    { heading: 'Economic', points: ['CEPA in force since 2011.'] },
  ],
  counterViews: ['Strategic autonomy against a US alliance.'],
  wayForward: ['Reform CEPA.'],
  conclusion: ['Convergence without alliance.'],
};
const minimal = {
  title: 'Key Challenges and Way Forward in India-Japan Relations',
  summary: 'The frictions in the partnership and the steps that could move it forward.',
  papers: ['gs2'],
  asks: [{ angle: 'Why trade stays skewed despite CEPA.' }],
  framework,
  keywords: ['trade deficit', 'CEPA review', 'strategic autonomy', 'technology transfer', 'soft power'],
};
/** What the schema hands back: defaults filled in. */
const normalised = {
  ...minimal,
  framework: { ...framework, body: [framework.body[0], { ...framework.body[1], notes: [] }] },
  quotes: [],
  citations: [],
};
const quote = {
  text: 'The Pacific and the Indian Oceans are now bringing about a dynamic coupling as seas of freedom and of prosperity.',
  speaker: 'Shinzo Abe, Prime Minister of Japan',
  year: 2007,
  context: 'Address to the Parliament of India.',
};

describe('mainsSchema: valid mains topics', () => {
  it.each([
    ['every required field, notes and quotes defaulting to none', minimal, normalised],
    [
      'padding around the title and summary, trimmed',
      { ...minimal, title: ' Title ', summary: '\nSummary.\n' },
      { ...normalised, title: 'Title', summary: 'Summary.' },
    ],
    [
      'a summary of exactly 300 characters',
      { ...minimal, summary: 'm'.repeat(300) },
      { ...normalised, summary: 'm'.repeat(300) },
    ],
    [
      'an angle linked to its question',
      { ...minimal, asks: [{ angle: 'The Quad.', question: 'pyq-2020-mains-quad' }] },
      { ...normalised, asks: [{ angle: 'The Quad.', question: 'pyq-2020-mains-quad' }] },
    ],
    ['a quote with speaker and year', { ...minimal, quotes: [quote] }, { ...normalised, quotes: [quote] }],
    ['two papers', { ...minimal, papers: ['gs2', 'gs3'] }, { ...normalised, papers: ['gs2', 'gs3'] }],
  ])('accepts a mains topic with %s', (_what, input, expected) => {
    expect(expectParsed(mainsSchema, input)).toEqual(expected);
  });
});

describe('mainsSchema: invalid mains topics', () => {
  it.each([
    ['an unknown key', { ...minimal, aliases: [] }, [], 'Unrecognized key: "aliases"'],
    ['no title', { ...minimal, title: undefined }, ['title'], 'expected string'],
    ['an empty title', { ...minimal, title: ' \t ' }, ['title'], 'give the mains topic a title'],
    ['an empty summary', { ...minimal, summary: '' }, ['summary'], 'give the mains topic a summary'],
    ['a summary of 301 characters', { ...minimal, summary: 'm'.repeat(301) }, ['summary'], '300 characters'],
    ['no papers', { ...minimal, papers: [] }, ['papers'], 'name at least one GS paper'],
    ['the prelims paper', { ...minimal, papers: ['prelims'] }, ['papers', 0], 'expected one of'],
    ['a paper listed twice', { ...minimal, papers: ['gs2', 'gs2'] }, ['papers'], 'listed twice'],
    ['no angles', { ...minimal, asks: [] }, ['asks'], 'list at least one angle'],
    ['an empty angle', { ...minimal, asks: [{ angle: '' }] }, ['asks', 0, 'angle'], 'the angle is empty'],
    [
      'a question that is not an id',
      { ...minimal, asks: [{ angle: 'The Quad.', question: 'PYQ 2020' }] },
      ['asks', 0, 'question'],
      'expected a kebab-case id',
    ],
    ['no framework', { ...minimal, framework: undefined }, ['framework'], 'expected object'],
    [
      'a body of one dimension',
      { ...minimal, framework: { ...framework, body: [framework.body[0]] } },
      ['framework', 'body'],
      'give the body at least 2 dimensions',
    ],
    [
      'a dimension without points',
      { ...minimal, framework: { ...framework, body: [{ heading: 'A', points: [] }, framework.body[1]] } },
      ['framework', 'body', 0, 'points'],
      'list at least one point',
    ],
    [
      'no introduction option',
      { ...minimal, framework: { ...framework, introduction: [] } },
      ['framework', 'introduction'],
      'list at least one introduction option',
    ],
    [
      'a counter-view written twice',
      { ...minimal, framework: { ...framework, counterViews: ['Same.', 'same.'] } },
      ['framework', 'counterViews'],
      'the same counter-view is listed twice',
    ],
    [
      'a framework part with a typo',
      { ...minimal, framework: { ...framework, wayforward: ['x'] } },
      ['framework'],
      'Unrecognized key: "wayforward"',
    ],
    ['four keywords', { ...minimal, keywords: minimal.keywords.slice(0, 4) }, ['keywords'], 'list at least 5 keywords'],
    ['an empty keyword', { ...minimal, keywords: [...minimal.keywords, ' '] }, ['keywords', 5], 'a keyword is empty'],
    [
      'a quote without a year',
      { ...minimal, quotes: [{ ...quote, year: undefined }] },
      ['quotes', 0, 'year'],
      'expected number',
    ],
    [
      'a quote dated 07',
      { ...minimal, quotes: [{ ...quote, year: 7 }] },
      ['quotes', 0, 'year'],
      'expected a year such as 2007',
    ],
    [
      'a quote without a speaker',
      { ...minimal, quotes: [{ ...quote, speaker: '' }] },
      ['quotes', 0, 'speaker'],
      'the speaker is empty',
    ],
  ])('rejects a mains topic with %s', (_what, input, path, message) => {
    expectIssue(mainsSchema, input, { path, message });
  });

  it('rejects something that is not an object at all', () => {
    expectIssue(mainsSchema, 'India-Japan relations', { path: [], message: 'expected object' });
  });
});
