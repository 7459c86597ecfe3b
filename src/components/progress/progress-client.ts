// /progress/ in the browser: joins the site data (fetched from /progress/data.json) with the progress stored on
// this device. Every string comes from the page's data-messages, in the page's language; nothing leaves the device.
import { coverage, notesDue, topicAccuracy, weakTopics, type Share } from '../../lib/practice/coverage.ts';
import { cardIds, type ProgressSiteData } from '../../lib/practice/progress-data.ts';
import { NEW_CARDS_PER_DAY } from '../../lib/constants.ts';
import { formatDay, localDay, todaysCards } from '../../lib/practice/spaced.ts';
import { clientTranslator, localeOf } from '../../lib/i18n/client.ts';
import type { Translate } from '../../lib/i18n/messages.ts';
import type { Progress } from '../../schemas/progress.ts';
import { startDataControls } from './progress-data-client.ts';
import { loadProgress } from './store.ts';
import { $, item, link } from './dom.ts';

function fill(id: string, items: HTMLLIElement[], empty: string): void {
  $(id).replaceChildren(...(items.length ? items : [item(empty)]));
}

function render(t: Translate<string>, site: ProgressSiteData, cards: readonly string[], progress: Progress): void {
  const locale = localeOf(document.documentElement.lang);
  const day = (d: string) => formatDay(d, locale);
  const share = (s: Share) => {
    const meter = document.createElement('meter');
    meter.max = s.total;
    meter.value = s.done;
    meter.setAttribute('aria-hidden', 'true');
    return item(meter, t('progress.js.share', { label: s.label, done: s.done, total: s.total }));
  };
  const today = localDay();
  const note = new Map(site.notes.map((n) => [n.id, n]));
  const noteLink = (id: string) => link(note.get(id)?.url ?? '#', note.get(id)?.title ?? id);
  const visit = progress.lastVisit && note.get(progress.lastVisit.note);
  $('continue').replaceChildren(
    ...(visit ? [t('progress.js.continue'), noteLink(visit.id)] : [t('progress.js.continueNone')]),
  );

  // As /practice/ deals them: the reviews that are due and the day's new cards.
  const count = todaysCards(
    cards.map((id) => ({ id })),
    progress.cards,
    today,
    NEW_CARDS_PER_DAY,
  ).length;
  $('due-cards').textContent = cards.length ? t('progress.js.dueCards', { count }) : t('progress.js.noCards');
  const due = notesDue(progress.revised, today).filter((d) => note.has(d.note));
  fill(
    'due-notes',
    due.map((d) => item(noteLink(d.note), t('progress.js.dueSince', { day: day(d.due) }))),
    t('progress.js.dueNone'),
  );

  const revised = Object.entries(progress.revised).filter(([id]) => note.has(id));
  fill(
    'revised',
    revised.map(([id, r]) =>
      item(
        noteLink(id),
        t('progress.js.revisedLine', { times: t('revised.times', { count: r.count }), day: day(r.last) }),
      ),
    ),
    t('progress.js.revisedNone'),
  );
  fill(
    'bookmarks',
    progress.bookmarks.filter((id) => note.has(id)).map((id) => item(noteLink(id))),
    t('progress.js.bookmarksNone'),
  );

  const labels = new Map(site.topics.map((topic) => [topic.id, topic.label]));
  const accuracy = topicAccuracy(site.questions, progress.answers, labels);
  fill(
    'weak',
    weakTopics(accuracy).map((s) => item(t('progress.js.weakLine', { topic: s.label, right: s.done, total: s.total }))),
    accuracy.length ? t('progress.js.weakNone') : t('progress.js.weakEmpty'),
  );
  const questions = site.questions.filter((q) => progress.answers[q.id]?.length);
  fill(
    'history',
    questions.map((q) => {
      const attempts = progress.answers[q.id] ?? [];
      const right = attempts.filter((a) => a.correct).length;
      const key = attempts.at(-1)?.correct ? 'progress.js.historyRight' : 'progress.js.historyWrong';
      return item(link(q.url, q.text), t(key, { right, total: attempts.length }));
    }),
    t('progress.js.historyNone'),
  );

  const groups = (list: { id: string; label: string }[], key: 'lines' | 'topics') =>
    list.map((g) => ({ ...g, notes: site.notes.filter((n) => n[key].includes(g.id)).map((n) => n.id) }));
  fill(
    'coverage-lines',
    coverage(groups(site.lines, 'lines'), progress.revised).map(share),
    t('progress.js.linesNone'),
  );
  fill(
    'coverage-topics',
    coverage(groups(site.topics, 'topics'), progress.revised).map(share),
    t('progress.js.topicsNone'),
  );
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
  const root = $('progress');
  const t = clientTranslator(root.dataset['messages'], document.documentElement.lang);
  const pending = $('progress-pending');
  const site = await loadSite(root.dataset['src'] ?? '');
  if (!site) {
    // The placeholder keeps its height and says what happened instead of staying blank.
    pending.removeAttribute('aria-hidden');
    pending.textContent = t('progress.js.siteFailed');
    return;
  }
  const cards = cardIds(site);
  const show = () => render(t, site, cards, loadProgress());
  pending.remove();
  root.hidden = false;
  show();
  startDataControls(t, show);
}
