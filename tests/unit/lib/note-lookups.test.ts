import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionOf, readingOrder, relatedNotes, type NoteLike } from '../../../src/lib/notes.ts';

describe('positionOf', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('gives each id its index in the list', () => {
    expect(list.map((item) => positionOf(list, item.id))).toEqual([0, 1, 2]);
  });

  it('gives -1 for an id that is not in the list, and for an empty list', () => {
    expect(positionOf(list, 'z')).toBe(-1);
    expect(positionOf([], 'a')).toBe(-1);
  });

  it('gives the first place of an id listed twice, as findIndex does', () => {
    const twice = [{ id: 'a' }, { id: 'b' }, { id: 'a' }];
    expect(positionOf(twice, 'a')).toBe(0);
  });

  it('keeps lists apart: the same ids in another order have their own positions', () => {
    const reversed = [...list].reverse();
    expect(positionOf(list, 'a')).toBe(0);
    expect(positionOf(reversed, 'a')).toBe(2);
  });

  it('agrees with findIndex on any list and id', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e')), fc.constantFrom('a', 'c', 'x'), (ids, id) => {
        const items = ids.map((value) => ({ id: value }));
        expect(positionOf(items, id)).toBe(items.findIndex((item) => item.id === id));
      }),
    );
  });
});

/** The straightforward definition: score every other note, sort them all, take the first `limit`. */
function relatedByFullSort(notes: readonly NoteLike[], limit: number): Map<string, string[]> {
  const rank = new Map(readingOrder(notes).map((note, index) => [note.id, index]));
  const ids = new Set(notes.map((note) => note.id));
  return new Map(
    notes.map((note) => {
      const score = (other: NoteLike) =>
        2 * note.data.prelims.reduce((sum, topic) => sum + (other.data.prelims.includes(topic) ? 1 : 0), 0) +
        note.data.mains.reduce((sum, topic) => sum + (other.data.mains.includes(topic) ? 1 : 0), 0);
      const chosen = [...new Set(note.data.related)].filter((id) => ids.has(id) && id !== note.id);
      const computed = notes
        .filter((other) => other.id !== note.id && !chosen.includes(other.id) && score(other) > 0)
        .sort((a, b) => score(b) - score(a) || (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))
        .map((other) => other.id);
      return [note.id, [...chosen, ...computed].slice(0, limit)];
    }),
  );
}

describe('relatedNotes keeps only the best candidates while scanning', () => {
  const tags = fc.uniqueArray(fc.constantFrom('t1', 't2', 't3', 't4'), { maxLength: 3 });
  const notes = fc
    .uniqueArray(
      fc.record({
        id: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `n${i}`)),
        order: fc.integer({ min: 0, max: 5 }),
        prelims: tags,
        mains: fc.uniqueArray(fc.constantFrom('m1', 'm2'), { maxLength: 2 }),
        related: fc.array(fc.constantFrom('n0', 'n3', 'n7', 'gone'), { maxLength: 3 }),
      }),
      { selector: (note) => note.id, maxLength: 12 },
    )
    .map((list) => list.map(({ id, order, ...data }): NoteLike => ({ id, data: { order, title: id, ...data } })));

  it('gives the same notes in the same order as scoring and sorting every candidate', () => {
    fc.assert(
      fc.property(notes, fc.integer({ min: 0, max: 5 }), (list, limit) => {
        const fast = new Map([...relatedNotes(list, limit)].map(([id, related]) => [id, related.map((n) => n.id)]));
        expect(fast).toEqual(relatedByFullSort(list, limit));
      }),
      { numRuns: 300 },
    );
  });
});
