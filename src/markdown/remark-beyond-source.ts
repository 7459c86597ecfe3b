import type { Blockquote, Paragraph, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isMarker, MARKER_START, markerCitations, type MarkerName } from '../lib/beyond-source.ts';
import { formatDate } from '../lib/dates.ts';
import { DEFAULT_LOCALE, LANG_TAG, useTranslations, type Locale, type UiKey } from '../lib/i18n/index.ts';
import { hasDevanagari } from '../lib/i18n/runs.ts';
import { renderContext } from './render-context.ts';

/** A citation as it reaches the renderer: the parsed frontmatter (a Date), or raw YAML (a string) in tests. */
interface CitationData {
  id: string;
  publisher: string;
  title: string;
  date: Date | string;
  url: string;
}

const dateOf = (value: Date | string): Date => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`));

/** Each marker's visible label and the hint after it, as interface strings. */
const MARKER_KEYS: Readonly<Record<MarkerName, { label: UiKey; hint: UiKey }>> = {
  BEYOND: { label: 'markdown.beyond.label', hint: 'markdown.beyond.hint' },
  CORRECTION: { label: 'markdown.correction.label', hint: 'markdown.correction.hint' },
};

/** "Source: Publisher, “Title”, 29 August 2025" with the title linked, one entry per cited id, in order. */
function sourceLine(ids: readonly string[], citations: readonly CitationData[], locale: Locale): Paragraph | undefined {
  const { t } = useTranslations(locale);
  const cited = ids.flatMap((id) => citations.filter((c) => c.id === id));
  if (cited.length === 0) return undefined;
  const children: PhrasingContent[] = [{ type: 'text', value: t('markdown.sources', { count: cited.length }) }];
  cited.forEach((c, i) => {
    if (i > 0) children.push({ type: 'text', value: t('markdown.source.separator') });
    children.push(
      { type: 'text', value: t('markdown.source.before', { publisher: c.publisher }) },
      {
        type: 'link',
        url: c.url,
        // A Hindi source's title on an English page is a run of the other language (a Latin title on a Hindi page
        // is marked later, with the body's other English runs, by rehype-lang-runs).
        ...(locale === DEFAULT_LOCALE && hasDevanagari(c.title)
          ? { data: { hProperties: { lang: LANG_TAG.hi } } }
          : {}),
        children: [{ type: 'text', value: t('markdown.source.title', { title: c.title }) }],
      },
      { type: 'text', value: t('markdown.source.after', { date: formatDate(dateOf(c.date), locale) }) },
    );
  });
  return { type: 'paragraph', data: { hProperties: { className: ['marker-source'] } }, children };
}

/**
 * Turns `> [!BEYOND] ids` and `> [!CORRECTION] ids` blockquotes into a note with a visible label ("Beyond the
 * source") and its sources (publisher, linked title, date) from the frontmatter's `citations`, so readers, screen
 * readers and black-and-white printouts all see which facts did not come from the news article and where they do
 * come from (print.css prints each link's URL). No raw HTML in the Markdown: the elements and classes are set
 * through mdast's hName/hProperties. The labels and dates are in `locale`'s language.
 */
export function remarkBeyondSource({ locale: configured = DEFAULT_LOCALE }: { locale?: Locale } = {}) {
  return (tree: Root, file: VFile) => {
    // A translation is labelled in its own language (render-context.ts).
    const locale = renderContext(file)?.locale ?? configured;
    const { t } = useTranslations(locale);
    const frontmatter = (file.data as { astro?: { frontmatter?: { citations?: CitationData[] } } }).astro?.frontmatter;
    const citations = Array.isArray(frontmatter?.citations) ? frontmatter.citations : [];
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = MARKER_START.exec(text.value);
      const name = match?.[1];
      if (!match || !name || !isMarker(name)) return;
      // The rest of the marker's line names the citations; the fact starts on the next line.
      const rest = text.value.slice(match[0].length);
      const lineEnd = rest.search(/\r?\n/);
      const ids = markerCitations(lineEnd === -1 ? rest : rest.slice(0, lineEnd));
      text.value = lineEnd === -1 ? '' : rest.slice(lineEnd).replace(/^\r?\n/, '');
      if (text.value === '') first.children.shift();
      if (first.children.length === 0) node.children.shift();
      const keys = MARKER_KEYS[name];
      const heading: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['marker-label'] } },
        children: [
          { type: 'strong', children: [{ type: 'text', value: t(keys.label) }] },
          { type: 'text', value: t('markdown.marker.hint', { hint: t(keys.hint) }) },
        ],
      };
      node.children.unshift(heading);
      const source = sourceLine(ids, citations, locale);
      if (source) node.children.push(source);
      node.data = {
        ...node.data,
        hName: 'div',
        hProperties: { className: ['marker', `marker-${name.toLowerCase()}`], role: 'note' },
      };
    });
  };
}
