import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { LANG_TAG } from '../lib/i18n/locales.ts';
import { renderContext } from './render-context.ts';

/**
 * A run of English inside other text: Latin-script words (with the spaces and punctuation between them) of which at
 * least one is a word, not an acronym ("Joint Declaration on Security Cooperation", "The Hindu"; not "ODA" or "2+2").
 */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9'’.&/-]*(?:[ ,:;–-]+[A-Za-z][A-Za-z0-9'’.&/-]*)*/g;
const HAS_WORD = /[a-z]{2}/;
/** Elements whose text is not prose. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'svg']);

/** `text` split into plain text and `<span lang="en-IN">` around each English run. */
export function splitRuns(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    const run = match[0];
    if (!HAS_WORD.test(run)) continue;
    const start = match.index;
    if (start > last) out.push({ type: 'text', value: text.slice(last, start) });
    out.push({
      type: 'element',
      tagName: 'span',
      properties: { lang: LANG_TAG.en },
      children: [{ type: 'text', value: run }],
    });
    last = start + run.length;
  }
  if (last === 0) return [{ type: 'text', value: text }];
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/**
 * In a translation (render-context.ts), marks every run of English in the body `lang="en-IN"` (official names in
 * brackets, publication titles, a quoted English phrase), so a screen reader switches voice and the browser
 * hyphenates and shapes each run in its own language. English bodies are left as they are.
 */
export function rehypeLangRuns() {
  return (tree: Root, file?: VFile) => {
    const locale = renderContext(file)?.locale;
    if (!locale || locale === 'en') return;
    const walk = (parent: Root | Element) => {
      const children: (Root | Element)['children'][number][] = [];
      for (const child of parent.children) {
        if (child.type === 'text') children.push(...splitRuns((child as Text).value));
        else {
          if (child.type === 'element' && !SKIP.has(child.tagName) && child.properties['lang'] === undefined)
            walk(child);
          children.push(child);
        }
      }
      parent.children = children as typeof parent.children;
    };
    walk(tree);
  };
}
