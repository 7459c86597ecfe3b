// The few DOM helpers the /progress/ scripts share (the offline section of /progress/ uses them too).

/** The element with this id (the page's markup guarantees it). */
export const $ = (id: string) => document.getElementById(id) as HTMLElement;

/** A list item holding the parts. */
export function item(...parts: (string | Node)[]): HTMLLIElement {
  const li = document.createElement('li');
  li.append(...parts);
  return li;
}

/** A link with text. */
export function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
