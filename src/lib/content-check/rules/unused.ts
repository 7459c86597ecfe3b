import { COLLECTIONS, type CollectionName } from '../../../schemas/collections.ts';
import type { Problem } from '../problem.ts';
import type { ContentSet } from '../read.ts';

/**
 * Entries nobody lists (a topic no note uses): worth a look, not a failure. Only said when every entry of the
 * listing collection is valid: otherwise the one with the error may be the one that lists the entry.
 */
export function unusedProblems(content: ContentSet, used: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  for (const [name, collection] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    if (!('usedBy' in collection)) continue;
    const by = collection.usedBy;
    if ([...content.entries[by].values()].some((entry) => entry.data === undefined)) continue;
    const ids = used.get(`${by}→${name}`) ?? new Set();
    for (const entry of content.entries[name].values()) {
      if (!ids.has(entry.id))
        problems.push({
          severity: 'warning',
          file: entry.file,
          field: 'id',
          message: `no ${COLLECTIONS[by].label} lists this ${collection.label} ("${entry.id}")`,
        });
    }
  }
  return problems;
}
