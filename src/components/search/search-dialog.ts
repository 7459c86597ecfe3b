// The search dialog opened from the header (or Ctrl/⌘+K, or "/"): best bets and the first results as you type,
// without leaving the page. HeaderSearch loads this file the first time the dialog opens, never before. Its words
// come from the dialog's data-messages, in the page's language.
import { clientTranslator } from '../../lib/i18n/client.ts';
import { serializeSearchState } from '../../lib/search-state.ts';
import { renderBet, renderResult, renderRewrite } from './render-result.ts';
import { createEngine } from './search-engine.ts';

/** Results the dialog lists; the full search page has the rest and the filters. */
const DIALOG_RESULTS = 5;

const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
if (dialog) startDialog(dialog);

function startDialog(dialog: HTMLDialogElement) {
  const base = dialog.dataset['base'] ?? '/';
  const home = dialog.dataset['home'] ?? base;
  const root = home.replace(/\/$/, '');
  const engine = createEngine(base, home);
  const t = clientTranslator(dialog.dataset['messages'], document.documentElement.lang);
  const form = dialog.querySelector('form') as HTMLFormElement;
  const input = dialog.querySelector('input') as HTMLInputElement;
  const status = dialog.querySelector('.status') as HTMLElement;
  const rewrite = dialog.querySelector('.search-rewrite') as HTMLElement;
  const list = dialog.querySelector('.search-results') as HTMLOListElement;
  const full = dialog.querySelector<HTMLAnchorElement>('[data-full]') as HTMLAnchorElement;
  const searchHref = (q: string, exact = false) =>
    `${root}/search/${serializeSearchState({ q, filters: {}, ...(exact ? { exact: true as const } : {}) })}`;
  let generation = 0;
  let typing: number | undefined;

  async function run() {
    const mine = ++generation;
    const q = input.value.trim();
    full.href = searchHref(q);
    if (!q) {
      list.replaceChildren();
      rewrite.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = t('search.js.searching');
    const answer = await engine.ask(q, {}, false);
    if (mine !== generation) return;
    if (!answer) {
      status.textContent = t('search.js.indexFailed');
      return;
    }
    const bets = answer.bets.topics;
    const skip = new Set(bets.map((b) => b.url));
    const data = await Promise.all(answer.search.results.slice(0, DIALOG_RESULTS).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(
      ...bets.map((bet) => renderBet(t, bet)),
      ...data.filter((d) => !skip.has(d.url)).map((d) => renderResult(t, d)),
    );
    rewrite.replaceChildren(...renderRewrite(t, answer, q, searchHref(q, true), `${root}/topics/`));
    const count = answer.search.results.length;
    const term = answer.term;
    if (term) status.textContent = count ? t('search.js.countFor', { count, term }) : t('search.js.noneFor', { term });
    else status.textContent = count ? t('search.js.count', { count }) : t('search.js.none');
  }

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => void run(), 150);
  });
  // Enter opens the best match (searching first if the list is not up to date), or the full search page when there is
  // none: on a phone keyboard, Enter ("Go") is how a search is sent. ↓ reaches the other results.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    const q = input.value.trim();
    if (!q) return;
    void run().then(() => location.assign(links()[0]?.href ?? searchHref(q)));
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && event.key === 'ArrowDown' && all[0]) {
      event.preventDefault();
      all[0].focus();
    } else if (index !== -1) {
      event.preventDefault();
      if (event.key === 'ArrowUp' && index === 0) input.focus();
      else all[Math.max(0, Math.min(all.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    }
  });
  dialog.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the frame) closes the dialog.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  if (input.value.trim()) void run();
}
