// Journeys: deep links (Russian card with the disputed execution year), language switch, a broken
// link falling back to the default view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, openCard, gotoReady, viewOf, frames, settle, screenshot } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const CYRILLIC = /[А-Яа-яЁё]/;
const KAZAKH_ONLY = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;

test('#event=execution&lang=ru opens the Russian card with both disputed years', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page, 'index.html#event=execution&lang=ru');
  const card = page.locator('.tk-card');
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  const title = (await page.locator('h2.tk-card-title').textContent()).trim();
  assert.match(title, CYRILLIC, `the card heading is in Russian: "${title}"`);
  assert.equal(await page.getByRole('heading', { level: 2, name: title, exact: true }).count(), 1, 'the title is an h2 heading');
  const alts = await page.locator('.tk-card .tk-alternatives li').allTextContents();
  assert.ok(alts.length >= 2, `the disputed date lists its versions (${alts.length})`);
  assert.ok(alts.some((a) => a.includes('1930')), 'one version says 1930');
  assert.ok(alts.some((a) => a.includes('1931')), 'one version says 1931');
  // Each version cites its own sources, as links that open in a new tab.
  const altLinks = page.locator('.tk-card .tk-alternatives li a[target="_blank"]');
  assert.ok((await altLinks.count()) >= 2, 'the versions name their sources');
  // The periods the event falls in are named with their sources (the eras' only text view).
  const periods = await page.locator('.tk-card .tk-periods li').allTextContents();
  assert.ok(periods.some((p) => p.includes('Голощёкин') || p.includes('Голощекин')), `the Goloshchekin era is listed: ${periods}`);
  assert.ok((await page.locator('.tk-card .tk-periods li .tk-refs li').count()) >= 1, 'eras cite sources');
  assert.equal(await page.getByRole('button', { name: 'Русский', exact: true }).getAttribute('aria-pressed'), 'true');
  // The interface itself is Russian too: the English zoom button name is gone.
  assert.equal(await page.getByRole('button', { name: 'Zoom in', exact: true }).count(), 0, 'zoom button is translated');
  await screenshot(page, 'deeplink-execution-ru');
  assertClean('on the Russian deep link');
  await context.close();
});

test('on a phone, the opened event shows above the bottom sheet, title and all', async () => {
  // Rehabilitation (1988) is in the lowest lane and far right of the default view.
  const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
  const { page, context, assertClean, card } = await openCard(env, phone, 'index.html#event=rehabilitation');
  const marker = page.locator('.tk-marker[data-event-id="rehabilitation"]');
  await marker.waitFor({ state: 'visible', timeout: 5_000 });
  const [m, c, v] = [await marker.boundingBox(), await card.boundingBox(), await viewOf(page)];
  assert.ok(m.y + m.height <= c.y, `the marker (bottom ${m.y + m.height}) is above the sheet (top ${c.y})`);
  assert.ok(m.y >= v.top, 'and below the top of the stage');
  assert.ok(m.x >= v.left && m.x + 120 <= v.left + v.width, `its start and some of its title are in view (x ${m.x})`);
  // Does a lane moved up stay out of the axis? The axis is still where it was, above the marker.
  const axis = await page.locator('.tk-axis').boundingBox();
  assert.ok(axis.y + axis.height <= m.y + 1, 'the marker is below the axis');
  await screenshot(page, 'phone-sheet-rehabilitation');
  // Closing the sheet puts the lanes back: the marker returns to its own (lowest) lane.
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await settle(page);
  const back = await marker.boundingBox();
  assert.ok(back && back.y > m.y + 100, `closed: the lanes are back in place (marker top ${m.y} -> ${back?.y})`);
  assertClean('phone sheet');
  await context.close();
});

test('the Қазақша button switches the interface to Kazakh and updates the URL', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  const kk = page.getByRole('button', { name: 'Қазақша', exact: true });
  assert.equal(await kk.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.getByRole('button', { name: 'English', exact: true }).getAttribute('aria-pressed'), 'true');
  await kk.click();
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('lang') === 'kk', null, { timeout: 5_000 });
  await frames(page);
  assert.equal(await kk.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.getAttribute('section.tk-root', 'lang'), 'kk', 'the timeline is marked as Kazakh');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk', 'and so is the page it owns');
  assert.equal(await page.getByRole('button', { name: 'Zoom in', exact: true }).count(), 0, 'no English "Zoom in" left');
  // Kazakh-only letters in the UI outside the language switcher itself.
  const uiText = await page.$$eval('section.tk-root button, section.tk-root [aria-label]', (els) =>
    els.filter((e) => !['English', 'Русский', 'Қазақша'].includes((e.textContent || '').trim()))
      .map((e) => `${e.getAttribute('aria-label') || ''} ${e.textContent || ''}`).join('\n'));
  assert.match(uiText, KAZAKH_ONLY, 'button names and labels are in Kazakh');
  await screenshot(page, 'lang-kk');
  assertClean('after switching to Kazakh');
  await context.close();
});

test('a broken deep link falls back to the default view without errors', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  const def = await viewOf(page);
  await context.close();

  const second = await openPage(env);
  await gotoReady(env, second.page, 'index.html#event=nope&from=garbage');
  await second.page.locator('button.tk-marker').first().waitFor({ state: 'visible' });
  await frames(second.page);
  const v = await viewOf(second.page);
  assert.ok(Math.abs(v.startDays - def.startDays) < 1 && Math.abs(v.spanDays - def.spanDays) < 1, 'default view');
  assert.equal(await second.page.locator('.tk-card:visible').count(), 0, 'no card for an unknown event');
  assertClean('(default load)');
  second.assertClean('on a broken deep link');
  await second.context.close();
});

// Phones held sideways and small phones are shorter than the five lanes: the stage keeps the
// height its lanes need and its column scrolls, so no lane is cut off for good.
for (const [name, viewport, event] of [['a phone held sideways (812x375)', { width: 812, height: 375 }, 'arrest'], ['a 320x568 phone', { width: 320, height: 568 }, 'arrest']]) {
  test(`on ${name}, every lane can be scrolled to, and an opened event in a low lane is brought into sight`, async () => {
    const { page, context, assertClean } = await openPage(env, { viewport, isMobile: true, hasTouch: true });
    await gotoReady(env, page);
    const lanes = page.locator('.tk-lanes > .tk-lane');
    assert.equal(await lanes.count(), 5, 'five lanes');
    const stage = await viewOf(page);
    const last = await lanes.last().boundingBox();
    assert.ok(last.y + last.height <= stage.top + stage.height + 1, 'the stage is tall enough for the last lane');
    assert.ok(last.y > viewport.height, `the last lane starts below the window (y ${last.y}): this window is too short`);
    // A vertical swipe over the stage scrolls its column (touch-action: pan-y), like this:
    await page.evaluate(() => { const m = document.querySelector('.tk-main'); m.scrollTop = m.scrollHeight; });
    const label = await lanes.last().locator('.tk-lane-label').boundingBox();
    assert.ok(label.y >= 0 && label.y + label.height <= viewport.height, `scrolled, the last lane's label is in the window (y ${label.y})`);
    const pinned = await page.locator('.tk-axis').boundingBox();
    assert.ok(pinned.y >= 0 && pinned.y < viewport.height / 2, `scrolled, the axis stays in sight at the top (y ${pinned.y})`);
    const overview = await page.locator('.tk-overview').boundingBox();
    assert.ok(overview.y + overview.height <= viewport.height + 1, 'and so is the overview strip below it');
    // The page itself does not scroll: only the column does.
    assert.equal(await page.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight), true, 'no page scroll');
    // Opening an event of the repression lane (the fourth) brings it into sight.
    await page.evaluate(() => { document.querySelector('.tk-main').scrollTop = 0; });
    await page.evaluate((id) => { location.hash = `event=${id}`; }, event);
    const card = page.locator('.tk-card');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await settle(page);
    await frames(page, 3);
    const marker = page.locator(`.tk-marker[data-event-id="${event}"]`);
    await marker.waitFor({ state: 'visible', timeout: 5_000 });
    const [m, c] = [await marker.boundingBox(), await card.boundingBox()];
    assert.ok(m.y >= 0 && m.y + m.height <= viewport.height, `the marker is in the window (y ${m.y})`);
    const axis = await page.locator('.tk-axis').boundingBox();
    assert.ok(m.y >= axis.y + axis.height - 1, `below the axis, which stays in sight (marker top ${m.y}, axis bottom ${axis.y + axis.height})`);
    assert.ok(axis.y >= 0, 'the axis is in the window');
    // Pinned over the scrolled column, the axis hides what lies under it: a tap on a marker or
    // chip scrolled up under the axis hits the axis, not the hidden button.
    const under = await page.evaluate(() => {
      const a = document.querySelector('.tk-axis').getBoundingClientRect();
      return [...document.querySelectorAll('.tk-markers > .tk-marker, .tk-cluster')].map((b) => b.getBoundingClientRect())
        .map((r) => [r.left + r.width / 2, r.top + r.height / 2])
        .filter(([x, y]) => x > a.left && x < a.right && y > a.top && y < a.bottom)
        .map(([x, y]) => !!document.elementFromPoint(x, y)?.closest('.tk-marker, .tk-cluster'));
    });
    if (viewport.height < 400) assert.ok(under.length > 0, 'sideways, some buttons have scrolled up under the axis');
    assert.deepEqual(under.filter(Boolean), [], 'no button under the axis can be tapped through it');
    const strip = await page.locator('.tk-overview').boundingBox();
    assert.ok(m.y + m.height <= strip.y + 1, `and above the overview strip (marker bottom ${m.y + m.height}, strip top ${strip.y})`);
    const beside = c.x >= m.x + m.width;
    assert.ok(beside || m.y + m.height <= c.y, `and not under the card (marker ${JSON.stringify(m)}, card ${JSON.stringify(c)})`);
    await screenshot(page, `short-${viewport.width}x${viewport.height}-${event}`);
    assertClean(name);
    await context.close();
  });
}

test('on a 320x568 phone in Kazakh, a card with a long title keeps its text and Previous/Next on screen', async () => {
  const small = { viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true };
  const { page, context, assertClean } = await openCard(env, small, 'index.html#event=early-learning&lang=kk');
  const nav = await page.locator('.tk-card-nav').boundingBox();
  assert.ok(nav.y + nav.height <= 568 + 0.5, `Previous/Next are on screen (bottom ${nav.y + nav.height})`);
  const text = await page.locator('.tk-card-scroll').boundingBox();
  assert.ok(text.height >= 80, `the card's text has room to be read (${text.height} px)`);
  await screenshot(page, 'phone-320-kk-sheet');
  assertClean('320 sheet');
  await context.close();
});

test('on a 375x812 phone, the sheet shows the whole card head: lane, title, date and close', async () => {
  const phone = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true };
  const { page, context, assertClean } = await openCard(env, phone, 'index.html#event=execution&lang=kk');
  // The head scrolls only when the sheet has no room; here it has, so nothing in it is cut off.
  const head = await page.locator('.tk-card-head').evaluate((h) => ({ scroll: h.scrollHeight, client: h.clientHeight }));
  assert.ok(head.scroll <= head.client + 1, `the head is not squeezed (${head.client} of ${head.scroll} px shown)`);
  const headBox = await page.locator('.tk-card-head').boundingBox();
  for (const sel of ['.tk-card-title', '.tk-card-close']) {
    const b = await page.locator(sel).boundingBox();
    assert.ok(b.y >= headBox.y - 0.5 && b.y + b.height <= headBox.y + headBox.height + 0.5, `${sel} is inside the visible head`);
  }
  const text = await page.locator('.tk-card-scroll').boundingBox();
  assert.ok(text.height >= 200, `and the text keeps room (${text.height} px)`);
  assertClean('375 sheet head');
  await context.close();
});
