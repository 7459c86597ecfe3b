// A flashcard's question from its quick-revision line: the line with its first year (or, failing that, its first
// figure) blanked out, so the front asks something that can be answered ("ACSA was signed in ____."). Lines in
// every language keep their digits, so the same rule serves Hindi cards. Pure.

/** A line cut around the part the card asks for. */
export interface Cloze {
  before: string;
  answer: string;
  after: string;
}

/**
 * A year: 1900–2099, not part of a longer number ("2,0231", "2023.5") or a date range's other end ("2023-24" asks for
 * 2023); a comma or full stop after it is punctuation ("DRDO–ATLA: 2018, talks").
 */
const YEAR = /(?<![\d.,])(?:19|20)\d\d(?!\d|[,.]\d)/;
/**
 * A figure: two or more digits, or a decimal, with its thousands separators and a trailing % or + ("10,000",
 * "2.5%", "500,000+"); not the number of a name ("FY24", "G20", "H3") or of "2+2".
 */
const FIGURE = /(?<![\p{L}\d.,+])\d+(?:,\d{2,3})*(?:\.\d+)?(?:%|\+(?!\d))?(?!\d|\+\d)/gu;

/** The cloze of `line`, or undefined when it holds neither a year nor a figure worth asking for. */
export function cloze(line: string): Cloze | undefined {
  const year = YEAR.exec(line);
  const figure =
    year ?? [...line.matchAll(FIGURE)].find((m) => m[0].replace(/\D/g, '').length >= 2 || m[0].includes('.'));
  if (!figure) return undefined;
  const start = figure.index;
  return { before: line.slice(0, start), answer: figure[0], after: line.slice(start + figure[0].length) };
}
