// India–Japan Notes offline support. A static file; what it precaches is listed at build time in sw-precache.json
// (src/integrations/service-worker.ts): a shell every language shares, and each language's pages and search index,
// fetched for the languages the reader opens (a Hindi reader never downloads the English pages, nor the reverse).
// Pages are served from the cache of the current build; a new build is downloaded in the background and only used
// after the reader accepts the "New notes available" prompt.
const SCOPE = self.registration.scope; // ends in '/', includes any base path
const MANIFEST = new URL('sw-precache.json', SCOPE).href;
/**
 * The language of a URL of this site: the first of the build's languages (the plan's `languages`, English first,
 * every other one under /<code>/) whose folder the URL is in, or English.
 */
const languageOf = (href, codes) =>
  codes.slice(1).find((code) => href.startsWith(new URL(`${code}/`, SCOPE).href)) || codes[0] || 'en';
const codesOf = (plan) => Object.keys(plan?.languages ?? { en: true });
const offlinePage = (language) => new URL(language === 'en' ? 'offline/' : `${language}/offline/`, SCOPE).href;
const META = 'ijn-meta';
const cacheName = (version) => `ijn-build-${version}`;

async function readMeta(key) {
  const response = await (await caches.open(META)).match(key);
  return response ? response.json() : null;
}
async function writeMeta(key, value) {
  const meta = await caches.open(META);
  if (value === null) await meta.delete(key);
  else await meta.put(key, new Response(JSON.stringify(value)));
}

async function fetchPlan() {
  const response = await fetch(MANIFEST, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${MANIFEST}: ${response.status}`);
  return response.json();
}

/** What "Save everything for offline" adds for `languages`: the shell's and each language's `later` list. */
const laterUrls = (plan, languages) => [
  ...(plan.later ?? []),
  ...languages.flatMap((language) => plan.languages?.[language]?.later ?? []),
];
const request = (url) => new Request(new URL(url, SCOPE).href, { cache: 'no-cache' });

/**
 * Downloads a build's shell and the lists of `languages` into its own cache, and everything else too for the
 * languages in `all` (the reader chose "Save everything"); the HTTP cache is bypassed so no old file slips in. The
 * plan is kept in the same cache, so the progress page can say what is saved without a connection.
 */
async function download(plan, languages, all = []) {
  const cache = await caches.open(cacheName(plan.version));
  const urls = [...plan.precache, ...languages.flatMap((language) => plan.languages?.[language]?.precache ?? [])];
  await cache.addAll([...urls, ...laterUrls(plan, all)].map(request));
  await cache.put(MANIFEST, new Response(JSON.stringify(plan)));
}

/** The languages of the pages open in this scope (the page that registered the worker among them). */
async function openLanguages() {
  const clients = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  const codes = codesOf(await fetchPlan().catch(() => null));
  const languages = new Set(clients.map((client) => languageOf(client.url, codes)));
  return languages.size ? [...languages] : ['en'];
}

/** A page in a language not saved yet was opened: save that language's list into the current build's cache. */
async function addLanguage(href) {
  const current = await readMeta('current');
  const language = current && languageOf(href, current.codes ?? ['en']);
  if (!current || current.languages?.includes(language)) return;
  const plan = await fetchPlan();
  if (plan.version !== current.version) return; // a newer build is on its way; it will carry this language
  await writeMeta('current', { ...current, languages: [...(current.languages ?? []), language] });
  const cache = await caches.open(cacheName(plan.version));
  await cache.addAll((plan.languages?.[language]?.precache ?? []).map(request));
}

/** Keeps the meta cache and the caches of the current and pending builds; removes every other cache. */
async function prune() {
  const keep = new Set([META]);
  for (const key of ['current', 'pending']) {
    const value = await readMeta(key);
    if (value) keep.add(cacheName(value.version));
  }
  for (const name of await caches.keys()) if (!keep.has(name)) await caches.delete(name);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (!(await readMeta('current'))) {
        const plan = await fetchPlan();
        const languages = await openLanguages();
        await download(plan, languages);
        await writeMeta('current', { version: plan.version, languages, codes: codesOf(plan) });
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(prune().then(() => self.clients.claim()));
});

/** A page asked whether a newer build exists: download it, then tell the page so it can offer a reload. */
async function checkForUpdate(client) {
  const [plan, current] = await Promise.all([fetchPlan().catch(() => null), readMeta('current')]);
  if (!plan || !current || plan.version === current.version) return;
  const pending = await readMeta('pending');
  if (pending?.version !== plan.version) {
    const { languages = ['en'], all = [] } = current;
    await download(plan, languages, all);
    await writeMeta('pending', { version: plan.version, languages, all, codes: codesOf(plan) });
    await prune();
  }
  client.postMessage({ type: 'update-ready' });
}

/** The reader accepted the update: switch to the downloaded build and drop the old one. */
async function applyUpdate(client) {
  const pending = await readMeta('pending');
  if (pending) {
    await writeMeta('current', pending);
    await writeMeta('pending', null);
    await prune();
  }
  client.postMessage({ type: 'update-applied' });
}

/** The current build's plan: kept in its cache since this version of the worker, fetched for older installs. */
async function currentPlan(current) {
  const kept = await (await caches.open(cacheName(current.version))).match(MANIFEST);
  const plan = kept ? await kept.json() : await fetchPlan();
  return plan.version === current.version ? plan : null;
}

/**
 * What this device holds for `language`, for the progress page: whether its pages and everything else are saved,
 * and the sizes the build's plan gives. Null fields when nothing is saved yet or the plan cannot be read.
 */
async function status(client, language) {
  const current = await readMeta('current');
  const plan = current && (await currentPlan(current).catch(() => null));
  const own = plan?.languages?.[language];
  client.postMessage({
    type: 'offline-status',
    saved: Boolean(current?.languages?.includes(language)),
    all: Boolean(current?.all?.includes(language)),
    bytes: own ? plan.bytes + own.bytes : null,
    laterBytes: own ? (plan.laterBytes ?? 0) + (own.laterBytes ?? 0) : null,
    laterFiles: own ? laterUrls(plan, [language]).length : null,
  });
}

/**
 * "Save everything for offline": saves the rest of `language` (pages the budget left, booklets, PDFs) into the
 * current build's cache, four files at a time, telling the page how far it got. Later builds save it all too.
 */
async function saveEverything(client, language) {
  try {
    const current = await readMeta('current');
    const plan = current && (await currentPlan(current));
    if (!plan) throw new Error('no current build');
    const cache = await caches.open(cacheName(plan.version));
    const queue = laterUrls(plan, [language]);
    const total = queue.length;
    let done = 0;
    const next = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const one = request(url);
        if (!(await cache.match(one))) await cache.add(one);
        done += 1;
        client.postMessage({ type: 'save-progress', done, total });
      }
    };
    await Promise.all([next(), next(), next(), next()]);
    const latest = await readMeta('current');
    if (latest?.version === plan.version) {
      await writeMeta('current', { ...latest, all: [...new Set([...(latest.all ?? []), language])] });
    }
    await status(client, language);
  } catch {
    client.postMessage({ type: 'save-failed' });
  }
}

self.addEventListener('message', (event) => {
  const { data, source } = event;
  if (data === 'check-update') event.waitUntil(checkForUpdate(source));
  if (data === 'apply-update') event.waitUntil(applyUpdate(source));
  if (data?.type === 'offline-status') event.waitUntil(status(source, data.language));
  if (data?.type === 'save-everything') event.waitUntil(saveEverything(source, data.language));
});

async function respond(request) {
  const url = new URL(request.url);
  const navigate = request.mode === 'navigate';
  const current = await readMeta('current');
  const cache = current && (await caches.open(cacheName(current.version)));
  // Pages are cached without their query (/search/?q=…); Pagefind asks for its entry file with ?ts=<time>.
  const ignoreSearch = navigate || url.pathname.endsWith('/pagefind-entry.json');
  const hit = cache && (await cache.match(request, { ignoreSearch }));
  if (hit) return hit;
  try {
    const response = await fetch(request);
    // Anything not precached (over the byte budget) is kept once it has been viewed.
    if (cache && response.ok && response.type === 'basic') {
      await cache.put(navigate ? `${url.origin}${url.pathname}` : request, response.clone());
    }
    return response;
  } catch (error) {
    const offline =
      navigate &&
      cache &&
      ((await cache.match(offlinePage(languageOf(request.url, current.codes ?? ['en'])))) ||
        (await cache.match(offlinePage('en'))));
    if (offline) return offline;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE) || request.url.startsWith(MANIFEST)) return;
  event.respondWith(respond(request));
  // The first page opened in another language saves that language for offline reading, in the background.
  if (request.mode === 'navigate') event.waitUntil(addLanguage(request.url).catch(() => {}));
});
