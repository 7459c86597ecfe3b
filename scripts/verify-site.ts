// Checks a built site: every internal link and #fragment resolves, and html-validate finds no error on any page.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { brokenLinks, readPage, type PageLinks } from '../src/lib/build/links.ts';
import { filesBelow } from './lib/walk.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes scoped styles and its CSP meta; these rules are about hand-written HTML style, not validity.
    'no-inline-style': 'off',
    'require-sri': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'doctype-style': 'off',
    'no-redundant-role': 'off',
    'long-title': 'off',
    // HTML5 allows ids that start with a digit ("1-trade-imbalance"), which numbered headings produce.
    'valid-id': ['error', { relaxed: true }],
    // Checkboxes of one facet share a name, as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

/** Problems in the built site at `dir`, served under `base`; an empty list means it is sound. */
export function verifySite(dir: string, base: string): string[] {
  const files = filesBelow(dir).map((file) => `/${relative(dir, file).split(sep).join('/')}`);
  const sitePath = (file: string) => file.replace(/index\.html$/, '');
  const fileSet = new Set(files.flatMap((file) => [file, sitePath(file)]));
  const pages: PageLinks[] = [];
  const problems: string[] = [];
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    pages.push(readPage(sitePath(file), html));
    const report = validator.validateStringSync(html, file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2)
          problems.push(
            `${file}:${message.line}:${message.column} html-validate ${message.ruleId}: ${message.message}`,
          );
      }
    }
  }
  return [...brokenLinks(pages, fileSet, base), ...problems];
}

if (import.meta.main) {
  const [dir = 'dist', base = process.env['BASE_PATH'] || '/'] = process.argv.slice(2);
  const problems = verifySite(dir, base);
  for (const problem of problems) console.error(problem);
  console.log(problems.length ? `${problems.length} problems` : 'site verified: links, fragments and HTML are sound');
  process.exitCode = problems.length ? 1 : 0;
}
