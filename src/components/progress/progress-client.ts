// /progress/ in the browser: joins the site data (fetched from /progress/data.json) with the progress stored on
// this device.
// Export writes a JSON file; import replaces progress only when the whole file is valid; nothing leaves the device.
import { coverage, notesDue, topicAccuracy, weakTopics, type Share } from '../../lib/practice/coverage.ts';
import { cardIds, type ProgressSiteData } from '../../lib/practice/progress-data.ts';
import { parseProgress, serializeProgress, timesText } from '../../lib/practice/progress-format.ts';
import { formatDay, isDue, localDay } from '../../lib/practice/spaced.ts';
import type { Progress } from '../../schemas/progress.ts';
import { clearProgress, loadProgress, saveProgress } from './store.ts';

const $ = (id: string) => document.getElementById(id) as HTMLElement;

function item(...parts: (string | Node)[]): HTMLLIElement {
  const li = document.createElement('li');
  li.append(...parts);
  return li;
}
function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
function fill(id: string, items: HTMLLIElement[], empty: string): void {
  $(id).replaceChildren(...(items.length ? items : [item(empty)]));
}
function share(s: Share): HTMLLIElement {
  const meter = document.createElement('meter');
  meter.max = s.total;
  meter.value = s.done;
  meter.setAttribute('aria-hidden', 'true');
  return item(meter, `${s.label}: ${s.done} of ${s.total}`);
}

function render(site: ProgressSiteData, cards: readonly string[], progress: Progress): void {
  const today = localDay();
  const note = new Map(site.notes.map((n) => [n.id, n]));
  const noteLink = (id: string) => link(note.get(id)?.url ?? '#', note.get(id)?.title ?? id);
  const visit = progress.lastVisit && note.get(progress.lastVisit.note);
  $('continue').replaceChildren(...(visit ? ['Last opened: ', noteLink(visit.id)] : ['No note opened yet.']));

  const dueCards = cards.filter((id) => isDue(progress.cards[id], today)).length;
  $('due-cards').textContent = cards.length
    ? `${dueCards} flashcard${dueCards === 1 ? '' : 's'} due on the practice page.`
    : 'Flashcards appear once notes carry quick-revision lines.';
  const due = notesDue(progress.revised, today).filter((d) => note.has(d.note));
  fill(
    'due-notes',
    due.map((d) => item(noteLink(d.note), ` (due since ${formatDay(d.due)})`)),
    'No note is due for revision today.',
  );

  const revised = Object.entries(progress.revised).filter(([id]) => note.has(id));
  fill(
    'revised',
    revised.map(([id, r]) => item(noteLink(id), ` — revised ${timesText(r.count)}, last on ${formatDay(r.last)}`)),
    'Nothing marked as revised yet: use “Mark as revised” at the end of a note.',
  );
  fill(
    'bookmarks',
    progress.bookmarks.filter((id) => note.has(id)).map((id) => item(noteLink(id))),
    'No bookmarks yet.',
  );

  const labels = new Map(site.topics.map((t) => [t.id, t.label]));
  const accuracy = topicAccuracy(site.questions, progress.answers, labels);
  fill(
    'weak',
    weakTopics(accuracy).map((s) => item(`${s.label}: ${s.done} of ${s.total} right`)),
    accuracy.length ? 'No weak topics: every topic you tried is at 60% or better.' : 'Answer some questions first.',
  );
  const questions = site.questions.filter((q) => progress.answers[q.id]?.length);
  fill(
    'history',
    questions.map((q) => {
      const attempts = progress.answers[q.id] ?? [];
      const right = attempts.filter((a) => a.correct).length;
      const latest = attempts.at(-1)?.correct ? 'right' : 'wrong';
      return item(link(q.url, q.text), ` — last ${latest}; ${right} of ${attempts.length} right`);
    }),
    'No questions answered yet.',
  );

  const groups = (list: { id: string; label: string }[], key: 'lines' | 'topics') =>
    list.map((g) => ({ ...g, notes: site.notes.filter((n) => n[key].includes(g.id)).map((n) => n.id) }));
  fill('coverage-lines', coverage(groups(site.lines, 'lines'), progress.revised).map(share), 'No syllabus lines.');
  fill('coverage-topics', coverage(groups(site.topics, 'topics'), progress.revised).map(share), 'No topics.');
}

/** The site data, or null when it cannot be had (offline on a first visit). */
async function loadSite(src: string): Promise<ProgressSiteData | null> {
  try {
    const response = await fetch(src);
    return response.ok ? ((await response.json()) as ProgressSiteData) : null;
  } catch {
    return null;
  }
}

export async function startProgressPage(): Promise<void> {
  const pending = $('progress-pending');
  const site = await loadSite($('progress').dataset['src'] ?? '');
  if (!site) {
    // The placeholder keeps its height and says what happened instead of staying blank.
    pending.removeAttribute('aria-hidden');
    pending.textContent = 'Your progress could not be shown: the list of notes did not load. Reload to try again.';
    return;
  }
  const cards = cardIds(site.notes);
  const show = () => render(site, cards, loadProgress());
  const message = $('data-message');
  const say = (text: string, error = false) => {
    message.textContent = text;
    message.dataset['state'] = error ? 'error' : 'ok';
  };
  pending.remove();
  $('progress').hidden = false;
  show();

  $('export').addEventListener('click', () => {
    const blob = new Blob([serializeProgress(loadProgress())], { type: 'application/json' });
    const a = link(URL.createObjectURL(blob), '');
    a.download = `india-japan-notes-progress-${localDay()}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
    say('Progress exported. Import the file on another device to carry on there.');
  });
  const input = $('import-file') as HTMLInputElement;
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseProgress(await file.text());
    if (!result.ok) return say(`Not imported: ${result.message} Your progress was not changed.`, true);
    if (!saveProgress(result.progress)) return say('Not imported: this browser refused to store it.', true);
    show();
    say(`Imported ${file.name}.`);
  });
  $('clear').addEventListener('click', () => {
    if (
      !window.confirm('Clear all progress kept on this device? This cannot be undone; export it first to keep a copy.')
    )
      return say('Nothing was cleared.');
    clearProgress();
    show();
    say('All progress on this device was cleared.');
  });
}
