import { describe, expect, it } from 'vitest';
import {
  gsMappingSchema,
  keyFigureSchema,
  CUE_MAX,
  noteSchema,
  QUICK_REVISION_LINE_MAX,
  sourceSchema,
  timelineEventSchema,
} from '../../../src/schemas/note.ts';
import { expectIssue, expectParsed, utc } from './issues.ts';
import { minimal, source, withChanges } from './note-fixture.ts';
const without = (key: keyof typeof minimal) => {
  const copy: Record<string, unknown> = { ...minimal };
  delete copy[key];
  return copy;
};

describe('noteSchema: valid notes', () => {
  it('fills in the defaults for related, timeline, figures, maps and draft', () => {
    const note = expectParsed(noteSchema, minimal);
    expect(note.maps).toEqual([]);
    expect(note.related).toEqual([]);
    expect(note.timeline).toEqual([]);
    expect(note.figures).toEqual([]);
    expect(note.draft).toBe(false);
    expect(note.updated).toBeUndefined();
  });

  it('turns published, updated and source dates into UTC-midnight Dates', () => {
    const note = expectParsed(noteSchema, withChanges({ updated: '2026-12-01' }));
    expect(note.published).toEqual(utc('2026-11-25'));
    expect(note.updated).toEqual(utc('2026-12-01'));
    expect(note.sources[0]?.date).toEqual(utc('2025-09-01'));
  });

  it('accepts dates that a YAML loader has already turned into Date objects', () => {
    const note = expectParsed(noteSchema, withChanges({ published: new Date(Date.UTC(2026, 10, 25)) }));
    expect(note.published).toEqual(utc('2026-11-25'));
  });

  it('trims the title and the summary', () => {
    const note = expectParsed(noteSchema, withChanges({ title: '  Padded title \n', summary: '\tPadded summary. ' }));
    expect(note.title).toBe('Padded title');
    expect(note.summary).toBe('Padded summary.');
  });

  it.each([
    ['updated on the same day as published', { updated: '2026-11-25' }, 'updated', utc('2026-11-25')],
    ['updated after published', { updated: '2026-11-30' }, 'updated', utc('2026-11-30')],
    ['order 0, the first note', { order: 0 }, 'order', 0],
    ['a summary of exactly 300 characters', { summary: 'x'.repeat(300) }, 'summary', 'x'.repeat(300)],
    [
      'a summary padded past 300 characters that trims to 300',
      { summary: ` ${'x'.repeat(300)} ` },
      'summary',
      'x'.repeat(300),
    ],
    ['a title of exactly 120 characters', { title: 't'.repeat(120) }, 'title', 't'.repeat(120)],
    ['the news-analysis kind', { kind: 'news-analysis' }, 'kind', 'news-analysis'],
    ['the background kind', { kind: 'background' }, 'kind', 'background'],
    [
      'several syllabus lines on different papers',
      {
        gs: [
          { paper: 'gs2', line: 'gs2-bilateral' },
          { paper: 'gs3', line: 'gs3-infrastructure' },
        ],
      },
      'gs',
      [
        { paper: 'gs2', line: 'gs2-bilateral' },
        { paper: 'gs3', line: 'gs3-infrastructure' },
      ],
    ],
    ['a draft', { draft: true }, 'draft', true],
    ['a current-to month and year', { currentTo: ' August 2025 ' }, 'currentTo', 'August 2025'],
    ['a current-to month and year in Hindi', { currentTo: 'सितंबर 2025' }, 'currentTo', 'सितंबर 2025'],
    [
      'ten quick-revision lines',
      { quickRevision: Array(10).fill('A fact.') },
      'quickRevision',
      Array(10).fill({ text: 'A fact.' }),
    ],
    [
      'a quick-revision line of the longest length allowed',
      { quickRevision: ['x'.repeat(QUICK_REVISION_LINE_MAX)] },
      'quickRevision',
      [{ text: 'x'.repeat(QUICK_REVISION_LINE_MAX) }],
    ],
    [
      'a quick-revision line with its citation',
      {
        quickRevision: [{ text: 'Signed in 2016.', cite: 'mea-2016' }],
        citations: [
          {
            id: 'mea-2016',
            publisher: 'MEA',
            title: 'Joint Statement',
            date: '2016-11-11',
            url: 'https://mea.gov.in/x',
          },
        ],
      },
      'quickRevision',
      [{ text: 'Signed in 2016.', cite: 'mea-2016' }],
    ],
    [
      'a quick-revision line with its flashcard cue, trimmed',
      { quickRevision: [{ text: 'JIMEX: the navies’ exercise.', cue: ' Which exercise is the navies’? ' }] },
      'quickRevision',
      [{ text: 'JIMEX: the navies’ exercise.', cue: 'Which exercise is the navies’?' }],
    ],
    [
      'two maps',
      { maps: ['mahsr-corridor', 'indo-pacific-sea-lanes'] },
      'maps',
      ['mahsr-corridor', 'indo-pacific-sea-lanes'],
    ],
    [
      'editor-chosen related notes',
      { related: ['trade-and-investment', 'way-forward'] },
      'related',
      ['trade-and-investment', 'way-forward'],
    ],
  ] as const)('accepts a note with %s', (_what, changes, key, expected) => {
    expect(expectParsed(noteSchema, withChanges(changes))[key]).toEqual(expected);
  });

  it('accepts a source that credits no other publication', () => {
    const { via: _via, ...direct } = source;
    const note = expectParsed(noteSchema, withChanges({ sources: [direct] }));
    expect(note.sources[0]).toEqual({ ...direct, date: utc('2025-09-01') });
    expect(note.sources[0]).not.toHaveProperty('via');
  });

  it('keeps a timeline and marks events past unless planned says otherwise', () => {
    const note = expectParsed(
      noteSchema,
      withChanges({
        timeline: [
          { year: 2000, event: 'Global Partnership launched.' },
          { year: 2030, event: 'Investment target.', planned: true, note: 'trade-and-investment' },
        ],
      }),
    );
    expect(note.timeline).toEqual([
      { year: 2000, event: 'Global Partnership launched.', planned: false },
      { year: 2030, event: 'Investment target.', planned: true, note: 'trade-and-investment' },
    ]);
  });

  it('keeps a key-figures table as written', () => {
    const figures = [
      { value: '10 trillion yen (USD 68 billion)', label: 'Private investment target', note: 'summit-2025-outcomes' },
    ];
    expect(expectParsed(noteSchema, withChanges({ figures })).figures).toEqual(figures);
  });
});

describe('noteSchema: invalid notes', () => {
  it.each([
    ['an unknown key', withChanges({ author: 'me' }), [], 'Unrecognized key: "author"'],
    ['a misspelt key', withChanges({ sumary: 'x' }), [], 'Unrecognized key'],
    ['no title', without('title'), ['title'], 'expected string'],
    ['no summary', without('summary'), ['summary'], 'expected string'],
    ['no order', without('order'), ['order'], 'expected number'],
    ['no published date', without('published'), ['published'], 'expected a date written as YYYY-MM-DD'],
    ['no kind', without('kind'), ['kind'], 'expected one of'],
    ['no syllabus mapping', without('gs'), ['gs'], 'expected array'],
    ['no prelims topics', without('prelims'), ['prelims'], 'expected array'],
    ['no mains topics', without('mains'), ['mains'], 'expected array'],
    ['no sources', without('sources'), ['sources'], 'expected array'],
    ['no questions', without('questions'), ['questions'], 'expected array'],
    ['no current-to date', without('currentTo'), ['currentTo'], 'say which events the note is current to'],
    ['a current-to year alone', withChanges({ currentTo: '2025' }), ['currentTo'], 'write the month and year'],
    ['a current-to day', withChanges({ currentTo: '1 September 2025' }), ['currentTo'], 'write the month and year'],
    [
      'a misspelt current-to month',
      withChanges({ currentTo: 'Septmber 2025' }),
      ['currentTo'],
      'such as "September 2025"',
    ],
    ['a current-to date given as a Date', withChanges({ currentTo: new Date() }), ['currentTo'], 'say which events'],
    ['no quick revision', without('quickRevision'), ['quickRevision'], 'list the quick-revision lines'],
    [
      'an empty quick revision',
      withChanges({ quickRevision: [] }),
      ['quickRevision'],
      'give at least one quick-revision line',
    ],
    [
      'eleven quick-revision lines',
      withChanges({ quickRevision: Array(11).fill('A fact.') }),
      ['quickRevision'],
      'keep quick revision to 10 lines or fewer',
    ],
    [
      'a cue that is not a question',
      withChanges({ quickRevision: [{ text: 'A fact.', cue: 'The fact' }] }),
      ['quickRevision', 0, 'cue'],
      'write a cue as a question',
    ],
    [
      'an empty cue',
      withChanges({ quickRevision: [{ text: 'A fact.', cue: ' ' }] }),
      ['quickRevision', 0, 'cue'],
      'a cue is empty',
    ],
    [
      'a cue longer than one short question',
      withChanges({ quickRevision: [{ text: 'A fact.', cue: `${'x'.repeat(CUE_MAX)}?` }] }),
      ['quickRevision', 0, 'cue'],
      `keep a cue to ${CUE_MAX} characters`,
    ],
    [
      'a quick-revision line citing a source the note does not declare',
      withChanges({ quickRevision: [{ text: 'A fact.', cite: 'mea-2016' }] }),
      ['quickRevision', 0, 'cite'],
      'unknown citation "mea-2016"',
    ],
    [
      'two citations with one id',
      withChanges({
        citations: [
          { id: 'mea', publisher: 'MEA', title: 'A', date: '2016-11-11', url: 'https://mea.gov.in/a' },
          { id: 'mea', publisher: 'MEA', title: 'B', date: '2016-11-12', url: 'https://mea.gov.in/b' },
        ],
      }),
      ['citations', 1, 'id'],
      'the citation id "mea" is used twice',
    ],
    [
      'a citation with an http URL',
      withChanges({
        citations: [{ id: 'mea', publisher: 'MEA', title: 'A', date: '2016-11-11', url: 'http://mea.gov.in/a' }],
      }),
      ['citations', 0, 'url'],
      'expected an https:// URL',
    ],
    [
      'a blank quick-revision line',
      withChanges({ quickRevision: ['  '] }),
      ['quickRevision', 0, 'text'],
      'a quick-revision line is empty',
    ],
    [
      'a quick-revision line too long to print',
      withChanges({ quickRevision: ['x'.repeat(QUICK_REVISION_LINE_MAX + 1)] }),
      ['quickRevision', 0, 'text'],
      `keep each quick-revision line to ${QUICK_REVISION_LINE_MAX} characters or fewer`,
    ],
    [
      'a quick revision given as one string',
      withChanges({ quickRevision: 'A fact.' }),
      ['quickRevision'],
      'list the quick-revision lines',
    ],
    [
      'the same map twice',
      withChanges({ maps: ['mahsr-corridor', 'mahsr-corridor'] }),
      ['maps'],
      'the same map is listed twice',
    ],
    ['a map id with capitals', withChanges({ maps: ['MAHSR'] }), ['maps', 0], 'expected a kebab-case id'],
    ['an empty title', withChanges({ title: '' }), ['title'], 'give the note a title'],
    ['a title of only spaces', withChanges({ title: '   ' }), ['title'], 'give the note a title'],
    [
      'a title of 121 characters',
      withChanges({ title: 't'.repeat(121) }),
      ['title'],
      'keep the title under 120 characters',
    ],
    ['an empty summary', withChanges({ summary: '' }), ['summary'], 'give the note a summary'],
    [
      'a summary of 301 characters',
      withChanges({ summary: 's'.repeat(301) }),
      ['summary'],
      'keep the summary to 300 characters or fewer',
    ],
    ['a negative order', withChanges({ order: -1 }), ['order'], 'order starts at 0'],
    ['a fractional order', withChanges({ order: 1.5 }), ['order'], 'expected int'],
    ['an order written as text', withChanges({ order: '3' }), ['order'], 'expected number'],
    [
      'an unknown kind',
      withChanges({ kind: 'opinion' }),
      ['kind'],
      'expected one of "news-analysis"|"editorial"|"background"',
    ],
    [
      'an impossible published date',
      withChanges({ published: '2025-02-30' }),
      ['published'],
      'not a real calendar date',
    ],
    [
      'a published date in day-first order',
      withChanges({ published: '25-11-2026' }),
      ['published'],
      'expected a date written as YYYY-MM-DD',
    ],
    ['an impossible updated date', withChanges({ updated: '2026-11-31' }), ['updated'], 'not a real calendar date'],
    [
      'a malformed updated date',
      withChanges({ updated: '1-12-2026' }),
      ['updated'],
      'expected a date written as YYYY-MM-DD',
    ],
    [
      'an updated date given as a number',
      withChanges({ updated: 20261201 }),
      ['updated'],
      'expected a date written as YYYY-MM-DD',
    ],
    [
      'updated before published',
      withChanges({ updated: '2026-11-24' }),
      ['updated'],
      'updated must not be before published',
    ],
    ['an empty syllabus mapping', withChanges({ gs: [] }), ['gs'], 'map the note to at least one syllabus line'],
    [
      'a GS paper that does not exist',
      withChanges({ gs: [{ paper: 'gs5', line: 'x' }] }),
      ['gs', 0, 'paper'],
      'expected one of',
    ],
    [
      'a syllabus line that is not kebab-case',
      withChanges({ gs: [{ paper: 'gs2', line: 'GS2 Bilateral' }] }),
      ['gs', 0, 'line'],
      'expected a kebab-case id',
    ],
    [
      'an unknown key in a syllabus mapping',
      withChanges({ gs: [{ paper: 'gs2', line: 'gs2-bilateral', weight: 1 }] }),
      ['gs', 0],
      'Unrecognized key: "weight"',
    ],
    ['an empty prelims list', withChanges({ prelims: [] }), ['prelims'], 'list at least one prelims topic'],
    [
      'a prelims topic listed twice',
      withChanges({ prelims: ['cepa', 'cepa'] }),
      ['prelims'],
      'the same prelims topic is listed twice',
    ],
    [
      'a prelims topic that is not kebab-case',
      withChanges({ prelims: ['cepa', 'MAHSR'] }),
      ['prelims', 1],
      'expected a kebab-case id',
    ],
    ['an empty mains list', withChanges({ mains: [] }), ['mains'], 'list at least one mains topic'],
    [
      'a mains topic listed twice',
      withChanges({ mains: ['a', 'b', 'a'] }),
      ['mains'],
      'the same mains topic is listed twice',
    ],
    ['an empty questions list', withChanges({ questions: [] }), ['questions'], 'list at least one question'],
    [
      'a question listed twice',
      withChanges({ questions: ['q-1', 'q-1'] }),
      ['questions'],
      'the same question is listed twice',
    ],
    [
      'a question id with an underscore',
      withChanges({ questions: ['mcq_challenges'] }),
      ['questions', 0],
      'expected a kebab-case id',
    ],
    ['an empty sources list', withChanges({ sources: [] }), ['sources'], 'list at least one source'],
    [
      'a related note that is not kebab-case',
      withChanges({ related: ['Way Forward'] }),
      ['related', 0],
      'expected a kebab-case id',
    ],
    ['related given as one string', withChanges({ related: 'way-forward' }), ['related'], 'expected array'],
    ['draft written as text', withChanges({ draft: 'yes' }), ['draft'], 'expected boolean'],
  ])('rejects a note with %s', (_what, input, path, message) => {
    expectIssue(noteSchema, input, { path, message });
  });

  it.each([
    [
      'a lower-case publication id',
      { publication: 'th' },
      ['publication'],
      'expected a publication id in capitals such as "TH"',
    ],
    [
      'a publication id that starts with a digit',
      { publication: '9NEWS' },
      ['publication'],
      'expected a publication id in capitals',
    ],
    ['a lower-case via', { via: 'th' }, ['via'], 'expected a publication id in capitals such as "TH"'],
    ['an empty title', { title: ' ' }, ['title'], 'give the article title'],
    ['an http URL', { url: 'http://www.thehindu.com/article' }, ['url'], 'expected an https:// URL'],
    ['a malformed URL', { url: 'thehindu dot com' }, ['url'], 'expected an absolute URL'],
    ['an impossible date', { date: '2025-02-30' }, ['date'], 'not a real calendar date'],
    ['a date with slashes', { date: '2025/09/01' }, ['date'], 'expected a date written as YYYY-MM-DD'],
    ['an unknown key', { author: 'Staff' }, [], 'Unrecognized key: "author"'],
  ])('rejects a source with %s, pointing inside sources', (_what, changes, path, message) => {
    expectIssue(noteSchema, withChanges({ sources: [source, { ...source, ...changes }] }), {
      path: ['sources', 1, ...path],
      message,
    });
  });

  it.each([
    ['no year', { event: 'Something happened.' }, ['year'], 'expected number'],
    ['a year written as text', { year: '2000', event: 'x' }, ['year'], 'expected number'],
    ['year 0', { year: 0, event: 'x' }, ['year'], 'expected a year'],
    ['a year past 2200', { year: 2201, event: 'x' }, ['year'], 'expected a year'],
    ['a fractional year', { year: 2000.5, event: 'x' }, ['year'], 'expected int'],
    ['an empty event', { year: 2000, event: '  ' }, ['event'], 'describe the event'],
    ['planned written as text', { year: 2030, event: 'x', planned: 'yes' }, ['planned'], 'expected boolean'],
    [
      'a note id that is not kebab-case',
      { year: 2000, event: 'x', note: 'Trade' },
      ['note'],
      'expected a kebab-case id',
    ],
    ['an unknown key', { year: 2000, event: 'x', month: 8 }, [], 'Unrecognized key: "month"'],
  ])('rejects a timeline event with %s, pointing inside timeline', (_what, event, path, message) => {
    expectIssue(noteSchema, withChanges({ timeline: [event] }), { path: ['timeline', 0, ...path], message });
  });

  it.each([
    ['an empty value', { value: '', label: 'x' }, ['value'], 'give the figure'],
    ['no label', { value: '5 trillion yen' }, ['label'], 'expected string'],
    ['an empty label', { value: '5 trillion yen', label: ' ' }, ['label'], 'say what the figure measures'],
    ['a figure given as a number', { value: 5, label: 'x' }, ['value'], 'expected string'],
    ['a bad note id', { value: '5', label: 'x', note: 'not_kebab' }, ['note'], 'expected a kebab-case id'],
    ['an unknown key', { value: '5', label: 'x', unit: 'yen' }, [], 'Unrecognized key: "unit"'],
  ])('rejects a key figure with %s, pointing inside figures', (_what, figure, path, message) => {
    expectIssue(noteSchema, withChanges({ figures: [figure] }), { path: ['figures', 0, ...path], message });
  });

  it.each([
    ['missing', { ...without('published'), updated: '2026-01-01' }, 'expected a date written as YYYY-MM-DD'],
    ['an impossible date', withChanges({ published: '2026-02-30', updated: '2026-01-01' }), 'not a real calendar date'],
    ['malformed', withChanges({ published: 'soon', updated: '2026-01-01' }), 'expected a date written as YYYY-MM-DD'],
  ])(
    'reports published and skips the updated comparison, without throwing, when published is %s',
    (_what, input, message) => {
      expect(() => noteSchema.safeParse(input)).not.toThrow();
      const issues = expectIssue(noteSchema, input, { path: ['published'], message });
      expect(issues.map((issue) => issue.message)).not.toContain('updated must not be before published');
    },
  );

  it.each([
    ['an impossible date', '2026-11-31', 'not a real calendar date'],
    ['malformed', '31-12-2026', 'expected a date written as YYYY-MM-DD'],
  ])('reports updated, without throwing, when updated is %s', (_what, updated, message) => {
    expect(() => noteSchema.safeParse(withChanges({ updated }))).not.toThrow();
    const issues = expectIssue(noteSchema, withChanges({ updated }), { path: ['updated'], message });
    expect(issues.map((issue) => issue.message)).not.toContain('updated must not be before published');
  });

  it('reports every broken field at once rather than stopping at the first', () => {
    const result = noteSchema.safeParse(withChanges({ title: '', prelims: [], sources: [] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['prelims', 'sources', 'title']);
  });
});

describe('the note sub-schemas on their own', () => {
  it('parses a syllabus mapping', () => {
    expect(expectParsed(gsMappingSchema, { paper: 'gs3', line: 'gs3-infrastructure' })).toEqual({
      paper: 'gs3',
      line: 'gs3-infrastructure',
    });
  });

  it('parses a source and drops nothing but normalises its date', () => {
    expect(expectParsed(sourceSchema, source)).toEqual({ ...source, date: utc('2025-09-01') });
  });

  it('parses a timeline event and defaults planned to false', () => {
    expect(
      expectParsed(timelineEventSchema, { year: 2014, event: 'Special Strategic and Global Partnership.' }),
    ).toEqual({
      year: 2014,
      event: 'Special Strategic and Global Partnership.',
      planned: false,
    });
  });

  it('parses a key figure and trims its text', () => {
    expect(
      expectParsed(keyFigureSchema, { value: ' USD 17.69 billion ', label: " Japan's exports to India " }),
    ).toEqual({
      value: 'USD 17.69 billion',
      label: "Japan's exports to India",
    });
  });
});
