/** The few fields of a note that ordering and relating need; pages pass whole entries. */
export interface NoteLike {
  id: string;
  data: { order: number; title: string; prelims: string[]; mains: string[]; related: string[] };
}

/** Notes in reading order: by `order`, then title, so ties are stable. */
export function readingOrder<T extends NoteLike>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** The start of the reading order a page lists, and where it continues when the set is longer. */
export interface ReadingPreview<T> {
  shown: T[];
  /** The first note not shown, if any: the reader carries on from there. */
  next: T | undefined;
  /** How many notes are not shown. */
  hidden: number;
}

/** The first `limit` notes of an ordered list: the home page stays the same size however many notes there are. */
export function readingPreview<T>(ordered: readonly T[], limit: number): ReadingPreview<T> {
  const shown = ordered.slice(0, Math.max(0, limit));
  return { shown, next: ordered[shown.length], hidden: ordered.length - shown.length };
}

const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

/**
 * Where `id` sits in `list` (0 for the first, -1 when absent). The index of a list is built once and kept as long
 * as the list is (a list must not change after its first lookup), so a page per item looking itself up stays
 * linear in the items, not quadratic.
 */
export function positionOf(list: readonly { id: string }[], id: string): number {
  let index = positions.get(list);
  if (!index) {
    index = new Map();
    for (const [i, item] of list.entries()) if (!index.has(item.id)) index.set(item.id, i);
    positions.set(list, index);
  }
  return index.get(id) ?? -1;
}

/** Previous and next note around `id` in an ordered list. */
export function prevNext<T extends { id: string }>(ordered: readonly T[], id: string): { prev?: T; next?: T } {
  const index = positionOf(ordered, id);
  if (index === -1) return {};
  const result: { prev?: T; next?: T } = {};
  const prev = ordered[index - 1];
  const next = ordered[index + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

/**
 * Related notes for every note at once (one pass per build, not per page): the editor's `related` first, then the
 * notes sharing the most prelims topics (a shared mains topic counts half), ties broken by reading order. Only the
 * best `limit` candidates are kept while scanning (no sort of every candidate), so a large site stays fast.
 */
export function relatedNotes<T extends NoteLike>(notes: readonly T[], limit: number): Map<string, T[]> {
  const byId = new Map(notes.map((note) => [note.id, note]));
  const rank = new Map(readingOrder(notes).map((note, index) => [note.id, index]));
  const ids = (groups: Map<string, T[]>) => new Map([...groups].map(([key, group]) => [key, group.map((n) => n.id)]));
  const byTopic = ids(groupBy(notes, (note) => note.data.prelims));
  const byMains = ids(groupBy(notes, (note) => note.data.mains));
  const result = new Map<string, T[]>();
  for (const note of notes) {
    const scores = new Map<string, number>();
    const add = (others: readonly string[] | undefined, weight: number) => {
      for (const other of others ?? []) if (other !== note.id) scores.set(other, (scores.get(other) ?? 0) + weight);
    };
    for (const topic of note.data.prelims) add(byTopic.get(topic), 2);
    for (const topic of note.data.mains) add(byMains.get(topic), 1);
    const chosen = [...new Set(note.data.related)].filter((id) => byId.has(id) && id !== note.id).slice(0, limit);
    const best = topScored(scores, new Set(chosen), limit - chosen.length, (id) => rank.get(id) ?? 0);
    result.set(
      note.id,
      [...chosen, ...best].map((id) => byId.get(id) as T),
    );
  }
  return result;
}

/** The `count` ids with the highest scores (ties: lower `order` first), leaving out `skip`; best first. */
function topScored(
  scores: ReadonlyMap<string, number>,
  skip: ReadonlySet<string>,
  count: number,
  order: (id: string) => number,
): string[] {
  const best: [string, number][] = [];
  if (count <= 0) return [];
  const before = (a: [string, number], b: [string, number]) => b[1] - a[1] || order(a[0]) - order(b[0]);
  for (const entry of scores) {
    if (skip.has(entry[0])) continue;
    const last = best[best.length - 1];
    if (best.length === count && last && before(entry, last) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(entry, best[at - 1] as [string, number]) < 0) at -= 1;
    best.splice(at, 0, entry);
    if (best.length > count) best.pop();
  }
  return best.map(([id]) => id);
}

/** Groups items under each key they carry (an item with three tags lands in three groups), keeping input order. */
export function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The dates that say when a note last changed. */
export interface Dated {
  data: { published: Date; updated?: Date | undefined };
}

/** When a note last changed: its update date, else its publication date. */
export function lastChanged(note: Dated): Date {
  return note.data.updated ?? note.data.published;
}

/** One line of the home page's "Latest updates": a note's publication, or a dated change to it. */
export interface Update<N> {
  note: N;
  kind: 'published' | 'changed';
  date: Date;
  /** What changed, from the note's change log; undefined for a publication or an update the log does not name. */
  text?: string | undefined;
}

/**
 * The `limit` latest updates across notes, newest first (ties in reading order, then the log's order): each note's
 * publication and every change its log names; a note updated with no log counts its `updated` date as one change.
 */
export function latestUpdates<
  N extends Dated & { data: { order: number; changes: readonly { date: Date; text: string }[] } },
>(notes: readonly N[], limit: number): Update<N>[] {
  const updates = notes.flatMap((note): Update<N>[] => {
    const { changes, published, updated } = note.data;
    const logged = changes.map((change) => ({ note, kind: 'changed' as const, date: change.date, text: change.text }));
    const unlogged = !changes.length && updated ? [{ note, kind: 'changed' as const, date: updated }] : [];
    return [...logged, ...unlogged, { note, kind: 'published', date: published }];
  });
  // sort() is stable: equal dates keep reading order, then the log's order.
  return updates
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.note.data.order - b.note.data.order)
    .slice(0, limit);
}

/** The most recent change among notes (the epoch for none), e.g. the date printed on a booklet's cover. */
export function latestChange(notes: readonly Dated[]): Date {
  return new Date(Math.max(0, ...notes.map((note) => lastChanged(note).getTime())));
}

/** A note's title before its colon, for a short link: "Defence and Security: From the 2008 …" → "Defence and Security". */
export const shortTitle = (title: string): string => title.split(':')[0]?.trim() || title;
