import type { Citation } from '../schemas/citation.ts';

/** The citation a `cite:` field names, from the same file's list; undefined when there is no `cite`. */
export function citationFor(citations: readonly Citation[], id: string | undefined): Citation | undefined {
  return id === undefined ? undefined : citations.find((c) => c.id === id);
}
