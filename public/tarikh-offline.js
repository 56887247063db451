// Tarikh's offline copy: a service worker for museum kiosks that run for months without a
// network. After one visit online, the page, the app, the flagship content with its images and
// every other content file or image the timeline has shown come from this copy whenever the network is down or
// does not answer. Online, everything still comes from the network first (and refreshes the
// copy), so a new build or edited content shows on the next load. index.html registers it
// once the page has loaded; the timeline works the same without it.
const CACHE = 'tarikh-offline-2';
// What the page needs (first-paint sketch, app, flagship), relative to this file (it sits next to tarikh-app.js).
const CORE = ['./', 'index.html', 'tarikh.css', 'tarikh-sketch.js', 'tarikh-sketch_bg.wasm', 'tarikh-app.js', 'tarikh-app_bg.wasm', 'content/aymautov.json'];
// Runtime copies are kept only for these (not, say, a benchmark's 15 MB generated file).
const KEEP = /\/(content|media)\/[^/]+$|\/tarikh-[a-z-]+(_bg\.wasm|\.js)$/;
// A network that hangs instead of failing (a kiosk on a dead Wi-Fi) falls back after this.
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then(async (cache) => {
    await cache.addAll(CORE);
    await keepFlagshipImages(cache);
    await self.skipWaiting();
  }));
});

/** The images the flagship's cards show (its `media[].file` paths under media/), one by one: an
 *  archive photograph not placed yet is simply missing, which the card already says. */
async function keepFlagshipImages(cache) {
  try {
    const content = await (await cache.match('content/aymautov.json')).json();
    const files = (content.media || []).map((m) => m.file).filter((f) => typeof f === 'string' && f.startsWith('media/'));
    await Promise.all(files.map((f) => cache.add(f).catch(() => {})));
  } catch {
    // No images kept: the timeline still works offline, and shows their captions.
  }
}

self.addEventListener('activate', (event) => {
  const old = caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))));
  event.waitUntil(old.then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(request));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request), NETWORK_WAIT_MS);
    const path = new URL(request.url).pathname;
    if (response.ok && (request.mode === 'navigate' || KEEP.test(path))) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (offline) {
    const copy = (await cache.match(request)) || (request.mode === 'navigate' ? await cache.match('index.html') : undefined);
    if (copy) return copy;
    throw offline;
  }
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the network did not answer')), ms);
    promise.then((value) => { clearTimeout(timer); resolve(value); }, (error) => { clearTimeout(timer); reject(error); });
  });
}
