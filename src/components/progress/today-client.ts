// The home page's "Today" panel for a returning reader (TodayPanel.astro): the note to continue, the cards due, the
// notes due for revision, and "Revised" / "Bookmarked" badges on the note cards, all from this device's progress.
// Titles come from the note cards on the page; a note not listed there is looked up in progress/data.json.
import { clientTranslator } from '../../lib/i18n/client.ts';
import { notesDue } from '../../lib/practice/coverage.ts';
import type { ProgressSiteData } from '../../lib/practice/progress-data.ts';
import { localDay, todaysCardCount } from '../../lib/practice/spaced.ts';
import { loadProgress } from './store.ts';

/** Notes due for revision the panel names; the progress page lists them all. */
const DUE_SHOWN = 3;

const panel = document.querySelector<HTMLElement>('.today[data-client]');
if (panel) void start(panel);

async function start(panel: HTMLElement): Promise<void> {
  const t = clientTranslator(panel.dataset['messages'], document.documentElement.lang);
  const progress = loadProgress();
  const today = localDay();
  const cardsOnPage = new Map(
    [...document.querySelectorAll<HTMLElement>('[data-note-card]')].map((card) => [
      card.dataset['noteCard'] ?? '',
      card,
    ]),
  );
  const due = notesDue(progress.revised, today).slice(0, DUE_SHOWN);
  const wanted = [progress.lastVisit?.note, ...due.map((d) => d.note)].filter((id): id is string => Boolean(id));
  const notes = new Map<string, { title: string; url: string }>();
  for (const [id, card] of cardsOnPage) {
    const link = card.querySelector<HTMLAnchorElement>('.title a');
    if (link) notes.set(id, { title: link.textContent ?? id, url: link.href });
  }
  if (wanted.some((id) => !notes.has(id))) {
    // A note beyond the home page's list: its title from the progress page's data (cached for offline use).
    try {
      const data = (await (await fetch(panel.dataset['notes'] ?? '')).json()) as ProgressSiteData;
      for (const note of data.notes) if (!notes.has(note.id)) notes.set(note.id, note);
    } catch {
      /* offline and not cached: such a note is left out */
    }
  }
  const link = (id: string) => {
    const note = notes.get(id);
    if (!note) return undefined;
    const a = document.createElement('a');
    a.href = note.url;
    a.textContent = note.title;
    return a;
  };

  const visit = progress.lastVisit && link(progress.lastVisit.note);
  const continueLine = panel.querySelector<HTMLElement>('[data-today-continue]');
  if (visit && continueLine) {
    continueLine.replaceChildren(`${t('today.js.continue')} `, visit);
    continueLine.hidden = false;
  }
  const cards = panel.querySelector<HTMLElement>('[data-today-cards]');
  if (cards) {
    const count = todaysCardCount(
      progress.cards,
      Number(panel.dataset['cards']),
      today,
      Number(panel.dataset['newPerDay']),
    );
    cards.textContent = t('today.js.cardsDue', { count });
  }
  const dueLinks = due.flatMap((d) => link(d.note) ?? []);
  const dueLine = panel.querySelector<HTMLElement>('[data-today-due]');
  if (dueLine && dueLinks.length) {
    dueLine.replaceChildren(
      `${t('today.js.due')} `,
      ...dueLinks.flatMap((a, i) => (i ? [t('today.js.separator'), a] : [a])),
    );
    dueLine.hidden = false;
  }
  // Badges on the note cards: what this device has done with each note.
  const bookmarked = new Set(progress.bookmarks);
  for (const [id, card] of cardsOnPage) {
    const meta = card.querySelector('.meta');
    const badges = [
      ...(progress.revised[id] ? [t('today.js.revised')] : []),
      ...(bookmarked.has(id) ? [t('today.js.bookmarked')] : []),
    ];
    for (const text of badges) {
      const badge = document.createElement('span');
      badge.className = 'badge progress-badge';
      badge.textContent = text;
      meta?.append(' ', badge);
    }
  }
}
