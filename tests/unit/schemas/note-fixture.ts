// The note inputs the note-schema tests share.

/** A source as notes cite the news article. */
export const source = {
  publication: 'DIAS',
  title: 'Revisiting India-Japan Relations',
  url: 'https://www.drishtiias.com/printpdf/revisiting-india-japan-relations',
  date: '2025-09-01',
  via: 'TH',
};

/** The smallest note that passes: every required field, no optional ones. */
export const minimal = {
  title: 'Challenges in India–Japan Relations',
  summary: 'The four main frictions in the partnership.',
  order: 10,
  published: '2026-11-25',
  kind: 'editorial',
  gs: [{ paper: 'gs2', line: 'gs2-bilateral' }],
  prelims: ['cepa', 'mahsr'],
  mains: ['challenges-and-way-forward'],
  sources: [source],
  questions: ['mcq-challenges'],
  currentTo: 'September 2025',
  quickRevision: ["FY24 trade ran in Japan's favour."],
};

/** The minimal note with some fields replaced or added. */
export const withChanges = (changes: Record<string, unknown>) => ({ ...minimal, ...changes });
