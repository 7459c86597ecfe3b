// "Mark as revised" and "Bookmark" on a note page. Bundled on its own (NoteProgress.astro imports it with
// ?worker&url) and added as a script only when the reader reaches or touches the controls.
// A note is revised at most once a day; after marking it, an undo button takes that day's revision back (the
// record before it is kept in sessionStorage for this tab).
import './zod-jitless.ts';
import { clientTranslator, localeOf } from '../../lib/i18n/client.ts';
import { markRevised, restoreRevised, toggleBookmark } from '../../lib/practice/progress-format.ts';
import { formatDay, localDay } from '../../lib/practice/spaced.ts';
import { revisedSchema, type Progress, type Revised } from '../../schemas/progress.ts';
import { loadProgress, updateProgress } from './store.ts';

const undoKey = (note: string) => `ijn-revised-undo:${note}`;

/** The note's record before today's revision, when this tab marked it: `undefined` inside means "none before". */
function keptBefore(note: string): { before: Revised | undefined } | null {
  try {
    const text = sessionStorage.getItem(undoKey(note));
    if (text === null) return null;
    const value: unknown = JSON.parse(text);
    if (value === null) return { before: undefined };
    const parsed = revisedSchema.safeParse(value);
    return parsed.success ? { before: parsed.data } : null;
  } catch {
    return null;
  }
}
function keep(note: string, before: Revised | undefined | false): void {
  try {
    if (before === false) sessionStorage.removeItem(undoKey(note));
    else sessionStorage.setItem(undoKey(note), JSON.stringify(before ?? null));
  } catch {
    /* without session storage there is no undo; the revision itself is stored */
  }
}

function render(root: HTMLElement, note: string, progress: Progress): void {
  const t = clientTranslator(root.dataset['messages'], document.documentElement.lang);
  const locale = localeOf(document.documentElement.lang);
  const revised = progress.revised[note];
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (status)
    status.textContent = revised
      ? t('note.progress.js.status', {
          times: t('revised.times', { count: revised.count }),
          day: formatDay(revised.last, locale),
        })
      : t('note.progress.js.none');
  // Revised today: the button says so and does nothing more (a double tap records one revision); the undo is a
  // separate button, so a double tap never undoes.
  const today = revised?.last === localDay();
  const mark = root.querySelector<HTMLButtonElement>('[data-action="revised"]');
  if (mark) {
    mark.textContent = today ? t('note.progress.js.revisedToday') : t('note.progress.markRevised');
    if (today) mark.setAttribute('aria-disabled', 'true');
    else mark.removeAttribute('aria-disabled');
  }
  const undo = root.querySelector<HTMLButtonElement>('[data-action="undo"]');
  if (undo) undo.hidden = !(today && keptBefore(note));
  const bookmark = root.querySelector<HTMLButtonElement>('[data-action="bookmark"]');
  const marked = progress.bookmarks.includes(note);
  bookmark?.setAttribute('aria-pressed', String(marked));
  if (bookmark) bookmark.textContent = marked ? t('note.progress.js.bookmarked') : t('note.progress.bookmark');
}

/** The progress after `action` ("revised", "undo", "bookmark"; none only reads it). */
function apply(note: string, action: string | undefined): Progress {
  if (action === 'revised') {
    const day = localDay();
    const before = loadProgress().revised[note];
    if (before?.last === day) return loadProgress();
    keep(note, before);
    return updateProgress((p) => markRevised(p, note, day));
  }
  if (action === 'undo') {
    const kept = keptBefore(note);
    if (!kept) return loadProgress();
    keep(note, false);
    return updateProgress((p) => restoreRevised(p, note, kept.before));
  }
  if (action === 'bookmark') return updateProgress((p) => toggleBookmark(p, note));
  return loadProgress();
}

function act(root: HTMLElement, action?: string): void {
  const note = root.dataset['noteProgress'] ?? '';
  render(root, note, apply(note, action));
  // The undo button has just hidden itself: focus goes back to the button it undid.
  if (action === 'undo') root.querySelector<HTMLElement>('[data-action="revised"]')?.focus();
}

const root = document.querySelector<HTMLElement>('[data-note-progress]');
if (root) {
  // A click that caused the load is waiting in data-pending.
  act(root, root.dataset['pending']);
  delete root.dataset['pending'];
  root.dataset['loaded'] = 'true';
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
    if (button) act(root, button.dataset['action']);
  });
}
