import { describe, expect, it } from 'vitest';
import {
  groupBy,
  lastChanged,
  latestChange,
  latestUpdates,
  prevNext,
  readingOrder,
  readingPreview,
  relatedNotes,
  type NoteLike,
} from '../../../src/lib/notes.ts';

const note = (
  id: string,
  order: number,
  prelims: string[] = [],
  mains: string[] = [],
  related: string[] = [],
  title = id,
): NoteLike => ({ id, data: { order, title, prelims, mains, related } });

const ids = (notes: readonly { id: string }[] | undefined) => notes?.map((n) => n.id);

describe('readingOrder', () => {
  it.each([
    ['an empty list', [], []],
    ['one note', [note('a', 3)], ['a']],
    ['notes out of order', [note('c', 2), note('a', 0), note('b', 1)], ['a', 'b', 'c']],
    ['orders with gaps', [note('late', 40), note('early', 5), note('mid', 12)], ['early', 'mid', 'late']],
    [
      'ties on order, broken by title',
      [note('x', 1, [], [], [], 'Zebra'), note('y', 1, [], [], [], 'Apple'), note('z', 0, [], [], [], 'Mango')],
      ['z', 'y', 'x'],
    ],
  ])('sorts %s', (_what, input, expected) => {
    expect(ids(readingOrder(input))).toEqual(expected);
  });

  it('returns a new array and leaves its input alone', () => {
    const input = [note('b', 1), note('a', 0)];
    const output = readingOrder(input);
    expect(output).not.toBe(input);
    expect(ids(input)).toEqual(['b', 'a']);
  });

  it('returns the very same note objects', () => {
    const a = note('a', 0);
    expect(readingOrder([note('b', 1), a])[0]).toBe(a);
  });
});

describe('readingPreview', () => {
  it.each([
    ['a set within the limit is shown whole', ['a', 'b'], 3, { shown: ['a', 'b'], next: undefined, hidden: 0 }],
    [
      'a set exactly at the limit is shown whole',
      ['a', 'b', 'c'],
      3,
      { shown: ['a', 'b', 'c'], next: undefined, hidden: 0 },
    ],
    [
      'a longer set shows the first notes and continues from the next',
      ['a', 'b', 'c', 'd', 'e'],
      3,
      { shown: ['a', 'b', 'c'], next: 'd', hidden: 2 },
    ],
    ['no notes', [], 3, { shown: [], next: undefined, hidden: 0 }],
    [
      'a limit of nothing shows nothing and continues from the first',
      ['a', 'b'],
      0,
      { shown: [], next: 'a', hidden: 2 },
    ],
  ])('%s', (_, ordered, limit, expected) => {
    expect(readingPreview(ordered, limit)).toEqual(expected);
  });
});

describe('prevNext', () => {
  const ordered = [note('first', 0), note('second', 1), note('third', 2)];

  it.each([
    ['the first note has only a next', 'first', undefined, 'second'],
    ['a middle note has both', 'second', 'first', 'third'],
    ['the last note has only a previous', 'third', 'second', undefined],
  ])('%s', (_what, id, prev, next) => {
    const result = prevNext(ordered, id);
    expect(result.prev?.id).toBe(prev);
    expect(result.next?.id).toBe(next);
  });

  it('leaves out the keys it has nothing for rather than setting them to undefined', () => {
    expect(Object.keys(prevNext(ordered, 'first'))).toEqual(['next']);
    expect(Object.keys(prevNext(ordered, 'third'))).toEqual(['prev']);
  });

  it('gives nothing for an id that is not in the list', () => {
    expect(prevNext(ordered, 'missing')).toEqual({});
  });

  it('gives nothing either way for the only note', () => {
    expect(prevNext([note('only', 0)], 'only')).toEqual({});
  });

  it('gives nothing for an empty list', () => {
    expect(prevNext([], 'any')).toEqual({});
  });

  it('returns the neighbours themselves, not copies', () => {
    expect(prevNext(ordered, 'second').prev).toBe(ordered[0]);
  });
});

describe('relatedNotes', () => {
  it('lists an editor-chosen note once even when related names it twice', () => {
    const notes = [note('me', 0, ['t'], [], ['b', 'b']), note('b', 1, ['t']), note('c', 2, ['t'])];
    expect(
      relatedNotes(notes, 3)
        .get('me')
        ?.map((n) => n.id),
    ).toEqual(['b', 'c']);
  });

  it('gives every note an entry, even a note with nothing in common', () => {
    const notes = [note('a', 0, ['x']), note('b', 1, ['y'])];
    const related = relatedNotes(notes, 3);
    expect([...related.keys()]).toEqual(['a', 'b']);
    expect(related.get('a')).toEqual([]);
    expect(related.get('b')).toEqual([]);
  });

  it('never relates a note to itself', () => {
    const notes = [note('a', 0, ['x'], ['m'], ['a']), note('b', 1, ['x'])];
    expect(ids(relatedNotes(notes, 3).get('a'))).toEqual(['b']);
  });

  it('ranks notes sharing more prelims topics first', () => {
    const notes = [
      note('me', 0, ['t1', 't2', 't3']),
      note('one', 1, ['t1']),
      note('three', 2, ['t1', 't2', 't3']),
      note('two', 3, ['t2', 't3']),
    ];
    expect(ids(relatedNotes(notes, 3).get('me'))).toEqual(['three', 'two', 'one']);
  });

  it('counts a shared mains topic as half a shared prelims topic', () => {
    const notes = [
      note('me', 0, ['t1'], ['m1', 'm2', 'm3']),
      note('prelims-only', 1, ['t1']),
      note('one-mains', 2, [], ['m1']),
      note('three-mains', 3, [], ['m1', 'm2', 'm3']),
    ];
    // scores: prelims-only 2, one-mains 1, three-mains 3.
    expect(ids(relatedNotes(notes, 3).get('me'))).toEqual(['three-mains', 'prelims-only', 'one-mains']);
  });

  it('treats two shared mains topics as equal to one prelims topic and breaks the tie by reading order', () => {
    const notes = [
      note('me', 0, ['t1'], ['m1', 'm2']),
      note('mains-pair', 1, [], ['m1', 'm2']),
      note('prelims-one', 2, ['t1']),
    ];
    expect(ids(relatedNotes(notes, 3).get('me'))).toEqual(['mains-pair', 'prelims-one']);
  });

  it('breaks ties on score by reading order, whatever the input order', () => {
    const notes = [note('me', 0, ['t']), note('later', 9, ['t']), note('sooner', 2, ['t']), note('middle', 5, ['t'])];
    expect(ids(relatedNotes(notes, 3).get('me'))).toEqual(['sooner', 'middle', 'later']);
  });

  it("puts the editor's related notes first, in the editor's order, ahead of better-scoring ones", () => {
    const notes = [
      note('me', 0, ['t1', 't2'], [], ['loose', 'unrelated']),
      note('close', 1, ['t1', 't2']),
      note('loose', 2, ['t1']),
      note('unrelated', 3, ['z']),
    ];
    expect(ids(relatedNotes(notes, 3).get('me'))).toEqual(['loose', 'unrelated', 'close']);
  });

  it('does not list an editor-chosen note a second time among the computed ones', () => {
    const notes = [note('me', 0, ['t'], [], ['b']), note('b', 1, ['t']), note('c', 2, ['t'])];
    expect(ids(relatedNotes(notes, 5).get('me'))).toEqual(['b', 'c']);
  });

  it('skips editor-chosen ids that are not among the notes (drafts, typos)', () => {
    const notes = [note('me', 0, ['t'], [], ['draft-note', 'b']), note('b', 1, ['t'])];
    expect(ids(relatedNotes(notes, 3).get('me'))).toEqual(['b']);
  });

  it.each([
    [0, []],
    [1, ['r1']],
    [2, ['r1', 'c1']],
    [3, ['r1', 'c1', 'c2']],
    [10, ['r1', 'c1', 'c2']],
  ])('cuts the list to a limit of %i', (limit, expected) => {
    const notes = [note('me', 0, ['t'], [], ['r1']), note('r1', 1, []), note('c1', 2, ['t']), note('c2', 3, ['t'])];
    expect(ids(relatedNotes(notes, limit).get('me'))).toEqual(expected);
  });

  it('cuts even the editor-chosen notes to the limit', () => {
    const notes = [note('me', 0, [], [], ['a', 'b', 'c']), note('a', 1), note('b', 2), note('c', 3)];
    expect(ids(relatedNotes(notes, 2).get('me'))).toEqual(['a', 'b']);
  });

  it('relates notes symmetrically when neither editor chose', () => {
    const notes = [note('a', 0, ['t']), note('b', 1, ['t'])];
    const related = relatedNotes(notes, 3);
    expect(ids(related.get('a'))).toEqual(['b']);
    expect(ids(related.get('b'))).toEqual(['a']);
  });

  it('returns the note objects that were passed in', () => {
    const b = note('b', 1, ['t']);
    expect(relatedNotes([note('a', 0, ['t']), b], 3).get('a')?.[0]).toBe(b);
  });

  it('gives an empty map for no notes', () => {
    expect(relatedNotes([], 3).size).toBe(0);
  });
});

describe('groupBy', () => {
  const items = [
    { name: 'one', tags: ['quad', 'jimex'] },
    { name: 'two', tags: ['jimex'] },
    { name: 'three', tags: [] as string[] },
    { name: 'four', tags: ['quad', 'quad', 'malabar'] },
  ];
  const grouped = groupBy(items, (item) => item.tags);
  const names = (key: string) => grouped.get(key)?.map((item) => item.name);

  it.each([
    ['quad', ['one', 'four']],
    ['jimex', ['one', 'two']],
    ['malabar', ['four']],
  ])('puts under %s every item carrying it, in input order', (key, expected) => {
    expect(names(key)).toEqual(expected);
  });

  it('lists an item once under a key it carries twice', () => {
    expect(names('quad')).toEqual(['one', 'four']);
  });

  it('makes no group for an item with no keys', () => {
    expect([...grouped.values()].flat().map((item) => item.name)).not.toContain('three');
  });

  it('orders the groups by first appearance of each key', () => {
    expect([...grouped.keys()]).toEqual(['quad', 'jimex', 'malabar']);
  });

  it('has no group for a key nobody carries', () => {
    expect(grouped.has('acsa')).toBe(false);
  });

  it('gives an empty map for no items', () => {
    expect(groupBy([], () => ['x']).size).toBe(0);
  });

  it('keeps the items themselves in the groups', () => {
    expect(grouped.get('malabar')?.[0]).toBe(items[3]);
  });
});

describe('lastChanged and latestChange', () => {
  const dated = (published: string, updated?: string) => ({
    data: { published: new Date(published), ...(updated ? { updated: new Date(updated) } : {}) },
  });
  it.each([
    ['a note never updated', dated('2026-01-02'), '2026-01-02'],
    ['an updated note', dated('2026-01-02', '2026-03-04'), '2026-03-04'],
  ])('%s changed last on %s', (_name, note, expected) => {
    expect(lastChanged(note).toISOString().slice(0, 10)).toBe(expected);
  });
  it('finds the most recent change among notes', () => {
    const notes = [dated('2026-01-02'), dated('2025-05-01', '2026-06-07'), dated('2026-02-03')];
    expect(latestChange(notes).toISOString().slice(0, 10)).toBe('2026-06-07');
  });
  it('is the epoch for no notes', () => {
    expect(latestChange([]).getTime()).toBe(0);
  });
});

describe('latestUpdates', () => {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const entry = (id: string, order: number, published: string, updated?: string, changes: [string, string][] = []) => ({
    id,
    data: {
      order,
      published: day(published),
      ...(updated ? { updated: day(updated) } : {}),
      changes: changes.map(([date, text]) => ({ date: day(date), text })),
    },
  });
  const show = (updates: ReturnType<typeof latestUpdates<ReturnType<typeof entry>>>) =>
    updates.map((u) => `${u.date.toISOString().slice(0, 10)} ${u.note.id} ${u.kind}${u.text ? `: ${u.text}` : ''}`);

  it('lists logged changes and publications, newest first, ties in reading order then log order', () => {
    const notes = [
      entry('b', 1, '2026-11-25', '2026-12-04', [
        ['2026-12-04', 'second'],
        ['2026-12-02', 'first'],
      ]),
      entry('a', 0, '2026-11-25', '2026-12-04', [['2026-12-04', 'only']]),
      entry('c', 2, '2026-12-03'),
    ];
    expect(show(latestUpdates(notes, 10))).toEqual([
      '2026-12-04 a changed: only',
      '2026-12-04 b changed: second',
      '2026-12-03 c published',
      '2026-12-02 b changed: first',
      '2026-11-25 a published',
      '2026-11-25 b published',
    ]);
    expect(latestUpdates(notes, 2)).toHaveLength(2);
  });

  it('counts an updated date with no log as one unnamed change', () => {
    expect(show(latestUpdates([entry('a', 0, '2026-11-25', '2026-12-01')], 5))).toEqual([
      '2026-12-01 a changed',
      '2026-11-25 a published',
    ]);
  });

  it('is empty for no notes', () => {
    expect(latestUpdates([], 5)).toEqual([]);
  });
});
