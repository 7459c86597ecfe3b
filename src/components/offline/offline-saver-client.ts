// The offline reading section of /progress/ in the browser: asks the service worker (public/sw.js) what this device
// holds in the page's language, offers "Save everything for offline" for the rest and shows the storage the site
// uses. Strings come from the section's data-messages; nothing leaves the device but the files being saved.
import { clientTranslator, localeOf } from '../../lib/i18n/client.ts';
import { formatBytes } from '../../lib/offline/sizes.ts';
import { $ } from '../progress/dom.ts';

/** What the worker answers to `offline-status` (sizes are null when its plan cannot be read). */
interface OfflineStatus {
  saved: boolean;
  all: boolean;
  bytes: number | null;
  laterBytes: number | null;
  laterFiles: number | null;
}

export async function startOfflineSaver(): Promise<void> {
  const root = $('offline-saver');
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  const lang = document.documentElement.lang;
  const locale = localeOf(lang);
  const t = clientTranslator(root.dataset['messages'], lang);
  const size = (bytes: number) => formatBytes(bytes, locale);
  const message = $('offline-save-message');
  const say = (text: string, error = false) => {
    message.textContent = text;
    if (error) message.dataset['state'] = 'error';
    else delete message.dataset['state'];
  };
  if (!sw || !('caches' in window)) {
    $('offline-saved').textContent = t('offline.save.unsupported');
    root.hidden = false;
    return;
  }
  // No registration: `astro dev`, or a browser that refused it. Nothing to report, so nothing is shown.
  if (!(await sw.getRegistration())) return;
  const button = $('offline-save-all') as HTMLButtonElement;
  const bar = $('offline-save-progress') as HTMLProgressElement;
  const row = $('offline-save-progress-row');
  // The row of the button and the progress bar takes no space when neither is shown.
  const showRow = (bar: boolean) => {
    row.hidden = !bar;
    $('offline-actions').hidden = button.hidden && !bar;
  };
  let last: OfflineStatus | undefined;
  let saving = false;
  const ask = async (type: string) => {
    const worker = sw.controller ?? (await sw.ready).active;
    worker?.postMessage({ type, language: locale });
  };

  const render = (status: OfflineStatus) => {
    last = status;
    const sized = status.bytes !== null;
    const total = (status.bytes ?? 0) + (status.laterBytes ?? 0);
    $('offline-saved').textContent = !status.saved
      ? t('offline.save.pending')
      : status.all && sized
        ? t('offline.save.all', { size: size(total) })
        : sized
          ? t('offline.save.saved', { size: size(status.bytes ?? 0) })
          : t('offline.save.savedNoSize');
    const rest = status.saved && !status.all && status.laterFiles !== null && status.laterFiles > 0;
    const later = $('offline-later');
    later.hidden = !rest;
    button.hidden = !rest;
    showRow(!row.hidden);
    if (rest) {
      const laterSize = size(status.laterBytes ?? 0);
      later.textContent = t('offline.save.later', { count: status.laterFiles ?? 0, size: laterSize });
      button.textContent = t('offline.save.button', { size: laterSize });
      button.disabled = !navigator.onLine;
      // Offline, say why the button waits; back online, take that back (a save's own messages are left alone).
      if (!navigator.onLine) say(t('offline.save.needsConnection'));
      else if (!saving) say('');
    }
    root.hidden = false;
    void showStorage();
  };

  const showStorage = async () => {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    if (!estimate?.quota || estimate.usage === undefined) return;
    const meter = $('offline-storage-meter') as HTMLMeterElement;
    meter.max = estimate.quota;
    meter.value = estimate.usage;
    $('offline-storage-text').textContent = t('offline.save.storage', {
      used: size(estimate.usage),
      quota: size(estimate.quota),
    });
    $('offline-storage').hidden = false;
  };

  sw.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: string; done?: number; total?: number } & Partial<OfflineStatus>;
    if (data?.type === 'offline-status') {
      render(data as OfflineStatus);
      if (saving) {
        saving = false;
        showRow(false);
        say(data.all ? t('offline.save.done') : t('offline.save.failed'), !data.all);
      }
    } else if (data?.type === 'save-progress' && data.total) {
      // The bar and its count move with every file; the live region speaks only at the start and the end.
      bar.max = data.total;
      bar.value = data.done ?? 0;
      $('offline-save-count').textContent = t('offline.save.progress', { done: data.done ?? 0, total: data.total });
    } else if (data?.type === 'save-failed') {
      saving = false;
      showRow(false);
      button.disabled = false;
      say(t('offline.save.failed'), true);
    }
  });
  sw.startMessages();

  button.addEventListener('click', () => {
    saving = true;
    button.disabled = true;
    showRow(true);
    bar.removeAttribute('value');
    $('offline-save-count').textContent = '';
    say(t('offline.save.saving', { count: last?.laterFiles ?? 0 }));
    // Ask the browser not to clear what the reader chose to keep when space runs low.
    void navigator.storage?.persist?.().catch(() => false);
    void ask('save-everything');
  });
  addEventListener('online', () => void ask('offline-status'));
  addEventListener('offline', () => void ask('offline-status'));
  await ask('offline-status');
}
