// /progress/, "Move or clear your progress": export to a file; import a file by merging it in (the default) or,
// confirmed, by replacing; clear; and undo the last import or clear once. Nothing on the device is lost without
// a way back: the state before an import or a clear is kept until the next one.
import { formatMoment } from '../../lib/dates.ts';
import { localeOf } from '../../lib/i18n/client.ts';
import type { Translate } from '../../lib/i18n/messages.ts';
import { parseProgress, serializeProgress } from '../../lib/practice/progress-format.ts';
import { planImport } from '../../lib/practice/progress-import.ts';
import type { ProgressCounts } from '../../lib/practice/progress-merge.ts';
import { localDay } from '../../lib/practice/spaced.ts';
import type { Progress } from '../../schemas/progress.ts';
import { $, item, link } from './dom.ts';
import { loadProgress, loadUndo, replaceKeepingUndo, restoreUndo } from './store.ts';

/** Wires the data controls; `show` redraws the sections after a change. */
export function startDataControls(t: Translate<string>, show: () => void): void {
  const locale = localeOf(document.documentElement.lang);
  const message = $('data-message');
  const say = (text: string, error = false) => {
    message.textContent = text;
    message.dataset['state'] = error ? 'error' : 'ok';
  };
  const list = new Intl.ListFormat(document.documentElement.lang, { type: 'unit' });
  // Only the kinds there are: "2 revised notes, 1 bookmark", or "nothing yet".
  const counts = (c: ProgressCounts) => {
    const held = Object.entries(c).filter(([, count]) => count > 0);
    return held.length
      ? list.format(held.map(([kind, count]) => t(`progress.import.${kind}`, { count })))
      : t('progress.import.nothing');
  };
  const choice = $('import-choice');
  const input = $('import-file') as HTMLInputElement;
  const undo = $('undo-offer');
  let pending: { name: string; progress: Progress; merged: Progress } | null = null;

  const offerUndo = () => {
    const kept = loadUndo();
    undo.hidden = !kept;
    if (kept) $('undo-text').textContent = t('progress.undo.offer', { when: formatMoment(kept.at, locale) });
  };
  /** Writes `next` (null clears), keeping the state before for undo; says `done` or why nothing changed. */
  const apply = (next: Progress | null, done: string) => {
    if (!replaceKeepingUndo(next)) return say(t('progress.js.refused'), true);
    show();
    offerUndo();
    say(done);
  };
  const close = () => {
    pending = null;
    choice.hidden = true;
  };
  offerUndo();

  $('export').addEventListener('click', () => {
    const blob = new Blob([serializeProgress(loadProgress())], { type: 'application/json' });
    const a = link(URL.createObjectURL(blob), '');
    a.download = `india-japan-notes-progress-${localDay()}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
    say(t('progress.js.exported'));
  });

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    close();
    const result = parseProgress(await file.text());
    if (!result.ok) return say(t('progress.js.notImported', { reason: result.message }), true);
    const plan = planImport(loadProgress(), result.progress);
    pending = { name: file.name, progress: result.progress, merged: plan.merged };
    $('import-heading').textContent = t('progress.import.heading', { file: file.name });
    $('import-summary').replaceChildren(
      item(t('progress.import.file', { counts: counts(plan.file) })),
      item(t('progress.import.device', { counts: counts(plan.device) })),
      item(plan.changes ? t('progress.import.after', { counts: counts(plan.after) }) : t('progress.import.same')),
    );
    say('');
    choice.hidden = false;
    $('import-heading').focus();
  });
  $('import-merge').addEventListener('click', () => {
    if (!pending) return;
    const { name, merged } = pending;
    close();
    apply(merged, t('progress.import.merged', { file: name }));
    input.focus();
  });
  $('import-replace').addEventListener('click', () => {
    if (!pending || !window.confirm(t('progress.import.replaceConfirm'))) return;
    const { name, progress } = pending;
    close();
    apply(progress, t('progress.import.replaced', { file: name }));
    input.focus();
  });
  $('import-cancel').addEventListener('click', () => {
    close();
    say(t('progress.import.cancelled'));
    input.focus();
  });

  $('clear').addEventListener('click', () => {
    if (!window.confirm(t('progress.js.clearConfirm'))) return say(t('progress.js.clearNone'));
    apply(null, t('progress.js.cleared'));
  });
  $('undo').addEventListener('click', () => {
    if (!restoreUndo()) return say(t('progress.undo.failed'), true);
    show();
    offerUndo();
    say(t('progress.undo.done'));
    $('export').focus();
  });
}
