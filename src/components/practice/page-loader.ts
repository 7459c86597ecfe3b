// Fetches question-bank and flashcard-deck pages for /practice/ and hands back their elements, with the loading
// status and the error-and-Retry that LoadStatus.astro lays out. Pages are fetched once per visit; a failed fetch
// is forgotten so Retry asks again (the service worker answers from its cache when the reader is offline). The
// status's words come from LoadStatus's data-messages, in the page's language.
import { clientTranslator } from '../../lib/i18n/client.ts';
import { localeOfTag } from '../../lib/i18n/locales.ts';
import { url } from '../../lib/urls.ts';

const pages = new Map<string, Promise<Document>>();

/** The parsed page at a site path (base path added here). */
export function loadPage(path: string): Promise<Document> {
  let page = pages.get(path);
  if (!page) {
    page = fetch(url(path, localeOfTag(document.documentElement.lang)))
      .then((response) => {
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return response.text();
      })
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    pages.set(path, page);
    page.catch(() => pages.delete(path));
  }
  return page;
}

/** Elements matching `selector` on the pages at `paths`, fetched in parallel, moved into this document. */
export async function adoptFrom(paths: readonly string[], selector: string): Promise<HTMLElement[]> {
  const docs = await Promise.all(paths.map(loadPage));
  return docs.flatMap((doc) => [...doc.querySelectorAll<HTMLElement>(selector)].map((el) => document.adoptNode(el)));
}

/** Empties the status and hides the error of LoadStatus `id`: the reader moved on to something already loaded. */
export function clearStatus(id: string): void {
  document.getElementById(`${id}-loading`)!.textContent = '';
  document.getElementById(`${id}-error`)!.hidden = true;
}

/**
 * Runs `load` with the status and error of LoadStatus `id`: "Loading …" while it runs, and on failure a message
 * with a Retry button that runs it again. After a successful retry the button is gone, so focus goes to what
 * `after` returns: the first control of what was loaded. The words are LoadStatus `id`'s own
 * (practice.load.<id>.loading and .failed); `_what`, what loads, is not shown (kept while callers pass it).
 */
export function loadWithStatus(
  id: string,
  _what: string,
  load: () => Promise<void>,
  after?: () => HTMLElement | null | undefined,
): Promise<boolean> {
  const loading = document.getElementById(`${id}-loading`)!;
  const error = document.getElementById(`${id}-error`)!;
  const message = error.querySelector<HTMLElement>('[data-message]')!;
  const retry = error.querySelector<HTMLButtonElement>('[data-retry]')!;
  const t = clientTranslator(loading.dataset['messages'], document.documentElement.lang);
  let busy = false;
  const attempt = async (retrying: boolean): Promise<boolean> => {
    // Not `disabled`: a disabled button loses focus, and a reader retrying offline would lose their place.
    busy = true;
    loading.textContent = t(`practice.load.${id}.loading`);
    try {
      await load();
      loading.textContent = '';
      error.hidden = true;
      if (retrying) after?.()?.focus();
      return true;
    } catch {
      loading.textContent = '';
      message.textContent = t(`practice.load.${id}.failed`);
      error.hidden = false;
      return false;
    } finally {
      busy = false;
    }
  };
  // A property, not a listener: each call takes over the one Retry button of its LoadStatus.
  retry.onclick = () => {
    if (!busy) void attempt(true);
  };
  return attempt(false);
}
