// "Mark as revised" and "Bookmark" on a note page. Bundled on its own (NoteProgress.astro imports it with
// ?worker&url) and added as a script only when the reader reaches or touches the controls.
import './zod-jitless.ts';
import { markRevised, timesText, toggleBookmark } from '../../lib/practice/progress-format.ts';
import { formatDay, localDay } from '../../lib/practice/spaced.ts';
import type { Progress } from '../../schemas/progress.ts';
import { loadProgress, updateProgress } from './store.ts';

function render(root: HTMLElement, note: string, progress: Progress): void {
  const revised = progress.revised[note];
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (status)
    status.textContent = revised
      ? `Revised ${timesText(revised.count)}, last on ${formatDay(revised.last)}.`
      : 'Not marked as revised yet.';
  const bookmark = root.querySelector<HTMLButtonElement>('[data-action="bookmark"]');
  const marked = progress.bookmarks.includes(note);
  bookmark?.setAttribute('aria-pressed', String(marked));
  if (bookmark) bookmark.textContent = marked ? 'Bookmarked' : 'Bookmark';
}

/** Shows the note's progress; with an action ("revised", "bookmark"), records it first. */
function act(root: HTMLElement, action?: string): void {
  const note = root.dataset['noteProgress'] ?? '';
  const progress =
    action === 'revised'
      ? updateProgress((p) => markRevised(p, note, localDay()))
      : action === 'bookmark'
        ? updateProgress((p) => toggleBookmark(p, note))
        : loadProgress();
  render(root, note, progress);
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
