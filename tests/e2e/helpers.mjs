// Shared end-to-end helpers: a static server on a free port, Chromium through playwright-core, and
// page instrumentation (console errors, page errors, requests to foreign origins, failed responses).
//
// Chromium is the system one (/usr/bin/chromium, or $TARIKH_CHROMIUM); nothing is ever downloaded.
import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
// TARIKH_DIST: test another build directory (default dist/).
export const DIST = path.resolve(process.env.TARIKH_DIST || path.join(ROOT, 'dist'));
export const ARTIFACTS = path.join(HERE, 'artifacts');

// From /work/shared/design/toolchain.md. Playwright adds --headless itself and always gives the
// browser a fresh temporary --user-data-dir (it refuses one in `args`), which is what we want.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const READY = 'section.tk-root[data-ready="true"]';
export const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (UTC) of a Gregorian date, as the app's data-*-days attributes use. */
export const days = (y, m = 1, d = 1) => Date.UTC(y, m - 1, d) / DAY_MS;
// Date.UTC maps years 0..99 to 1900..1999; the dates we use are all later, so that is fine.

/** Starts scripts/serve.mjs on a free port and Chromium; call `close()` in an `after` hook. */
export async function launch({ benchDir } = {}) {
  assert.ok(existsSync(path.join(DIST, 'index.html')), 'dist/index.html missing: run `trunk build --release --offline` first');
  const srv = await startServer({ root: DIST, port: 0, benchDir });
  const browser = await chromium.launch({
    executablePath: process.env.TARIKH_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    url: srv.url,
    origin: new URL(srv.url).origin,
    browser,
    async close() {
      await browser.close().catch(() => {});
      await new Promise((ok) => srv.server.close(ok));
    },
  };
}

/**
 * Opens a new context + page that records problems. `problems()` lists console errors, uncaught
 * page errors, requests to any origin other than the local server, and HTTP errors (>= 400).
 */
export async function openPage(env, { viewport = { width: 1366, height: 768 }, isMobile = false, hasTouch = false, serviceWorkers = 'block' } = {}) {
  // The offline copy (a service worker) is blocked unless a test is about it: every other test
  // sees what a first visit sees.
  const context = await env.browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor: 1, locale: 'en-US', serviceWorkers });
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const foreign = [];
  const failed = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(String(err && err.stack ? err.stack : err)));
  page.on('request', (req) => {
    const u = req.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (new URL(u).origin !== env.origin) foreign.push(u);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
  });
  // Abort anything foreign so a stray request fails fast instead of waiting on the closed network.
  await context.route((url) => url.origin !== env.origin && url.protocol.startsWith('http'), (route) => route.abort());
  return {
    page,
    context,
    problems: () => ({ consoleErrors, pageErrors, foreign, failed }),
    /** Asserts that nothing went wrong so far. */
    assertClean(label = '') {
      assert.deepEqual({ consoleErrors, pageErrors, foreign, failed }, { consoleErrors: [], pageErrors: [], foreign: [], failed: [] }, `problems on the page ${label}`);
    },
  };
}

/** Navigates to `rel` (relative to the server root) and waits until the timeline is ready. */
export async function gotoReady(env, page, rel = 'index.html') {
  await page.goto(new URL(rel, env.url).href, { waitUntil: 'load' });
  await page.waitForSelector(READY, { timeout: 30_000 });
}

/**
 * A new page on `rel`, a deep link that opens an event: waits until its card is shown and the
 * view has settled. Returns what `openPage` does, and the card.
 */
export async function openCard(env, opts, rel) {
  const opened = await openPage(env, opts);
  await gotoReady(env, opened.page, rel);
  const card = opened.page.locator('.tk-card');
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  await settle(opened.page);
  return { ...opened, card };
}

/** The view window of the first (or given) timeline, from the viewport's data attributes. */
export async function viewOf(page, root = 'section.tk-root') {
  return page.$eval(`${root} .tk-viewport`, (el) => {
    const r = el.getBoundingClientRect();
    return {
      startDays: Number(el.getAttribute('data-start-days')),
      spanDays: Number(el.getAttribute('data-span-days')),
      widthPx: Number(el.getAttribute('data-width-px')),
      left: r.left,
      top: r.top,
      width: r.width,
      height: r.height,
    };
  });
}

/** Page x (CSS px) where day `d` is drawn in view `v`. */
export const xOfDay = (v, d) => v.left + ((d - v.startDays) / v.spanDays) * v.widthPx;

/**
 * Waits until the viewport's start/span differ from `before` and then stop changing (the app
 * animates button zooms and flings), and returns the settled view.
 */
export async function waitViewChange(page, before, timeout = 8_000) {
  await page.waitForFunction(
    ([s, w]) => {
      const el = document.querySelector('section.tk-root .tk-viewport');
      return el && (Number(el.getAttribute('data-start-days')) !== s || Number(el.getAttribute('data-span-days')) !== w);
    },
    [before.startDays, before.spanDays],
    { timeout },
  );
  return settle(page, timeout);
}

/**
 * Waits until the view stays the same for 5 consecutive animation frames and the markers are
 * buttons again (while the view moves they are painted on a canvas); returns the view.
 */
export async function settle(page, timeout = 8_000) {
  await page.evaluate((ms) => new Promise((ok, fail) => {
    const el = document.querySelector('section.tk-root .tk-viewport');
    const key = () => `${el.getAttribute('data-start-days')}/${el.getAttribute('data-span-days')}`;
    const t0 = performance.now();
    let last = key();
    let same = 0;
    const f = () => {
      const k = key();
      same = k === last ? same + 1 : 0;
      last = k;
      if (same >= 5) return ok();
      if (performance.now() - t0 > ms) return fail(new Error(`view still moving after ${ms} ms`));
      requestAnimationFrame(f);
    };
    requestAnimationFrame(f);
  }), timeout);
  await page.waitForSelector('section.tk-root .tk-markers:not(.tk-moving)', { state: 'attached', timeout });
  return viewOf(page);
}

/** The `event` parameter of the URL hash (the app writes the hash after a short debounce). */
export const hashParam = (page, name) => page.evaluate((n) => new URLSearchParams(location.hash.slice(1)).get(n), name);
export async function waitHashParam(page, name, value, timeout = 3_000) {
  await page.waitForFunction(([n, v]) => new URLSearchParams(location.hash.slice(1)).get(n) === v, [name, value], { timeout })
    .catch(async () => assert.fail(`URL hash ${name}=${await hashParam(page, name)} never became ${value} (hash "${await page.evaluate(() => location.hash)}")`));
}

/** Lets pending animation frames and effects settle. */
export const frames = (page, n = 3) =>
  page.evaluate((k) => new Promise((ok) => { const f = () => (k-- <= 0 ? ok() : requestAnimationFrame(f)); f(); }), n);

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}
