// The site script, on every page (src/layouts/Base.astro loads it deferred, as a cached file): the theme toggle,
// Print and Share buttons, copying heading links, the language switch's memory, the "/" search shortcut, and loading
// a returning reader's enhancements. The saved theme itself is applied before first paint by the layout's tiny
// inline script.
const root = document.documentElement;
const key = root.dataset['storageKey'] || 'theme';
const messages = JSON.parse(root.dataset['messages'] || '{}') as Record<string, string>;

// A stub can be undefined on the object: test the value, not the name.
const canShare = () => typeof navigator.share === 'function';

const current = () => root.dataset['theme'] || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

function stored(name: string): string | null {
  try {
    return localStorage.getItem(name);
  } catch {
    return null; // storage blocked: as if nothing was saved
  }
}

function store(name: string, value: string): void {
  try {
    localStorage.setItem(name, value);
  } catch {
    /* storage blocked: the choice lasts this page */
  }
}

function sync(): void {
  for (const button of document.querySelectorAll('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(current() === 'dark'));
    (button as HTMLElement).hidden = false;
  }
  // The home page offers the language the reader chose with the switch.
  const preferred = stored('language');
  for (const hint of document.querySelectorAll<HTMLElement>('[data-language-hint]'))
    hint.hidden = hint.dataset['languageHint'] !== preferred;
  // Print and share buttons need this script, so they stay hidden without it.
  for (const button of document.querySelectorAll<HTMLElement>('[data-print], [data-share]')) button.hidden = false;
  for (const label of document.querySelectorAll('[data-share-label]'))
    label.textContent = messages[canShare() ? 'note.share.share' : 'note.share.copy'] ?? '';
}

function say(message: string | undefined): void {
  const status = document.getElementById('site-status');
  if (status) status.textContent = message ?? '';
}

// Copy a link where the Web Share API is missing (most desktops); the result is announced, and the button says it
// for two seconds, so a sighted reader sees it too.
function copy(href: string, button?: Element | null): void {
  void navigator.clipboard?.writeText(href).then(
    () => {
      say(messages['note.share.copied']);
      const label = button?.querySelector('[data-share-label]');
      if (!label) return;
      label.textContent = messages['note.share.copied'] ?? '';
      setTimeout(() => (label.textContent = messages['note.share.copy'] ?? ''), 2000);
    },
    () => say(messages['note.share.failed']),
  );
}

addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('[data-print]')) return print();
  const share = target?.closest('[data-share]');
  if (share) {
    const data = { title: document.title, url: location.href.split('#')[0] ?? location.href };
    if (canShare()) void navigator.share(data).catch(() => undefined);
    else copy(data.url, share);
    return;
  }
  // The language switch keeps the reader's place (query and fragment) and remembers the choice.
  const switcher = target?.closest('a[data-lang-switch]');
  if (switcher instanceof HTMLAnchorElement) {
    switcher.href = (switcher.href.split(/[?#]/)[0] ?? switcher.href) + location.search + location.hash;
    store('language', switcher.dataset['langSwitch'] || '');
    return;
  }
  const anchor = target?.closest('a.heading-anchor');
  if (anchor instanceof HTMLAnchorElement) return copy(anchor.href);
  if (!target?.closest('[data-theme-toggle]')) return;
  root.dataset['theme'] = current() === 'dark' ? 'light' : 'dark';
  store(key, root.dataset['theme']);
  sync();
});

addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) return;
  const field = document.getElementById('site-search');
  if (!field) return;
  event.preventDefault();
  field.focus();
});

// An enhancement only a returning reader needs (the home page's "Today" panel) names its script and the storage keys
// that mean there is something to show; it loads when one of them holds a value, and never on a first visit.
for (const panel of document.querySelectorAll<HTMLElement>('[data-load-if-stored][data-client]')) {
  if (!(panel.dataset['loadIfStored'] ?? '').split(' ').some((name) => name && stored(name))) continue;
  const script = document.createElement('script');
  script.src = panel.dataset['client'] ?? '';
  document.head.append(script);
}

// Deferred, so the document is parsed by now.
sync();
