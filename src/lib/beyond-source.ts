/**
 * Facts a note adds beyond its news source are written as a marked blockquote, in the style of GitHub's alerts:
 *
 *     > [!BEYOND]
 *     > The civil nuclear agreement was signed in 2016.
 *
 * The remark plugin renders it as a labelled note; the content checker rejects unknown or empty markers.
 */

/** The marker names a blockquote may open with, and what each renders as. */
export const MARKERS = {
  BEYOND: { label: 'Beyond the source', hint: 'added by us, not from the news article' },
} as const;
export type MarkerName = keyof typeof MARKERS;

/** `[!NAME]` at the very start of a blockquote's text; group 1 is the name. */
export const MARKER_START = /^\[!([A-Za-z][A-Za-z-]*)\][ \t]*/;

/** A Markdown source line that opens a marked blockquote: `> [!NAME] optional text`. */
export const MARKER_LINE = /^ {0,3}>[ \t]?\[!([A-Za-z][A-Za-z-]*)\][ \t]*(.*)$/;

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
