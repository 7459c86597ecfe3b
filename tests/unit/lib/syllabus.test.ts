import { describe, expect, it } from 'vitest';
import { readerSyllabus, syllabusCoverage } from '../../../src/lib/syllabus.ts';
import type { SyllabusPaper } from '../../../src/schemas/taxonomy.ts';

const papers: SyllabusPaper[] = [
  {
    id: 'gs1',
    name: 'GS Paper I',
    heading: 'Indian Heritage and Culture, History and Geography of the World and Society.',
    lines: [
      { id: 'gs1-culture', text: 'Indian culture.' },
      { id: 'gs1-world-history', text: 'History of the world.' },
    ],
  },
  {
    id: 'gs2',
    name: 'GS Paper II',
    heading: 'Governance, Constitution, Polity, Social Justice and International relations.',
    lines: [
      { id: 'gs2-neighbourhood', text: 'India and its neighborhood- relations.' },
      { id: 'gs2-bilateral', text: 'Bilateral, regional and global groupings.' },
      { id: 'gs2-developed-countries', text: 'Effect of policies of developed countries.' },
    ],
  },
  { id: 'gs4', name: 'GS Paper IV', heading: 'Ethics, Integrity, and Aptitude.', lines: [] },
];

const note = (id: string, ...gs: [string, string][]) => ({
  id,
  data: { gs: gs.map(([paper, line]) => ({ paper, line })) },
});

const overview = note('overview', ['gs2', 'gs2-bilateral'], ['gs1', 'gs1-world-history']);
const challenges = note('challenges', ['gs2', 'gs2-bilateral'], ['gs2', 'gs2-developed-countries']);
const history = note('history', ['gs1', 'gs1-world-history']);
const notes = [overview, challenges, history];

const coverage = syllabusCoverage(papers, notes);
const paper = (id: string) => coverage.find((p) => p.id === id);
const lineNotes = (paperId: string, lineId: string) =>
  paper(paperId)
    ?.lines.find((l) => l.id === lineId)
    ?.notes.map((n) => n.id);

describe('syllabusCoverage', () => {
  it('keeps the papers in syllabus order with their names and headings', () => {
    expect(coverage.map((p) => [p.id, p.name, p.heading])).toEqual(papers.map((p) => [p.id, p.name, p.heading]));
  });

  it('keeps the lines of each paper in syllabus order with their text', () => {
    expect(paper('gs2')?.lines.map((l) => [l.id, l.text])).toEqual(papers[1]?.lines.map((l) => [l.id, l.text]));
  });

  it.each([
    ['gs1', 'gs1-culture', []],
    ['gs1', 'gs1-world-history', ['overview', 'history']],
    ['gs2', 'gs2-neighbourhood', []],
    ['gs2', 'gs2-bilateral', ['overview', 'challenges']],
    ['gs2', 'gs2-developed-countries', ['challenges']],
  ])('maps %s line %s to the notes %j, in the order passed', (paperId, lineId, expected) => {
    expect(lineNotes(paperId, lineId)).toEqual(expected);
  });

  it.each([
    ['gs1', 1],
    ['gs2', 2],
    ['gs4', 0],
  ])('counts the lines of %s that have at least one note (%i)', (paperId, covered) => {
    expect(paper(paperId)?.covered).toBe(covered);
  });

  it('shows a line with no notes as a gap: an empty list, not a missing one', () => {
    const gaps = coverage.flatMap((p) => p.lines.filter((l) => l.notes.length === 0).map((l) => l.id));
    expect(gaps).toEqual(['gs1-culture', 'gs2-neighbourhood']);
  });

  it('keeps a paper with no lines, with nothing covered', () => {
    expect(paper('gs4')).toMatchObject({ lines: [], covered: 0 });
  });

  it('matches a line only under its own paper', () => {
    const misfiled = note('misfiled', ['gs3', 'gs2-bilateral']);
    expect(syllabusCoverage(papers, [misfiled]).find((p) => p.id === 'gs2')?.covered).toBe(0);
  });

  it('ignores notes mapped to lines that are not in the syllabus', () => {
    const stray = note('stray', ['gs2', 'gs2-unknown-line']);
    const result = syllabusCoverage(papers, [stray]);
    expect(result.flatMap((p) => p.lines.flatMap((l) => l.notes))).toEqual([]);
  });

  it('lists a note once under a line even when it maps to that line twice', () => {
    const twice = note('twice', ['gs2', 'gs2-bilateral'], ['gs2', 'gs2-bilateral']);
    expect(syllabusCoverage(papers, [twice]).find((p) => p.id === 'gs2')?.lines[1]?.notes).toEqual([twice]);
  });

  it('leaves every line a gap when there are no notes', () => {
    expect(syllabusCoverage(papers, []).map((p) => p.covered)).toEqual([0, 0, 0]);
  });

  it('gives nothing for an empty syllabus', () => {
    expect(syllabusCoverage([], notes)).toEqual([]);
  });

  it('hands back the note objects themselves', () => {
    expect(paper('gs2')?.lines[2]?.notes[0]).toBe(challenges);
  });

  it('does not change the papers passed in', () => {
    const before = structuredClone(papers);
    syllabusCoverage(papers, notes);
    expect(papers).toEqual(before);
  });
});

describe('readerSyllabus', () => {
  it.each([
    ['no notes: nothing to show', [], []],
    ['one covered line: its paper with that line only', [note('a', ['gs2', 'gs2-bilateral'])], ['gs2:gs2-bilateral']],
    [
      'lines of two papers, in syllabus order',
      [note('b', ['gs2', 'gs2-developed-countries']), note('a', ['gs1', 'gs1-world-history'])],
      ['gs1:gs1-world-history', 'gs2:gs2-developed-countries'],
    ],
  ] as const)('%s', (_what, notes, expected) => {
    const shown = readerSyllabus(papers, notes).flatMap((p) => p.lines.map((l) => `${p.id}:${l.id}`));
    expect(shown).toEqual(expected);
  });
});
