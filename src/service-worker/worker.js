// The service worker, completed at build time by src/integrations/service-worker.ts, which puts
// `const VERSION = '…'` and `const PRECACHE = [...]` above this code.
//
// One cache per deploy: a new sw.js installs the new deploy's files beside the old cache and takes
// over only when no page of the old deploy is open, so an open page never mixes two deploys' assets.
// Then the old cache is deleted.
/* global VERSION, PRECACHE */
const CACHE = `report-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('report-') && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fromCache(request));
});

/**
 * This deploy's copy first; anything not precached is fetched once and kept. Query strings are
 * ignored: Pagefind adds a timestamp to its entry file, and this cache already holds the index that
 * matches its pages. Offline, unknown pages get the 404 page.
 */
async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const notFound = request.mode === 'navigate' ? await cache.match(PRECACHE.find((u) => u.endsWith('/404.html'))) : undefined;
    if (notFound) return notFound;
    throw error;
  }
}
