import { COLLECTIONS, collectionPlace, type CollectionName, type Reference } from '../../../schemas/collections.ts';
import type { ContentSet, Entry } from '../read.ts';
import { problemAt } from '../read.ts';
import { closest, type Problem } from '../problem.ts';
import { valueAt } from '../schema.ts';

/** Every value a reference path names in some data: `sources[].via` → each source's `via`, with its path. */
export function referencedValues(data: unknown, path: string): { path: PropertyKey[]; value: string }[] {
  let found: { path: PropertyKey[]; value: unknown }[] = [{ path: [], value: data }];
  for (const step of path.split('.')) {
    const list = step.endsWith('[]');
    const key = list ? step.slice(0, -2) : step;
    found = found.flatMap(({ path: at, value }) => {
      const next = valueAt(value, [key]);
      if (!list) return [{ path: [...at, key], value: next }];
      return Array.isArray(next) ? next.map((item, i) => ({ path: [...at, key, i], value: item })) : [];
    });
  }
  return found.flatMap((f) => (typeof f.value === 'string' ? [{ path: f.path, value: f.value }] : []));
}

/** The ids a reference may name: the entries of its collection, or the items of their nested list. */
function knownIds(content: ContentSet, ref: Reference): Set<string> {
  const entries = [...content.entries[ref.to].values()];
  if (!ref.nested) return new Set(entries.map((e) => e.id));
  return new Set(
    entries.flatMap((e) =>
      ((valueAt(e.data, [ref.nested ?? '']) as { id: string }[] | undefined) ?? []).map((i) => i.id),
    ),
  );
}

const isDraft = (entry: Entry | undefined) => (entry?.data as { draft?: boolean } | undefined)?.draft === true;

/**
 * One rule for every reference in the collection table: the id must exist (with a "did you mean" hint), a
 * published entry may not point at a draft where that would break a link, and an entry may not name itself.
 * Returns the problems and, per collection, the ids each collection's entries use.
 */
export function referenceProblems(content: ContentSet): {
  problems: Problem[];
  used: Map<string, Set<string>>;
} {
  const problems: Problem[] = [];
  const used = new Map<string, Set<string>>();
  for (const [name, collection] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    const refs: readonly Reference[] = 'refs' in collection ? collection.refs : [];
    for (const ref of refs) {
      // A list file with its own errors is reported once; references into it are not checked, so one mistake
      // there does not turn into an error in every note.
      if (!content.complete[ref.to]) continue;
      const known = knownIds(content, ref);
      const key = `${name}→${ref.to}`;
      if (!used.has(key)) used.set(key, new Set());
      for (const entry of content.entries[name].values()) {
        if (entry.data === undefined) continue;
        for (const { path, value } of referencedValues(entry.data, ref.path)) {
          if (ref.notSelf && ref.to === name && value === entry.id) {
            problems.push(problemAt(entry, path, `a ${COLLECTIONS[name].label} cannot list itself as ${ref.what}`));
          } else if (!known.has(value)) {
            const hint = closest(value, known);
            const where = collectionPlace(COLLECTIONS[ref.to]);
            problems.push(
              problemAt(
                entry,
                path,
                `unknown ${ref.what} "${value}"; it must be an id in ${where}${hint ? ` (did you mean "${hint}"?)` : ''}`,
              ),
            );
          } else {
            used.get(key)?.add(value);
            if (ref.published && isDraft(content.entries[ref.to].get(value)) && !isDraft(entry))
              problems.push(
                problemAt(
                  entry,
                  path,
                  `${COLLECTIONS[ref.to].label} "${value}" is a draft and will not be published, so the link would break; remove it or publish that ${COLLECTIONS[ref.to].label}`,
                ),
              );
          }
        }
      }
    }
  }
  return { problems, used };
}
