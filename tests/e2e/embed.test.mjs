// Journeys: Tarikh embedded in a third-party page. Two hosts on one long page mount
// independently (own language, own view), a vertical swipe over a timeline scrolls the page
// instead of being trapped, and the page stays clean (no errors, nothing fetched from elsewhere).
//
// The embedding page is not in the repository: it is fulfilled with page.route on the test
// server's own origin, so its relative links (tarikh.css, tarikh-app.js, content/…) hit dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, frames, READY } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const filler = (px, text) => `<div style="height:${px}px"><p>${text}</p></div>`;
const EMBED_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Embedding test</title>
<link rel="stylesheet" href="tarikh.css">
</head><body style="margin:0;font-family:sans-serif">
${filler(1500, 'Intro: a long article before the first timeline.')}
<div id="host-en" data-tarikh data-src="content/aymautov.json" style="--tk-height:520px"></div>
${filler(400, 'Text between the two timelines.')}
<div id="host-ru" data-tarikh data-src="content/aymautov.json" data-lang="ru" style="--tk-height:520px"></div>
${filler(1500, 'Outro: more article text after the timelines.')}
<script type="module">import init from './tarikh-app.js'; init();</script>
</body></html>`;

/** Opens the synthetic embedding page (routed, not on disk) and waits for both hosts. */
async function openEmbed(opts) {
  const p = await openPage(env, opts);
  const url = new URL('embed-test.html', env.url).href;
  await p.page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: EMBED_HTML }));
  await p.page.goto(url, { waitUntil: 'load' });
  await p.page.waitForFunction((sel) => document.querySelectorAll(sel).length === 2, READY, { timeout: 30_000 });
  return p;
}

/** start/span of each host's viewport, in host order. */
const views = (page) => page.$$eval('[data-tarikh] .tk-viewport', (els) => els.map((el) => ({
  start: Number(el.getAttribute('data-start-days')),
  span: Number(el.getAttribute('data-span-days')),
})));

test('two embedded hosts mount independently: own language, own view', async () => {
  const { page, context, assertClean } = await openEmbed();
  const en = page.locator('#host-en');
  const ru = page.locator('#host-ru');
  await en.getByRole('button', { name: 'Zoom in', exact: true }).waitFor({ state: 'visible' });
  // data-lang="ru" must apply to the second host only.
  assert.equal(await ru.getByRole('button', { name: 'Приблизить', exact: true }).count(), 1, 'second host is in Russian');
  assert.equal(await ru.getByRole('button', { name: 'Zoom in', exact: true }).count(), 0);

  const [en0, ru0] = await views(page);
  await en.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.waitForFunction((span) => {
    const el = document.querySelector('#host-en .tk-viewport');
    return Number(el.getAttribute('data-span-days')) < span;
  }, en0.span, { timeout: 8_000 });
  await frames(page, 30); // let the zoom animation (and any leak into the other host) run out
  const [en1, ru1] = await views(page);
  assert.ok(en1.span < en0.span, `first host zoomed in (${en0.span} -> ${en1.span})`);
  assert.deepEqual(ru1, ru0, 'zooming the first host leaves the second untouched');

  // Language is per host too: Kazakh in the first must not drag the second out of Russian.
  await en.getByRole('button', { name: 'Қазақша', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('#host-en .tk-lang[lang="kk"]')?.getAttribute('aria-pressed') === 'true');
  await frames(page, 5);
  assert.equal(await en.getByRole('button', { name: 'Zoom in', exact: true }).count(), 0, 'first host left English');
  assert.equal(await ru.getByRole('button', { name: 'Приблизить', exact: true }).count(), 1, 'second host still in Russian');
  assert.equal(await ru.locator('.tk-lang[lang="ru"]').getAttribute('aria-pressed'), 'true');
  assertClean('on the embedding page (two hosts)');
  await context.close();
});

/** Centre of the first host's viewport in CSS px, after scrolling it into view. */
async function viewportCentre(page) {
  await page.evaluate(() => {
    const r = document.querySelector('#host-en .tk-viewport').getBoundingClientRect();
    // Put the viewport's centre slightly below the middle of the screen, leaving room to swipe up.
    window.scrollBy(0, r.top + r.height / 2 - window.innerHeight * 0.6);
  });
  await frames(page, 5);
  const r = await page.locator('#host-en .tk-viewport').boundingBox();
  return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
}

// Raw CDP touch events go through Chromium's real input pipeline (touch-action, compositor
// scrolling, page listeners). Input.synthesizeScrollGesture was tried too: with a touch source it
// scrolled nothing in headless Chromium here, and with a mouse source it sends wheel events, which
// the timeline rightly takes as zoom, so it cannot stand in for a finger.
async function swipeUp(page, cdp, { x, y }, dy) {
  const steps = 10;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - (dy * i) / steps }] });
    await page.waitForTimeout(16); // about one frame between moves, like a finger
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a vertical swipe over the timeline scrolls the page and leaves the view alone', async () => {
  const { page, context, assertClean } = await openEmbed({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const cdp = await context.newCDPSession(page);
  const centre = await viewportCentre(page);
  const [v0] = await views(page);
  const y0 = await page.evaluate(() => window.scrollY);
  await swipeUp(page, cdp, centre, 300);
  // Scrolling is asynchronous (compositor); wait for it instead of sleeping a fixed time.
  await page.waitForFunction((y) => window.scrollY > y + 100, y0, { timeout: 5_000 }).catch(() => {});
  await frames(page, 10);
  const y1 = await page.evaluate(() => window.scrollY);
  const [v1] = await views(page);
  assert.ok(y1 - y0 > 100, `page scrolled by the swipe (scrollY ${y0} -> ${y1})`);
  assert.deepEqual(v1, v0, 'the timeline did not pan or zoom on a vertical swipe');
  assertClean('after the swipe');
  await context.close();
});
