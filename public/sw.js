// India–Japan Notes offline support. A static file; what it precaches is listed at build time in sw-precache.json
// (src/integrations/service-worker.ts). Pages are served from the cache of the current build; a new build is
// downloaded in the background and only used after the reader accepts the "New notes available" prompt.
const SCOPE = self.registration.scope; // ends in '/', includes any base path
const MANIFEST = new URL('sw-precache.json', SCOPE).href;
const OFFLINE = new URL('offline/', SCOPE).href;
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

/** Downloads a build's precache list into its own cache; the HTTP cache is bypassed so no old file slips in. */
async function download(plan) {
  const cache = await caches.open(cacheName(plan.version));
  await cache.addAll(plan.precache.map((url) => new Request(new URL(url, SCOPE).href, { cache: 'no-cache' })));
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
        await download(plan);
        await writeMeta('current', { version: plan.version });
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
    await download(plan);
    await writeMeta('pending', { version: plan.version });
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

self.addEventListener('message', (event) => {
  if (event.data === 'check-update') event.waitUntil(checkForUpdate(event.source));
  if (event.data === 'apply-update') event.waitUntil(applyUpdate(event.source));
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
    const offline = navigate && cache && (await cache.match(OFFLINE));
    if (offline) return offline;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE) || request.url.startsWith(MANIFEST)) return;
  event.respondWith(respond(request));
});
