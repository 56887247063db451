#!/usr/bin/env node
// `make bench` (not a test: it measures and prints, it never fails on a budget).
//   (a) gzip size (zlib level 9) of what the first paint downloads: index.html, JS, wasm, CSS in
//       dist/ — and the flagship content JSON separately;
//   (b) time from navigation start until the first event is visible: drawn by the first-paint
//       sketch (`.tk-sketch[data-painted]`), or a `.tk-marker` button if the app came first; and
//       until the app is interactive (its first `.tk-marker` button visible); medians of runs;
//   (c) requestAnimationFrame interval p50/p95 during 3 s of continuous wheel zoom (direction
//       flips every 0.5 s, a wheel event every 16 ms) for the flagship content and for generated
//       packs of 1,000 / 10,000 / 100,000 events (scripts/bench-content.mjs, served under /bench/).
// Options: BENCH_SIZES="1000 10000" to choose generated sizes, BENCH_RUNS=3 first-marker runs.
import { readdirSync, readFileSync, statSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { writeAll } from './bench-content.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.env.TARIKH_DIST || path.join(ROOT, 'dist'));
const FIRST_PAINT_BUDGET_KB = 120;
const P95_BUDGET_MS = 20;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const SIZES = (process.env.BENCH_SIZES ?? '1000 10000 100000').split(/\s+/).filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const kb = (n) => (n / 1024).toFixed(1);
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const median = (xs) => pct(xs, 50);
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/index.html missing: run `make build` first');
  process.exit(1);
}

// ---------------------------------------------------------------- (a) sizes
console.log('\n(a) Download size, gzip -9');
// The content worker (tarikh-worker*) is fetched only for files the page cannot load itself
// (TimelineJS3, files with problems): it is listed apart, and (b) checks what the flagship
// actually fetches before its first marker. The offline copy's service worker
// (tarikh-offline.js) is registered by index.html only after the page has loaded.
// The app itself (tarikh-app*) is loaded once the sketch has drawn the first view.
const isOnDemand = (f) => f.startsWith('tarikh-worker') || f === 'tarikh-offline.js' || f.startsWith('tarikh-app');
const shipped = readdirSync(DIST)
  .filter((f) => f === 'index.html' || /\.(js|wasm|css)$/.test(f))
  .filter((f) => statSync(path.join(DIST, f)).isFile());
const firstPaint = shipped.filter((f) => !isOnDemand(f));
const sizeRow = (f) => {
  const buf = readFileSync(path.join(DIST, f));
  return { file: f, raw: buf.length, gzip: gz(buf) };
};
const firstRows = firstPaint.map(sizeRow);
const rawTotal = firstRows.reduce((a, r) => a + r.raw, 0);
const gzTotal = firstRows.reduce((a, r) => a + r.gzip, 0);
const sizeRows = firstRows.map((r) => ({ file: r.file, raw_kb: kb(r.raw), gzip_kb: kb(r.gzip) }));
sizeRows.push({ file: 'TOTAL first paint', raw_kb: kb(rawTotal), gzip_kb: kb(gzTotal) });
console.table(sizeRows);
const demandRows = shipped.filter(isOnDemand).map(sizeRow);
if (demandRows.length) {
  console.log('not in the first paint: the app (requested once the sketch has its content, it downloads while the sketch draws), the content worker (on demand: TimelineJS3 import, problems with positions) and the offline copy (after load):');
  console.table(demandRows.map((r) => ({ file: r.file, raw_kb: kb(r.raw), gzip_kb: kb(r.gzip) })));
  const appRows = demandRows.filter((r) => r.file.startsWith('tarikh-app'));
  const appGz = appRows.reduce((a, r) => a + r.gzip, 0);
  console.log(`until interactive (first paint + the app): ${kb(gzTotal + appGz)} KB gzip`);
}
const contentDir = path.join(DIST, 'content');
const contentFiles = existsSync(contentDir) ? readdirSync(contentDir).filter((f) => f.endsWith('.json')) : [];
if (contentFiles.length) {
  console.table(contentFiles.map((f) => {
    const buf = readFileSync(path.join(contentDir, f));
    return { content: `content/${f}`, raw_kb: kb(buf.length), gzip_kb: kb(gz(buf)) };
  }));
}
const sizeOk = gzTotal / 1024 <= FIRST_PAINT_BUDGET_KB;
console.log(`first paint: ${kb(gzTotal)} KB gzip — budget ${FIRST_PAINT_BUDGET_KB} KB: ${sizeOk ? 'OK' : 'OVER BUDGET'}`);

// ---------------------------------------------------------------- (b) + (c) in the browser
const benchDir = mkdtempSync(path.join(tmpdir(), 'tarikh-bench-'));
process.stdout.write(`\ngenerating content (${SIZES.join(', ')} events) in ${benchDir} … `);
writeAll(benchDir, SIZES);
console.log('done');
const srv = await startServer({ root: DIST, port: 0, benchDir });
const browser = await chromium.launch({ executablePath: process.env.TARIKH_CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS });

// Injected before any page script: notes when a .tk-marker first has a non-empty box, and can
// record requestAnimationFrame timestamps on demand.
const INIT = () => {
  window.__tk = { firstDrawnMs: null, firstMarkerMs: null, fetchedAtDraw: null, frames: [], recording: false };
  const watch = () => {
    const now = performance.now();
    const m = document.querySelector('.tk-marker');
    if (m) {
      const r = m.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && getComputedStyle(m).visibility !== 'hidden') {
        window.__tk.firstMarkerMs = now;
      }
    }
    const drawn = window.__tk.firstMarkerMs !== null || document.querySelector('.tk-sketch[data-painted]');
    if (drawn && window.__tk.firstDrawnMs === null) {
      window.__tk.firstDrawnMs = now;
      // What the first paint needed: every request started before the sketch had its content
      // (its `tarikh-sketch-fetched` mark; the app is requested after it), or before the draw.
      const mark = performance.getEntriesByName('tarikh-sketch-fetched')[0];
      const until = mark ? mark.startTime : now;
      window.__tk.fetchedAtDraw = performance.getEntriesByType('resource')
        .filter((e) => e.startTime <= until)
        .map((e) => new URL(e.name).pathname.replace(/^\//, ''));
    }
    if (window.__tk.firstMarkerMs === null) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const tick = (t) => {
    if (window.__tk.recording) window.__tk.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

// A slow mobile network for one extra flagship row (what the small first paint is for).
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };

async function openAt(rel, timeoutMs, throttle = null) {
  // A first visit: no offline copy (service worker) yet, and none installing while we measure.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', throttle);
  }
  const errors = [];
  const fetched = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.replace(/^\//, '')));
  await page.addInitScript(INIT);
  await page.goto(new URL(rel, srv.url).href, { timeout: timeoutMs });
  await page.waitForFunction(() => window.__tk && window.__tk.firstMarkerMs !== null, null, { timeout: timeoutMs, polling: 50 });
  const { firstMarkerMs, firstDrawnMs, fetchedAtDraw } = await page.evaluate(() => window.__tk);
  return { context, page, firstMarkerMs, firstDrawnMs, errors, fetched: fetchedAtDraw ?? [] };
}

async function wheelFrames(page) {
  const box = await page.locator('.tk-viewport').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => { window.__tk.frames = []; window.__tk.recording = true; });
  // page.mouse.wheel resolves only after the renderer handled the event (~30 ms here), so awaiting
  // each one would halve the rate: fire one every 16 ms and await them all at the end.
  const t0 = Date.now();
  const pending = [];
  let n = 0;
  while (Date.now() - t0 < 3000) {
    const dir = Math.floor((Date.now() - t0) / 500) % 2 === 0 ? -1 : 1; // in, out, in, …
    pending.push(page.mouse.wheel(0, dir * 60));
    n++;
    const wait = t0 + n * 16 - Date.now();
    if (wait > 0) await sleep(wait);
  }
  await Promise.all(pending);
  const ts = await page.evaluate(() => { window.__tk.recording = false; return window.__tk.frames; });
  const gaps = ts.slice(1).map((t, i) => t - ts[i]);
  return { wheelEvents: n, frames: ts.length, p50: pct(gaps, 50), p95: pct(gaps, 95), max: Math.max(...gaps) };
}

const cases = [{ name: 'flagship (aymautov)', rel: 'index.html', events: null },
  { name: 'flagship, slow network (1.6 Mbit/s, 150 ms)', rel: 'index.html', events: null, throttle: SLOW }]
  .concat(SIZES.map((n) => ({ name: `generated ${n.toLocaleString('en')}`, rel: `index.html?src=bench/gen-${n}.json`, events: n })));
const rows = [];
let p95At10k = null;
let fetchedByFlagship = [];
try {
  for (const c of cases) {
    process.stdout.write(`measuring ${c.name} … `);
    const timeout = 30_000 + (c.events ?? 0) * 2;
    try {
      const firsts = [];
      const drawn = [];
      for (let i = 0; i < Math.max(1, RUNS); i++) {
        const o = await openAt(c.rel, timeout, c.throttle);
        firsts.push(o.firstMarkerMs);
        drawn.push(o.firstDrawnMs);
        if (c.events === null && !c.throttle && i === 0) fetchedByFlagship = o.fetched;
        if (i < RUNS - 1) await o.context.close();
        else {
          const w = await wheelFrames(o.page);
          const count = c.events ?? await o.page.locator('.tk-marker').count();
          rows.push({
            content: c.name,
            events: c.events ?? `${count} markers`,
            'first event drawn ms': Math.round(median(drawn)),
            'interactive ms': Math.round(median(firsts)),
            'rAF p50 ms': w.p50.toFixed(1),
            'rAF p95 ms': w.p95.toFixed(1),
            'rAF max ms': w.max.toFixed(1),
            frames: w.frames,
            wheels: w.wheelEvents,
            'page errors': o.errors.length,
          });
          if (c.events === 10000) p95At10k = w.p95;
          await o.context.close();
        }
      }
      console.log('ok');
    } catch (e) {
      console.log(`failed: ${String(e.message).split('\n')[0]}`);
      rows.push({ content: c.name, events: c.events ?? '-', 'first event drawn ms': 'n/a', error: String(e.message).split('\n')[0].slice(0, 80) });
    }
  }
} finally {
  await browser.close();
  srv.server.close();
  rmSync(benchDir, { recursive: true, force: true });
}

console.log('\n(b) first event drawn (sketch), app interactive (first marker button), medians; (c) frame intervals during 3 s of wheel zoom, 1366x768, headless Chromium');
console.table(rows);
const code = fetchedByFlagship.filter((f) => /\.(js|wasm|css)$/.test(f));
const uncounted = code.filter((f) => !firstPaint.includes(f));
console.log(`\nwhat the flagship's first paint requested (before the sketch had its content): ${fetchedByFlagship.join(', ')}`);
if (uncounted.length) console.log(`  NOT counted in (a) above: ${uncounted.join(', ')}`);
console.log('\nBudgets');
console.log(`  first paint ≤ ${FIRST_PAINT_BUDGET_KB} KB gzip: ${kb(gzTotal)} KB — ${sizeOk ? 'OK' : 'OVER'}`);
console.log(`  rAF p95 ≤ ${P95_BUDGET_MS} ms at 10,000 events: ${p95At10k === null ? 'not measured' : `${p95At10k.toFixed(1)} ms — ${p95At10k <= P95_BUDGET_MS ? 'OK' : 'OVER'}`}`);
