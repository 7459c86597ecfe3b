// DOM for one search result, a best-bet card and the "showing results for" line: shared by the page and the dialog.
// Everything from the index goes in as text; only Pagefind's <mark> survives (see markedText). The words come from
// `t`, over the page's data-messages (`search.js.`; the search page's topic chips `search.page.js.topics`).
import type { Translate } from '../../lib/i18n/messages.ts';
import type { BetTopic } from '../../lib/search/best-bets.ts';
import { SEARCH_TYPES } from '../../lib/search-types.ts';
import type { Answer, PagefindResultData } from './search-engine.ts';

/** Sub-results (matching sections) a result shows at most. */
const SUB_LIMIT = 2;
const CHIP_LIMIT = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function titleBlock(type: string, title: string, href: string): HTMLElement[] {
  const h = element('h3');
  const a = element('a', 'result-link', title);
  a.href = href;
  h.append(a);
  return [element('p', 'result-type', type), h];
}

/** A best bet: the topic a query names, shown first as a card with its one-line summary. */
export function renderBet(t: Translate<string>, topic: BetTopic): HTMLLIElement {
  const li = element('li', 'result best-bet');
  li.append(...titleBlock(t('search.js.bestMatch'), topic.title, topic.url), element('p', 'excerpt', topic.summary));
  return li;
}

const plain = (html: string) =>
  markedText(html)
    .map((n) => n.textContent ?? '')
    .join('');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** One result: type, title, one excerpt, a few topic chips, and at most two sections whose text adds something. */
export function renderResult(
  t: Translate<string>,
  data: PagefindResultData,
  topicLabel?: (id: string) => string,
): HTMLLIElement {
  const li = element('li', 'result');
  // A page may give a display title apart from the ranked one (question pages: their subject, not their stem).
  const title = data.meta['label'] ?? data.meta['title'] ?? data.url;
  const excerpt = element('p', 'excerpt');
  excerpt.append(...markedText(data.excerpt));
  const type = SEARCH_TYPES[data.meta['type'] ?? '']?.one;
  li.append(...titleBlock(type ? t(type) : t('search.js.type.page'), title, data.url), excerpt);
  const topics = topicLabel ? (data.filters['topic'] ?? []) : [];
  if (topics.length) {
    const chips = element('ul', 'result-chips');
    chips.setAttribute('aria-label', t('search.page.js.topics'));
    chips.append(...topics.slice(0, CHIP_LIMIT).map((id) => element('li', undefined, topicLabel?.(id) ?? id)));
    li.append(chips);
  }
  const seen = new Set([squash(title), squash(plain(data.excerpt))]);
  const subs = data.sub_results.flatMap((sub) => {
    // Pagefind starts a section's excerpt with its heading; drop that so the line does not say it twice.
    const text = squash(plain(sub.excerpt));
    const rest = text.startsWith(squash(sub.title))
      ? text.slice(squash(sub.title).length).replace(/^[\s.:—-]+/, '')
      : text;
    if (!sub.anchor || !sub.url.includes('#') || seen.has(squash(sub.title)) || !rest || seen.has(rest)) return [];
    seen.add(squash(sub.title));
    seen.add(rest);
    return [sub];
  });
  if (subs.length) {
    const ul = element('ul', 'sub-results');
    ul.setAttribute('aria-label', t('search.js.sections'));
    for (const sub of subs.slice(0, SUB_LIMIT)) {
      const item = element('li');
      const link = element('a', undefined, sub.title);
      link.href = sub.url;
      const text = element('span', 'sub-excerpt');
      text.append(' — ', ...withoutHeading(markedText(sub.excerpt), sub.title));
      item.append(link, text);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** Drops a leading copy of the heading from an excerpt's nodes, keeping the marks of what follows. */
function withoutHeading(nodes: Node[], heading: string): Node[] {
  let left = heading.trim();
  const out: Node[] = [];
  for (const node of nodes) {
    const text = node.textContent ?? '';
    if (!left) {
      out.push(node);
      continue;
    }
    const trimmed = text.trimStart();
    const take = Math.min(left.length, trimmed.length);
    if (trimmed.slice(0, take).toLowerCase() !== left.slice(0, take).toLowerCase()) {
      left = '';
      out.push(node);
      continue;
    }
    left = left.slice(take).trimStart();
    const rest = trimmed.slice(take).replace(/^[\s.:—-]+/, '');
    if (rest) {
      node.textContent = rest;
      out.push(node);
    }
  }
  return out;
}

/** A slot's mark in a filled message: a private-use character no typed query holds, around the slot's name. */
const SLOT = (name: string) => `\uE000${name}\uE000`;

/** The text of a message filled with SLOT marks, with each mark replaced by its node (the mark's name in `nodes`). */
function slotted(text: string, nodes: Record<string, Node>): (string | Node)[] {
  return text
    .split(/\uE000(\w+)\uE000/)
    .map((part, i) => (i % 2 ? (nodes[part] ?? '') : part))
    .filter((part) => part !== '');
}

/**
 * "Showing results for JIMEX (searched for jimx)" with a link to search exactly as typed; for a Hindi query the
 * same in Hindi first, since the notes are in English for now. Empty when the query was searched as typed.
 */
export function renderRewrite(
  t: Translate<string>,
  answer: Answer | null,
  q: string,
  exactHref: string,
  topicsHref: string,
): Node[] {
  const out: Node[] = [];
  if (answer?.hindi) {
    const hi = element('p', 'hindi-note');
    hi.lang = 'hi';
    hi.textContent = answer.rewrite
      ? t('search.js.hindi.rewrite', { query: q, term: answer.rewrite.to })
      : t('search.js.hindi.none');
    out.push(hi);
    if (!answer.rewrite) {
      const link = element('a', undefined, t('search.js.hindi.browse'));
      link.href = topicsHref;
      out.push(link);
      return out;
    }
  }
  if (!answer?.rewrite) return out;
  const p = element('p', 'rewrite');
  const strong = element('strong', undefined, answer.rewrite.to);
  const exact = element('a', undefined, t('search.js.exact', { query: q }));
  exact.href = exactHref;
  p.append(
    ...slotted(t('search.js.rewrite', { term: SLOT('term'), query: q, exact: SLOT('exact') }), { term: strong, exact }),
  );
  out.push(p);
  return out;
}

/** Pagefind excerpts mark matches with <mark>; keep only text and those marks, so nothing else can be injected. */
export function markedText(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out: Node[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof HTMLElement && child.tagName === 'MARK')
        out.push(element('mark', undefined, child.textContent));
      else walk(child);
    }
  };
  walk(template.content);
  return out;
}
