// Journeys: wheel zoom into 1929–1931 until months show, drag to pan, touch pinch, the buttons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, gotoReady, viewOf, xOfDay, waitViewChange, settle, frames, screenshot, days } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('wheel zoom from the default view into 1929–1931 shows month ticks', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  const target = days(1930, 7, 1);
  const start = await viewOf(page);
  assert.equal(await page.locator('.tk-tick[data-unit="month"]').count(), 0, 'no month ticks at 1888–1931');
  // 1929-01-01 .. 1932-01-01: three years; zoom until the view is no wider than that.
  const goalSpan = days(1932) - days(1929);
  let v = start;
  for (let i = 0; i < 100 && v.spanDays > goalSpan; i++) {
    // Keep the pointer over mid-1930 so the zoom closes in on it.
    const x = Math.min(Math.max(xOfDay(v, target), v.left + 2), v.left + v.width - 2);
    await page.mouse.move(x, v.top + v.height / 2);
    await page.mouse.wheel(0, -120);
    await frames(page, 2);
    v = await viewOf(page);
  }
  await frames(page, 10);
  v = await viewOf(page);
  assert.ok(v.spanDays <= goalSpan * 1.05, `wheel zoom reached a span of ~3 years (now ${v.spanDays} days)`);
  assert.ok(v.startDays <= target && target <= v.startDays + v.spanDays, 'mid-1930 is still in view');
  // The zoom is anchored at the pointer, so mid-1930 stays where it was on screen (near the right
  // edge of 1888–1931): the view ends up within a year or so of 1929–1931.
  assert.ok(v.startDays >= days(1927), `the view is around 1929–1931, starts ${new Date(v.startDays * 864e5).toISOString()}`);
  assert.ok(v.startDays + v.spanDays <= days(1932, 7), 'the view ends by mid-1932');
  await page.locator('.tk-tick[data-unit="month"]').first().waitFor({ state: 'visible', timeout: 5_000 });
  assert.equal(await page.locator('.tk-tick[data-unit="century"]').count(), 0, 'no century ticks at this zoom');
  const labels = await page.locator('.tk-tick-label:visible').allTextContents();
  assert.ok(labels.length > 0, 'tick labels are shown');
  await screenshot(page, 'zoomed-1930-months');
  assertClean('during wheel zoom');
  await context.close();
});

test('dragging the viewport pans the view and keeps its span', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  const v0 = await viewOf(page);
  const y = v0.top + v0.height * 0.9;
  const x0 = v0.left + v0.width * 0.6;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x0 - 30 * i, y);
  await frames(page, 2);
  // While the button is held the content follows the pointer 1:1: 300 px to the left moves the
  // view later by 300 px worth of days.
  const held = await viewOf(page);
  const expected = (300 / v0.widthPx) * v0.spanDays;
  assert.ok(Math.abs(held.startDays - v0.startDays - expected) < expected * 0.05, `moved ${held.startDays - v0.startDays} days, expected ~${expected}`);
  assert.ok(Math.abs(held.spanDays - v0.spanDays) < v0.spanDays * 1e-6, 'panning does not zoom');
  await page.mouse.up();
  const v1 = await settle(page);
  // A release may fling on in the same direction, never back.
  assert.ok(v1.startDays >= held.startDays - 1e-6, `after release the view does not jump back (${held.startDays} -> ${v1.startDays})`);
  assert.ok(Math.abs(v1.spanDays - v0.spanDays) < v0.spanDays * 1e-6, 'a fling does not zoom');
  assert.equal(await page.locator('.tk-card:visible').count(), 0, 'a drag does not open a card');
  assertClean('during drag');
  await context.close();
});

test('while the view moves markers are painted on a canvas, and are buttons again once it settles', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  await settle(page);
  const marker = page.locator('.tk-marker:not(.tk-compact):not(.tk-range)').first();
  const box = await marker.boundingBox();
  const canvasBox = await page.locator('.tk-cluster-canvas').boundingBox();
  // The dot sits 8 px into the marker (half of --tk-marker-px) at mid-height.
  const at = { x: box.x + 8 - canvasBox.x, y: box.y + box.height / 2 - canvasBox.y };
  const alphaAt = (p) => page.$eval('.tk-cluster-canvas', (c, p) => {
    const r = window.devicePixelRatio || 1;
    return c.getContext('2d').getImageData(Math.round(p.x * r), Math.round(p.y * r), 1, 1).data[3];
  }, p);
  assert.equal(await alphaAt(at), 0, 'a settled view paints nothing on the canvas');
  // A tiny zoom with the pointer on the marker: it hardly moves, so its dot stays under the pointer.
  await page.mouse.move(box.x + 8, box.y + box.height / 2);
  await page.mouse.wheel(0, -2);
  await page.waitForSelector('.tk-markers.tk-moving', { timeout: 2_000 });
  assert.equal(await marker.evaluate((el) => getComputedStyle(el).visibility), 'hidden', 'the button waits, hidden, while the view moves');
  assert.ok((await alphaAt(at)) > 0, 'the canvas paints the marker meanwhile');
  await settle(page);
  assert.equal(await marker.evaluate((el) => getComputedStyle(el).visibility), 'visible', 'the button is back');
  assert.equal(await alphaAt(at), 0, 'and the canvas is cleared');
  // Keyboard users keep their focus: with a marker focused, the view moves but the buttons stay.
  // (The marker nearest the middle, so that panning does not take it out of view.)
  const mid = canvasBox.x + canvasBox.width / 2;
  const id = await page.$$eval('.tk-marker', (els, mid) => {
    const d = (el) => Math.abs(el.getBoundingClientRect().left - mid);
    return els.sort((a, b) => d(a) - d(b))[0].dataset.eventId;
  }, mid);
  const focused = page.locator(`.tk-marker[data-event-id="${id}"]`);
  await focused.focus();
  const v0 = await viewOf(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await frames(page, 2);
  assert.equal(await page.locator('.tk-markers.tk-moving').count(), 0, 'no canvas while a marker has focus');
  const v1 = await settle(page);
  assert.ok(v1.startDays !== v0.startDays, 'arrow keys moved the view');
  assert.ok(await focused.evaluate((el) => el === document.activeElement), `focus is still on the marker "${id}"`);
  assertClean('painting while moving');
  await context.close();
});

test('a two-finger pinch (touch) zooms in', async () => {
  const { page, context, assertClean } = await openPage(env, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  await gotoReady(env, page);
  const v0 = await viewOf(page);
  const cx = v0.left + v0.width / 2;
  const cy = v0.top + v0.height / 2;
  const cdp = await context.newCDPSession(page);
  const pts = (d) => [{ x: cx - d, y: cy, id: 1 }, { x: cx + d, y: cy, id: 2 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pts(30) });
  for (let d = 40; d <= 140; d += 10) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pts(d) });
    await frames(page, 1);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  const v1 = await waitViewChange(page, v0);
  assert.ok(v1.spanDays < v0.spanDays * 0.6, `pinching apart zooms in: span ${v0.spanDays} -> ${v1.spanDays}`);
  // The pinch centre stays roughly put: the day under it before is still near it after. (Chromium
  // sends one pointermove per finger, so the midpoint wobbles by half a step; allow for that.)
  const mid = v0.startDays + ((cx - v0.left) / v0.widthPx) * v0.spanDays;
  assert.ok(Math.abs(xOfDay(v1, mid) - cx) < 16, `pinch centre drifted ${xOfDay(v1, mid) - cx} px`);
  assertClean('during pinch');
  await context.close();
});

test('buttons: Zoom in, Zoom out, Whole story, 1888–1931, Reset', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  const btn = (name) => page.getByRole('button', { name, exact: true });
  const v0 = await viewOf(page);
  await btn('Zoom in').click();
  const v1 = await waitViewChange(page, v0);
  assert.ok(v1.spanDays < v0.spanDays, 'Zoom in narrows the span');
  await btn('Zoom out').click();
  const v2 = await waitViewChange(page, v1);
  assert.ok(v2.spanDays > v1.spanDays, 'Zoom out widens the span');
  await btn('Whole story').click();
  const whole = await waitViewChange(page, v2);
  assert.ok(whole.startDays + whole.spanDays >= days(1989), 'the whole story reaches past the 1988 rehabilitation');
  await btn('1888–1931').click();
  const life = await waitViewChange(page, whole);
  assert.ok(Math.abs(life.startDays - v0.startDays) < 2 && Math.abs(life.spanDays - v0.spanDays) < 2, '1888–1931 returns to the default view');
  await btn('Zoom in').click();
  await waitViewChange(page, life);
  await btn('Reset').click();
  await page.waitForFunction(([s, w]) => {
    const el = document.querySelector('.tk-viewport');
    return Math.abs(el.getAttribute('data-start-days') - s) < 2 && Math.abs(el.getAttribute('data-span-days') - w) < 2;
  }, [v0.startDays, v0.spanDays], { timeout: 5_000 });
  // The overview shows where the view is: its window must be narrower than the whole overview.
  const ov = await page.locator('.tk-overview').boundingBox();
  const win = await page.locator('.tk-overview-window').boundingBox();
  assert.ok(ov && win && win.width < ov.width, 'the overview window marks a part of the whole');
  assertClean('using the buttons');
  await context.close();
});

test('cluster chips: the number shown is the number named, and the named years overlap the view', async () => {
  for (const [opts, hash] of [[{}, ''], [{ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true }, 'from=1922&to=1966'], [{}, 'from=1922&to=1966']]) {
    const { page, context, assertClean } = await openPage(env, opts);
    await gotoReady(env, page, 'index.html' + (hash ? '#' + hash : ''));
    const v = await settle(page);
    const chips = await page.$$eval('.tk-cluster', (els) => els.map((c) => ({ shown: c.textContent.trim(), name: c.getAttribute('aria-label') })));
    assert.ok(chips.length > 0, `chips at ${hash || 'the default view'}`);
    const [y0, y1] = [1970 + v.startDays / 365.2425, 1970 + (v.startDays + v.spanDays) / 365.2425];
    for (const c of chips) {
      const m = c.name.match(/^(\d+) events, (\d{4})(?:–(\d{4}))?/);
      assert.ok(m, `a chip's name gives its count and years: "${c.name}"`);
      assert.equal(m[1], c.shown, `chip "${c.shown}" is named "${c.name}"`);
      const [a, b] = [Number(m[2]), Number(m[3] || m[2]) + 1];
      assert.ok(b >= y0 && a <= y1, `"${c.name}" overlaps the view ${y0.toFixed(1)}–${y1.toFixed(1)}`);
    }
    assertClean(`chips ${hash}`);
    await context.close();
  }
});

test('clicking a marker at the right edge opens its card without shifting the stage sideways', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  await settle(page);
  await page.locator('.tk-marker[data-event-id="arrest"]').click();
  await page.locator('.tk-card').waitFor({ state: 'visible' });
  await settle(page);
  const r = await page.evaluate(() => {
    const vp = document.querySelector('.tk-viewport');
    return { scroll: vp.scrollLeft, label: document.querySelector('.tk-lane-label').getBoundingClientRect().left - vp.getBoundingClientRect().left };
  });
  assert.equal(r.scroll, 0, 'the stage is not scrolled');
  assert.ok(r.label >= 8, `lane labels keep their place (${r.label} px from the stage's left edge)`);
  assertClean('card at the right edge');
  await context.close();
});
