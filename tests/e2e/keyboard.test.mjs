// Journey: keyboard only. Tab to an event marker, Enter opens its card, read a quotation, Next.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, openCard, gotoReady, frames, screenshot, waitHashParam } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** The focused element, with its accessible name (aria-label, else text without aria-hidden parts). */
const active = (page) => page.evaluate(() => {
  const a = document.activeElement;
  if (!a) return null;
  const copy = a.cloneNode(true);
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  const name = (a.getAttribute('aria-label') || copy.textContent || '').replace(/\s+/g, ' ').trim();
  return { tag: a.tagName, cls: a.className || '', name, id: a.getAttribute('data-event-id') || '' };
});

/** Presses Tab (or Shift+Tab) until `pred(activeElement)` holds; returns it or fails. */
async function tabTo(page, pred, what, max = 150, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const a = await active(page);
    if (a && pred(a)) return a;
  }
  assert.fail(`could not reach ${what} with ${key} in ${max} presses`);
}

const eventInHash = (page) => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('event'));

test('keyboard only: Tab to a marker, Enter opens its card, quotation, Next', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  const marker = await tabTo(page, (a) => a.tag === 'BUTTON' && /\btk-marker\b/.test(a.cls), 'an event marker');
  assert.ok(marker.id, 'the marker carries data-event-id');
  await page.keyboard.press('Enter');
  const card = page.locator('.tk-card'); // always in the DOM, `hidden` while closed
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  const title = (await page.locator('h2.tk-card-title').textContent()).trim();
  assert.ok(title.length > 0, 'the card has a title');
  assert.ok(marker.name.includes(title), `marker "${marker.name}" opened card "${title}"`);
  await waitHashParam(page, 'event', marker.id); // the URL names the open event (deep link)
  assert.ok((await page.locator('.tk-card-date').textContent()).match(/\d{4}/), 'the card shows a date');

  // Walk with Next (keyboard only) until a card with a quotation; read it.
  let quote = '';
  const seen = [];
  for (let i = 0; i < 40 && !quote; i++) {
    const q = page.locator('.tk-card blockquote.tk-quote');
    if (await q.count() > 0) { quote = (await q.first().textContent()).trim(); break; }
    const before = await eventInHash(page);
    seen.push(before);
    await tabTo(page, (a) => a.tag === 'BUTTON' && a.name === 'Next', 'the Next button', 60);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => new URLSearchParams(location.hash.slice(1)).get('event') !== id, before, { timeout: 5_000 });
  }
  assert.ok(quote.length > 10, `found and read a quotation after visiting ${seen.join(', ')}`);
  await screenshot(page, 'card-with-quote');

  // Next shows the next event: a different id and title, and focus stays usable.
  const id1 = await eventInHash(page);
  const title1 = (await page.locator('h2.tk-card-title').textContent()).trim();
  const onNext = await active(page);
  if (!(onNext && onNext.name === 'Next')) await tabTo(page, (a) => a.tag === 'BUTTON' && a.name === 'Next', 'the Next button', 60);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => new URLSearchParams(location.hash.slice(1)).get('event') !== id, id1, { timeout: 5_000 });
  await frames(page);
  const title2 = (await page.locator('h2.tk-card-title').textContent()).trim();
  assert.notEqual(title2, title1, 'Next shows another event');
  assert.ok(title2.length > 0);
  // Escape closes the card (keyboard users must be able to get out).
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden', timeout: 5_000 });
  assertClean('during the keyboard journey');
  await context.close();
});

test('keyboard: the full-screen image keeps Tab inside and Escape gives focus back', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page, 'index.html#event=birth&lang=en');
  await page.locator('.tk-card').waitFor({ state: 'visible', timeout: 10_000 });
  const opener = page.getByRole('button', { name: 'Open image full screen' }).first();
  await opener.focus();
  await page.keyboard.press('Enter');
  const viewer = page.locator('.tk-viewer');
  await viewer.waitFor({ state: 'visible', timeout: 5_000 });
  await page.waitForFunction(() => document.activeElement?.classList.contains('tk-viewer-close'));
  // Many Tabs later, focus is still on one of the viewer's own buttons.
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('.tk-viewer'));
    assert.ok(inside, `Tab ${i + 1} left the image dialog`);
  }
  await page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'hidden', timeout: 5_000 });
  await page.waitForFunction(() => document.activeElement?.classList.contains('tk-media-open'), null, { timeout: 5_000 });
  assertClean('in the image viewer');
  await context.close();
});

test('keyboard: closing a card gives focus back to its marker, with Escape and with Close', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  for (const close of ['Escape', 'the Close button']) {
    const marker = await tabTo(page, (a) => a.tag === 'BUTTON' && /\btk-marker\b/.test(a.cls), 'an event marker');
    await page.keyboard.press('Enter');
    await page.locator('.tk-card').waitFor({ state: 'visible', timeout: 5_000 });
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2', null, { timeout: 3_000 }).catch(() => {});
    assert.equal((await active(page)).tag, 'H2', 'focus moved to the card title');
    if (close === 'Escape') {
      await page.keyboard.press('Escape');
    } else {
      await tabTo(page, (a) => a.tag === 'BUTTON' && /\btk-card-close\b/.test(a.cls), 'the Close button', 30);
      await page.keyboard.press('Enter');
    }
    await page.locator('.tk-card').waitFor({ state: 'hidden', timeout: 5_000 });
    // Focus comes back once the view has settled (the card opened with a glide).
    await page.waitForFunction(() => {
      const a = document.activeElement;
      return a && a !== document.body && !a.closest('.tk-card');
    }, null, { timeout: 3_000 }).catch(() => {});
    const back = await active(page);
    assert.equal(back.id, marker.id, `after ${close}, focus is on the marker it opened from (${JSON.stringify(back)})`);
  }
  // The zoom buttons' group is named for what it holds.
  assert.equal(await page.getByRole('group', { name: 'Zoom', exact: true }).count(), 1, 'a group named "Zoom"');
  assertClean('closing cards');
  await context.close();
});

test('keyboard on a phone: while the bottom sheet is open, Tab stays on what can be seen', async () => {
  const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
  const { page, context, assertClean, card } = await openCard(env, phone, 'index.html#event=execution');
  await page.waitForFunction(() => document.querySelector('.tk-main')?.hasAttribute('inert'), null, { timeout: 5_000 });
  const sheetTop = (await card.boundingBox()).y;
  // Two full rounds of Tab: every stop is in the window and, unless it is in the sheet, above it.
  const stops = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return null;
      const r = a.getBoundingClientRect();
      return { cls: String(a.className), text: a.textContent.trim().slice(0, 30), top: r.top, bottom: r.bottom, inCard: !!a.closest('.tk-card') };
    });
    if (stop) stops.push(stop);
  }
  assert.ok(stops.some((s) => s.inCard), 'Tab reaches the card');
  assert.ok(stops.some((s) => /tk-btn/.test(s.cls) && !s.inCard), 'and the toolbar');
  for (const s of stops) {
    assert.ok(s.top >= -1 && s.bottom <= 813, `a focus stop is in the window: ${JSON.stringify(s)}`);
    assert.ok(s.inCard || s.bottom <= sheetTop + 1, `a focus stop outside the sheet is not under it: ${JSON.stringify(s)}`);
  }
  // Closed, the stage takes focus and input again.
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await card.waitFor({ state: 'hidden', timeout: 5_000 });
  assert.equal(await page.evaluate(() => document.querySelector('.tk-main').hasAttribute('inert')), false, 'the stage is not inert once the sheet is closed');
  assertClean('phone sheet keyboard');
  await context.close();
});

test('image viewer: fills a kiosk screen, pans when zoomed, Escape works after a click on the image, a click beside it closes', async () => {
  const { page, context, assertClean } = await openPage(env, { viewport: { width: 1920, height: 1080 } });
  await gotoReady(env, page, 'index.html#event=execution');
  const open = page.locator('.tk-card button.tk-media-open').first();
  await open.click();
  const viewer = page.locator('.tk-viewer');
  await viewer.waitFor({ state: 'visible' });
  const img = viewer.locator('img');
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle());
  const box = await img.boundingBox();
  assert.ok(box.width >= 0.9 * 1920 || box.height >= 0.7 * 1080, `the image fills the screen (${box.width}x${box.height})`);
  // Zoomed in, dragging moves the picture.
  for (let i = 0; i < 4; i++) await viewer.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const stage = viewer.locator('.tk-viewer-stage');
  const before = await stage.evaluate((s) => [s.scrollLeft, s.scrollTop]);
  await page.mouse.move(960, 540);
  await page.mouse.down();
  await page.mouse.move(760, 400, { steps: 5 });
  await page.mouse.up();
  const after = await stage.evaluate((s) => [s.scrollLeft, s.scrollTop]);
  assert.ok(after[0] > before[0] + 100 && after[1] > before[1] + 60, `dragging pans the zoomed image (${before} -> ${after})`);
  // A click on the picture itself, then Escape: still closes.
  await img.click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Escape');
  await viewer.waitFor({ state: 'hidden', timeout: 3_000 });
  // A click beside the picture closes it too.
  await open.click();
  await viewer.waitFor({ state: 'visible' });
  await page.mouse.click(10, 540);
  await viewer.waitFor({ state: 'hidden', timeout: 3_000 });
  assertClean('image viewer');
  await context.close();
});

test('keyboard: Enter on the stage goes to its first event; a dot without a title shows one on hover', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  await tabTo(page, (a) => /\btk-viewport\b/.test(a.cls), 'the stage');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('tk-marker'), null, { timeout: 3_000 }).catch(() => {});
  const first = await active(page);
  assert.ok(/\btk-marker\b/.test(first.cls) && first.id, `Enter on the stage focuses a marker (${JSON.stringify(first)})`);
  const dots = await page.$$eval('.tk-marker.tk-compact', (els) => els.map((e) => [e.getAttribute('title'), e.getAttribute('aria-label')]));
  assert.ok(dots.length > 0, 'the default view has dots without titles');
  for (const [title, name] of dots) assert.equal(title, name, 'a dot shows its event as a tooltip');
  assertClean('Enter on the stage');
  await context.close();
});
