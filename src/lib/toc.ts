/** A heading as Astro's render() reports it. */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

/** One contents entry with the entries of the level below it. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Contents that mirror the document: every h2 is an entry, and each h3 nests under the h2 before it (an h3 with no
 * h2 before it stands at the top level). Other levels are left out.
 */
export function nestHeadings(headings: readonly HeadingLike[]): TocEntry[] {
  const top: TocEntry[] = [];
  let parent: TocEntry | undefined;
  for (const h of headings) {
    const entry: TocEntry = { slug: h.slug, text: h.text, children: [] };
    if (h.depth === 2) {
      top.push(entry);
      parent = entry;
    } else if (h.depth === 3) {
      (parent ? parent.children : top).push(entry);
    }
  }
  return top;
}

/** How many entries the contents list has, nested ones included. */
export function countEntries(entries: readonly TocEntry[]): number {
  return entries.reduce((n, e) => n + 1 + countEntries(e.children), 0);
}
