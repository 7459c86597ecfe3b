import { parse, type HTMLElement } from 'node-html-parser';

/**
 * What joins a note's id to an id inside the note once scoped. Note ids are kebab-case and never hold two hyphens
 * in a row, so the first "--" of a scoped id ends the note's id: two notes' ids can never meet ("trade" +
 * "investment-targets" and "trade-investment" + "targets" stay apart), and no id of the page around the notes
 * (none holds "--") is ever taken.
 */
export const SCOPE_SEPARATOR = '--';

/** The id an element of note `prefix` gets once scoped. */
export const scopedId = (prefix: string, id: string): string => `${prefix}${SCOPE_SEPARATOR}${id}`;

/** Elements that are landmarks by their tag, and the roles that make any element one (html-validate's list). */
const LANDMARK_TAGS = new Set(['ASIDE', 'FOOTER', 'FORM', 'HEADER', 'MAIN', 'NAV', 'SECTION']);
const LANDMARK_ROLES = new Set(['complementary', 'contentinfo', 'form', 'banner', 'main', 'navigation', 'region']);
const LANDMARK_SELECTOR = 'aside, footer, form, header, main, nav, section, [role]';
const LABELLED_LANDMARK =
  /<(?:aside|footer|form|header|main|nav|section|[a-z][a-z0-9-]*\s[^>]*\brole=)[^>]*\saria-labelledby=/i;

const isLandmark = (el: HTMLElement) =>
  LANDMARK_ROLES.has(el.getAttribute('role') ?? '') || (!el.hasAttribute('role') && LANDMARK_TAGS.has(el.tagName));

/** A landmark's accessible name from aria-label or the elements aria-labelledby names; undefined when unnamed. */
function landmarkName(el: HTMLElement, byId: Map<string, HTMLElement>): string | undefined {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const parts = ids.map((id) => byId.get(id));
  if (!ids.length || parts.some((part) => part === undefined)) return undefined;
  return parts
    .map((part) => part?.textContent.replace(/\s+/g, ' ').trim() ?? '')
    .join(' ')
    .trim();
}

/**
 * Makes a rendered note (or a part of its page) safe to place beside others on one page (a booklet): every id and
 * `#fragment` link gets the note's prefix (see SCOPE_SEPARATOR) so two notes' "Key takeaways" do not collide,
 * headings move down `shift` levels so each note's sections sit under its title (h2 → h3 when the note title is an
 * h2), and, given the note's `title`, each named landmark (a table's scrolling region, a timeline) says which note
 * it belongs to, so two notes' "Timeline" stay distinct. A landmark named by a heading inside it is given that
 * name as its label, as the heading's text plus the title.
 */
export function scopeHtml(html: string, prefix: string, shift = 1, title?: string): string {
  const root = parse(html);
  if (title) {
    const byId = new Map(root.querySelectorAll('[id]').map((el) => [el.getAttribute('id') ?? '', el]));
    for (const el of root.querySelectorAll(LANDMARK_SELECTOR)) {
      if (!isLandmark(el)) continue;
      const name = landmarkName(el, byId);
      if (name === undefined) continue;
      el.setAttribute('aria-label', name ? `${name} (${title})` : title);
      el.removeAttribute('aria-labelledby');
    }
  }
  for (const el of root.querySelectorAll('[id]')) el.setAttribute('id', scopedId(prefix, el.getAttribute('id') ?? ''));
  for (const name of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'for', 'headers']) {
    for (const el of root.querySelectorAll(`[${name}]`)) {
      const ids = (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean);
      el.setAttribute(name, ids.map((id) => scopedId(prefix, id)).join(' '));
    }
  }
  for (const el of root.querySelectorAll('a[href^="#"]')) {
    const href = el.getAttribute('href') ?? '#';
    if (href.length > 1) el.setAttribute('href', `#${scopedId(prefix, href.slice(1))}`);
  }
  if (shift > 0) {
    for (const el of root.querySelectorAll('h1, h2, h3, h4, h5')) {
      const level = Math.min(6, Number(el.tagName.slice(1)) + shift);
      el.tagName = `h${level}`;
    }
  }
  return root.toString();
}

/**
 * Gives every named landmark of a composed page fragment a name of its own: where two still share one (two notes
 * with the same title, each with a timeline), the second and later are numbered, "Timeline (Trade) 2". The last
 * guard of booklet composition: html-validate fails a page on which two landmarks of a kind share a name.
 */
export function uniqueLandmarks(html: string): string {
  // A whole booklet page is large: parse it only when a name may repeat (a repeated aria-label, or a landmark
  // named by aria-labelledby, whose name the page text decides).
  const labels = [...html.matchAll(/\saria-label="([^"]*)"/g)].map((m) => m[1]);
  if (new Set(labels).size === labels.length && !LABELLED_LANDMARK.test(html)) return html;
  const root = parse(html);
  const byId = new Map(root.querySelectorAll('[id]').map((el) => [el.getAttribute('id') ?? '', el]));
  const landmarks = root.querySelectorAll(LANDMARK_SELECTOR).filter(isLandmark);
  const named = landmarks.flatMap((el) => {
    const name = landmarkName(el, byId);
    return name ? [{ el, name }] : [];
  });
  const taken = new Set<string>();
  const counts = new Map<string, number>();
  for (const { name } of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > 1)) return html;
  for (const { name } of named) taken.add(name);
  const seen = new Set<string>();
  for (const { el, name } of named) {
    if (!seen.has(name)) {
      seen.add(name);
      continue;
    }
    let n = 2;
    while (taken.has(`${name} ${n}`)) n++;
    taken.add(`${name} ${n}`);
    el.setAttribute('aria-label', `${name} ${n}`);
    el.removeAttribute('aria-labelledby');
  }
  return root.toString();
}
