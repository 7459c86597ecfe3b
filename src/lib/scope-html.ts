import { parse } from 'node-html-parser';

/** Elements whose `aria-label` makes them a landmark, whose name must be unique on a page. */
const LANDMARKS = 'section[aria-label], aside[aria-label], nav[aria-label], form[aria-label]';

/**
 * Makes a rendered note safe to place beside others on one page (a booklet): every id and `#fragment` link gets a
 * prefix so two notes' "Key takeaways" do not collide, headings move down `shift` levels so each note's sections
 * sit under its title (h2 → h3 when the note title is an h2), and, given the note's `title`, each named landmark
 * (a table's scrolling region) says which note it belongs to, so two notes' "Table: Key figures" stay distinct.
 */
export function scopeHtml(html: string, prefix: string, shift = 1, title?: string): string {
  const root = parse(html);
  if (title) {
    for (const el of root.querySelectorAll(LANDMARKS)) {
      el.setAttribute('aria-label', `${el.getAttribute('aria-label') ?? ''} (${title})`);
    }
  }
  for (const el of root.querySelectorAll('[id]')) el.setAttribute('id', `${prefix}-${el.getAttribute('id')}`);
  for (const name of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for']) {
    for (const el of root.querySelectorAll(`[${name}]`)) {
      const ids = (el.getAttribute(name) ?? '').split(/\s+/).filter(Boolean);
      el.setAttribute(name, ids.map((id) => `${prefix}-${id}`).join(' '));
    }
  }
  for (const el of root.querySelectorAll('a[href^="#"]')) {
    const href = el.getAttribute('href') ?? '#';
    if (href.length > 1) el.setAttribute('href', `#${prefix}-${href.slice(1)}`);
  }
  if (shift > 0) {
    for (const el of root.querySelectorAll('h1, h2, h3, h4, h5')) {
      const level = Math.min(6, Number(el.tagName.slice(1)) + shift);
      el.tagName = `h${level}`;
    }
  }
  return root.toString();
}
