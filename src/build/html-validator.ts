import { HtmlValidate, StaticConfigLoader, type Message } from 'html-validate';

/** html-validate's rules for the built site: everything recommended, minus style rules about generated HTML. */
export const HTML_VALIDATE_CONFIG = {
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
} as const;

/** One html-validate error, without the file it was found in (results are cached by page content). */
export interface HtmlError {
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

/**
 * html-validate resolves its configuration (rules, element metadata) again for every page, which costs more than
 * validating a small page; the configuration never changes here, so it is resolved once.
 */
class ResolvedOnce extends StaticConfigLoader {
  #resolved: ReturnType<StaticConfigLoader['getConfigFor']> | undefined;
  override getConfigFor(...args: Parameters<StaticConfigLoader['getConfigFor']>) {
    this.#resolved ??= super.getConfigFor(...args);
    return this.#resolved;
  }
}

let validator: HtmlValidate | undefined;

/** The errors html-validate finds in one page. */
export function htmlErrors(html: string): HtmlError[] {
  // A static loader: the default one also searches the disk for .htmlvalidate.json files on every call.
  validator ??= new HtmlValidate(new ResolvedOnce(HTML_VALIDATE_CONFIG as never));
  const report = validator.validateStringSync(html);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message: Message) => message.severity === 2)
      .map(({ line, column, ruleId, message }) => ({ line, column, ruleId, message })),
  );
}
