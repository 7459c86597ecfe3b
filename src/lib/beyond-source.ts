/**
 * Facts a note adds beyond its news source are written as a marked blockquote, in the style of GitHub's alerts,
 * naming on the marker line the citations (declared in the frontmatter) they rest on:
 *
 *     > [!BEYOND] mea-civil-nuclear-2016
 *     > The civil nuclear agreement was signed in November 2016.
 *
 * `[!CORRECTION]` says where the news article is wrong or out of date: what it gives, what the cited source gives.
 * The remark plugin renders each as a labelled note with its sources; the content checker rejects unknown or empty
 * markers, a block that cites nothing, and a citation id the file does not declare.
 */

/** The marker names a blockquote may open with; their labels are interface strings (`markdown.` in src/i18n). */
export const MARKERS = { BEYOND: {}, CORRECTION: {} } as const;
export type MarkerName = keyof typeof MARKERS;

/** `[!NAME]` at the very start of a blockquote's text; group 1 is the name. */
export const MARKER_START = /^\[!([A-Za-z][A-Za-z-]*)\][ \t]*/;

/** A Markdown source line that opens a marked blockquote: `> [!NAME] optional text`. */
export const MARKER_LINE = /^ {0,3}>[ \t]?\[!([A-Za-z][A-Za-z-]*)\][ \t]*(.*)$/;

/** The citation ids a marker line names after the marker: `mea-2025 jica-2024` (spaces or commas between). */
export function markerCitations(rest: string): string[] {
  return rest
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** True when `name` is a marker we render. */
export function isMarker(name: string): name is MarkerName {
  return Object.hasOwn(MARKERS, name);
}

/** Why a marker is wrong, or undefined when it is one we render. */
export function markerProblem(name: string, empty: boolean): string | undefined {
  const known = Object.keys(MARKERS)
    .map((n) => `[!${n}]`)
    .join(', ');
  if (!isMarker(name)) {
    const hint = isMarker(name.toUpperCase()) ? ` (write it in capitals: [!${name.toUpperCase()}])` : '';
    return `unknown marker "[!${name}]"${hint}; the markers are ${known}`;
  }
  if (empty) return `the [!${name}] block is empty; write the fact on the lines after it, each starting with ">"`;
  return undefined;
}

/** Why a marker's citations are wrong (none named, or one the file does not declare), or undefined. */
export function markerCitationProblem(
  name: string,
  cites: readonly string[],
  known: ReadonlySet<string>,
): string | undefined {
  if (!isMarker(name)) return undefined;
  if (cites.length === 0)
    return `the [!${name}] block cites no source; name its citation ids on the marker line ("> [!${name}] mea-2025") and declare them under citations in the frontmatter`;
  const unknown = cites.find((id) => !known.has(id));
  if (unknown === undefined) return undefined;
  const list = known.size ? `; this file declares ${[...known].map((k) => `"${k}"`).join(', ')}` : '';
  return `the [!${name}] block cites "${unknown}", which is not under citations in the frontmatter${list}`;
}
