import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { LANG_TAG } from '../lib/i18n/locales.ts';
import { textRuns } from '../lib/i18n/runs.ts';
import { renderContext } from './render-context.ts';

/** Elements whose text is not prose. */
const SKIP = new Set(['code', 'pre', 'script', 'style', 'svg']);

/** `text` split into plain text and `<span lang="en-IN">` around each English run (src/lib/i18n/runs.ts). */
export function splitRuns(text: string): ElementContent[] {
  return textRuns(text).map((run) =>
    run.english
      ? {
          type: 'element',
          tagName: 'span',
          properties: { lang: LANG_TAG.en },
          children: [{ type: 'text', value: run.text }],
        }
      : { type: 'text', value: run.text },
  );
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
