import type { Element, ElementContent, Root, RootContent } from 'hast';
import GithubSlugger from 'github-slugger';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE, useTranslations, type Locale, type UiKey } from '../lib/i18n/index.ts';
import type { Translate } from '../lib/i18n/messages.ts';
import { renderContext } from './render-context.ts';

const HEADING = /^h[1-6]$/;
/** Headings that get a copyable anchor link: the ones the contents list shows. */
const ANCHORED = new Set(['h2', 'h3']);

/** The text of a node, as a reader sees it. */
function textOf(node: Element | ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** A heading followed by its anchor link; the link sits outside the heading so the heading's name stays its text. */
function anchored(heading: Element, id: string, text: string, t: Translate<UiKey>): Element {
  return el('div', { className: ['heading-wrap', `heading-wrap-${heading.tagName}`] }, [
    heading,
    // Left out of the search index: its words would otherwise turn up in result excerpts ("#Link to the section …").
    el('a', { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: 'all' }, [
      el('span', { ariaHidden: 'true' }, [{ type: 'text', value: '#' }]),
      el('span', { className: ['visually-hidden'] }, [
        { type: 'text', value: t('markdown.anchor', { heading: text }) },
      ]),
    ]),
  ]);
}

/** A table inside a focusable, named region that scrolls sideways on a narrow screen. */
function scrollable(table: Element, label: string): Element {
  // A <section> with a name is a region landmark: no role attribute needed.
  return el('section', { className: ['table-scroll'], tabIndex: 0, ariaLabel: label }, [table]);
}

/**
 * Reading aids for note bodies: every heading gets its id here (github-slugger, as Astro would, so Astro keeps it and
 * the contents list matches), h2 and h3 get a copyable anchor link, and every table is wrapped in a keyboard-focusable
 * scrolling region named after its caption or the heading before it (numbered when a name repeats). The labels are
 * in `locale`'s language.
 */
export function rehypeReading({ locale: configured = DEFAULT_LOCALE }: { locale?: Locale } = {}) {
  return (tree: Root, file?: VFile) => {
    // A translation's headings take the ids of its English twin's, position by position (render-context.ts).
    const context = renderContext(file);
    const { t } = useTranslations(context?.locale ?? configured);
    const twinIds = context?.headingIds ?? [];
    let headingIndex = 0;
    const slugger = new GithubSlugger();
    let lastHeading = '';
    // Two tables under one heading would make two regions of one name, which html-validate fails: later ones are
    // numbered ("Table 2: Trade").
    const tables = new Map<string, number>();
    const tableName = (name: string) => {
      const n = (tables.get(name) ?? 0) + 1;
      tables.set(name, n);
      if (n === 1) return name ? t('markdown.table.named', { name }) : t('markdown.table');
      return name
        ? t('markdown.table.numberedNamed', { number: n, name })
        : t('markdown.table.numbered', { number: n });
    };
    const walk = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== 'element') return child;
        if (HEADING.test(child.tagName)) {
          const text = textOf(child).trim();
          const twinId = twinIds[headingIndex++];
          const id =
            typeof child.properties['id'] === 'string' ? child.properties['id'] : (twinId ?? slugger.slug(text));
          child.properties['id'] = id;
          lastHeading = text;
          return ANCHORED.has(child.tagName) ? anchored(child, id, text, t) : child;
        }
        if (child.tagName === 'table') {
          const caption = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
          const name = caption ? textOf(caption).trim() : lastHeading;
          return scrollable(child, tableName(name));
        }
        walk(child);
        return child;
      }) as typeof parent.children;
    };
    walk(tree);
  };
}
