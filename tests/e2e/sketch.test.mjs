// The first paint: a small module (tarikh-sketch) draws the first view while the app downloads.
// With the app held back, the sketch alone must show the title and the events; its stage must sit
// exactly where the app's stage will be, with the same markers; once the app is ready the sketch
// is hidden and the app works as ever.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage, gotoReady, screenshot, ROOT, READY } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const SIZES = [
  { name: 'phone', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
  { name: 'kiosk', viewport: { width: 1920, height: 1080 }, hasTouch: true },
];

/** Top and height of the first element matching `sel` that has a box. */
const boxOf = (page, sel) => page.evaluate((s) => {
  const el = [...document.querySelectorAll(s)].find((e) => e.getBoundingClientRect().height > 0);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width), height: Math.round(r.height) };
}, sel);

/** Every `id@x,y` the sketch drew matches the app's marker for that event (its box less the
 *  button's 3 px top margin), within a pixel. */
async function assertSamePlaces(page, places) {
  const drawn = places.split(';').filter(Boolean).map((p) => {
    const [id, xy] = p.split('@');
    const [x, y] = xy.split(',').map(Number);
    return { id, x, y };
  });
  assert.ok(drawn.length >= 5, `places listed: ${places}`);
  const app = await page.evaluate(() => {
    const stage = document.querySelector('.tk-viewport').getBoundingClientRect();
    return Object.fromEntries([...document.querySelectorAll('.tk-markers .tk-marker')].map((b) => {
      const r = b.getBoundingClientRect();
      return [b.dataset.eventId, { x: Math.round(r.left - stage.left), y: Math.round(r.top - stage.top) - 3 }];
    }));
  });
  for (const d of drawn) {
    const a = app[d.id];
    assert.ok(a, `the app shows ${d.id} too`);
    assert.ok(Math.abs(a.x - d.x) <= 1 && Math.abs(a.y - d.y) <= 1, `${d.id}: sketch ${d.x},${d.y}, app ${a.x},${a.y}`);
  }
}

/** Opens `rel` with the app's script refused, and waits for the sketch to be drawn. */
async function sketchOnly(opts, rel) {
  const { page, context } = await openPage(env, opts);
  await page.route('**/tarikh-app.js', (r) => r.abort());
  await page.goto(env.url + rel);
  await page.waitForSelector('.tk-sketch[data-painted]', { timeout: 10_000 });
  await page.waitForFunction(() => document.querySelector('.tk-sketch [role="status"]')?.textContent);
  const sketch = await page.evaluate(() => {
    const s = document.querySelector('.tk-sketch');
    const status = s.querySelector('[role="status"]');
    return {
      title: s.querySelector('.tk-title').textContent,
      markers: Number(s.dataset.markers),
      clusters: Number(s.dataset.clusters),
      places: s.dataset.places,
      // Everything but the status line is hidden from assistive technology.
      hidden: [...s.children].every((c) => c === status || c.getAttribute('aria-hidden') === 'true'),
      status: status?.textContent ?? null,
    };
  });
  return { page, context, sketch, stage: await boxOf(page, '.tk-sketch-stage') };
}

for (const size of SIZES) {
  test(`${size.name}: the sketch draws the first view where the app will show it`, async () => {
    const alone = await sketchOnly(size, 'index.html');
    assert.equal(alone.sketch.title, 'Zhusupbek Aymautov', 'the title is shown before the app arrives');
    assert.equal(alone.sketch.hidden, true, 'the picture is hidden from assistive technology');
    assert.equal(alone.sketch.status, 'Loading the timeline…', 'screen readers hear that it is loading');
    assert.ok(alone.sketch.markers >= 5, `events are drawn (${alone.sketch.markers} markers)`);
    // The canvas really has the markers on it: some pixels differ from the stage background.
    const inked = await alone.page.evaluate(() => {
      const c = document.querySelectorAll('.tk-sketch-layer')[1];
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
      return n;
    });
    assert.ok(inked > 1000, `the marker layer has ink (${inked} pixels)`);
    await screenshot(alone.page, `sketch-${size.name}`);
    await alone.context.close();

    const { page, context, assertClean } = await openPage(env, size);
    await gotoReady(env, page);
    await page.waitForSelector('.tk-viewport button.tk-marker');
    const stage = await boxOf(page, '.tk-viewport');
    assert.deepEqual(alone.stage, stage, 'the sketch stage and the app stage have the same box');
    const app = await page.evaluate(() => ({
      markers: document.querySelectorAll('.tk-markers .tk-marker').length,
      clusters: document.querySelectorAll('.tk-markers .tk-cluster').length,
    }));
    assert.deepEqual({ markers: alone.sketch.markers, clusters: alone.sketch.clusters }, app,
      'the sketch drew as many markers and chips as the app shows');
    // Each event the sketch drew has the app's button for it at the same place on the stage.
    await assertSamePlaces(page, alone.sketch.places);
    // The sketch gives way to the app, and its nodes and canvases are then removed.
    await page.waitForFunction(() => !document.querySelector('.tk-sketch'), null, { timeout: 3_000 });
    assertClean(`app after the sketch (${size.name})`);
    await context.close();
  });
}

test('a deep link is sketched in its language and view, with the card panel left free', async () => {
  const rel = 'index.html#event=execution&lang=ru';
  const alone = await sketchOnly({ viewport: { width: 1366, height: 768 } }, rel);
  assert.equal(alone.sketch.title, 'Жусупбек Аймаутов', 'the title in Russian');
  await alone.context.close();
  const { page, context } = await openPage(env);
  await gotoReady(env, page, rel);
  await page.locator('.tk-card h2, .tk-card h3').first().waitFor();
  assert.deepEqual(alone.stage, await boxOf(page, '.tk-viewport'), 'same stage box beside the open card');
  await page.waitForSelector('.tk-markers:not(.tk-moving)');
  await assertSamePlaces(page, alone.sketch.places);
  await context.close();
});

test('content the sketch cannot draw (a TimelineJS3 file) leaves the page to the app', async () => {
  // Read in place from the shared compatibility set; never copied into the repository.
  const body = readFileSync(path.join(ROOT, '../shared/compat/timelinejs3/women_in_computing.json'), 'utf8');
  const serve = (page) => page.route(new URL('x/tlj3.json', env.url).href, (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
  // With the app held back: the sketch fetches the file, announces, and draws nothing.
  const held = await openPage(env);
  await serve(held.page);
  await held.page.route('**/tarikh-app.js', (r) => r.abort());
  await held.page.goto(env.url + 'index.html?src=x/tlj3.json');
  await held.page.waitForFunction(() => document.documentElement.hasAttribute('data-tarikh-sketch-fetched'));
  await held.page.waitForTimeout(300);
  assert.equal(await held.page.locator('.tk-sketch').count(), 0, 'no sketch for a file it does not read');
  await held.context.close();
  // And the app shows it as before.
  const { page, context, assertClean } = await openPage(env);
  await serve(page);
  await gotoReady(env, page, 'index.html?src=x/tlj3.json');
  assert.equal(await page.locator(READY).count(), 1);
  assertClean('TimelineJS3 without a sketch');
  await context.close();
});
