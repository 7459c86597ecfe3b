import { describe, expect, it } from 'vitest';
import { publicationSchema, syllabusLineSchema, syllabusPaperSchema } from '../../../src/schemas/taxonomy.ts';
import { expectIssue, expectParsed } from './issues.ts';

const line = {
  id: 'gs2-bilateral',
  text: "Bilateral, regional and global groupings and agreements involving India and/or affecting India's interests.",
};
const paper = {
  id: 'gs2',
  name: 'GS Paper II',
  heading: 'Governance, Constitution, Polity, Social Justice and International relations.',
  lines: [line],
};
const publication = { id: 'TH', name: 'The Hindu', url: 'https://www.thehindu.com/' };

describe('syllabusLineSchema', () => {
  it('accepts a line and trims its text', () => {
    expect(expectParsed(syllabusLineSchema, { id: 'gs3-economy', text: ' Indian economy. ' })).toEqual({
      id: 'gs3-economy',
      text: 'Indian economy.',
    });
  });

  it.each([
    ['an id that is not kebab-case', { ...line, id: 'GS2 bilateral' }, ['id'], 'expected a kebab-case id'],
    ['no id', { text: line.text }, ['id'], 'expected string'],
    ['empty text', { ...line, text: ' ' }, ['text'], 'quote the syllabus line'],
    ['an unknown key', { ...line, note: 'x' }, [], 'Unrecognized key: "note"'],
  ])('rejects a line with %s', (_what, input, path, message) => {
    expectIssue(syllabusLineSchema, input, { path, message });
  });
});

describe('syllabusPaperSchema: valid papers', () => {
  it('keeps the lines in the order given', () => {
    const second = { id: 'gs2-neighbourhood', text: 'India and its neighborhood- relations.' };
    expect(expectParsed(syllabusPaperSchema, { ...paper, lines: [second, line] }).lines.map((l) => l.id)).toEqual([
      'gs2-neighbourhood',
      'gs2-bilateral',
    ]);
  });

  it.each([
    [
      'no lines at all, defaulting to an empty list',
      { id: 'gs4', name: 'GS Paper IV', heading: 'Ethics, Integrity, and Aptitude.' },
    ],
    [
      'an explicitly empty list of lines',
      { id: 'gs4', name: 'GS Paper IV', heading: 'Ethics, Integrity, and Aptitude.', lines: [] },
    ],
  ])('accepts a paper with %s', (_what, input) => {
    expect(expectParsed(syllabusPaperSchema, input).lines).toEqual([]);
  });

  it.each(['gs1', 'gs2', 'gs3', 'gs4'])('accepts %s as a paper id', (id) => {
    expect(expectParsed(syllabusPaperSchema, { ...paper, id }).id).toBe(id);
  });
});

describe('syllabusPaperSchema: invalid papers', () => {
  it.each([
    ['an unknown key', { ...paper, marks: 250 }, [], 'Unrecognized key: "marks"'],
    ['a paper id that is not gs1-gs4', { ...paper, id: 'gs5' }, ['id'], 'expected one of "gs1"|"gs2"|"gs3"|"gs4"'],
    ['the prelims paper as id', { ...paper, id: 'prelims' }, ['id'], 'expected one of'],
    ['no name', { id: 'gs2', heading: paper.heading }, ['name'], 'expected string'],
    ['an empty name', { ...paper, name: '' }, ['name'], 'Too small'],
    ['no heading', { id: 'gs2', name: paper.name }, ['heading'], 'expected string'],
    ['an empty heading', { ...paper, heading: '  ' }, ['heading'], 'Too small'],
    ['lines given as one object', { ...paper, lines: line }, ['lines'], 'expected array'],
    [
      'a line with a bad id',
      { ...paper, lines: [line, { id: 'Bad_Id', text: 'x' }] },
      ['lines', 1, 'id'],
      'expected a kebab-case id',
    ],
    ['a line with no text', { ...paper, lines: [{ id: 'gs2-x' }] }, ['lines', 0, 'text'], 'expected string'],
  ])('rejects a paper with %s', (_what, input, path, message) => {
    expectIssue(syllabusPaperSchema, input, { path, message });
  });
});

describe('publicationSchema', () => {
  it.each([
    ['The Hindu', publication],
    ['an id with digits after the first letter', { id: 'B2B', name: 'B2B News', url: 'https://example.org/' }],
    ['a single-letter id', { id: 'X', name: 'X', url: 'https://x.example/' }],
  ])('accepts %s', (_what, input) => {
    expect(expectParsed(publicationSchema, input)).toEqual(input);
  });

  it('trims the name', () => {
    expect(expectParsed(publicationSchema, { ...publication, name: ' The Hindu ' }).name).toBe('The Hindu');
  });

  it.each([
    ['an unknown key', { ...publication, country: 'IN' }, [], 'Unrecognized key: "country"'],
    ['a lower-case id', { ...publication, id: 'th' }, ['id'], 'expected a publication id in capitals such as "TH"'],
    ['an id with a hyphen', { ...publication, id: 'T-H' }, ['id'], 'expected a publication id in capitals'],
    ['an id that starts with a digit', { ...publication, id: '1TH' }, ['id'], 'expected a publication id in capitals'],
    ['an empty id', { ...publication, id: '' }, ['id'], 'expected a publication id in capitals'],
    ['an empty name', { ...publication, name: '' }, ['name'], 'Too small'],
    ['no url', { id: 'TH', name: 'The Hindu' }, ['url'], 'expected an absolute URL'],
    ['an http url', { ...publication, url: 'http://www.thehindu.com/' }, ['url'], 'expected an https:// URL'],
    [
      'a malformed url',
      { ...publication, url: 'www.thehindu.com' },
      ['url'],
      'expected an absolute URL such as https://example.org/page',
    ],
  ])('rejects a publication with %s', (_what, input, path, message) => {
    expectIssue(publicationSchema, input, { path, message });
  });
});
