// Journeys: first load shows markers; the page works at phone, laptop and desktop sizes and under
// the /tarikh/ sub-path; nothing is fetched from any other origin and nothing logs an error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, gotoReady, viewOf, screenshot, days, READY } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('default load: labelled region, visible markers, default view 1888–1931', async () => {
  const { page, context, assertClean } = await openPage(env);
  await gotoReady(env, page);
  const label = await page.getAttribute(READY, 'aria-label');
  assert.match(label ?? '', /Aymautov/i, 'the region is labelled with the timeline title');
  assert.equal(await page.getAttribute(READY, 'role'), 'region');
  await page.locator('button.tk-marker').first().waitFor({ state: 'visible' });
  const visible = await page.locator('button.tk-marker:visible').count();
  assert.ok(visible >= 3, `expected several visible markers, saw ${visible}`);
  // Every marker's accessible name carries a year, so a screen reader hears title and date.
  const names = await page.locator('button.tk-marker:visible').evaluateAll((els) =>
    els.map((e) => e.getAttribute('aria-label') || e.textContent || ''));
  for (const n of names) assert.match(n, /\d{4}/, `marker name without a date: "${n}"`);
  const v = await viewOf(page);
  assert.ok(v.startDays <= days(1889, 3, 1) && v.startDays >= days(1880), `view starts near 1888 (start ${v.startDays})`);
  const end = v.startDays + v.spanDays;
  assert.ok(end >= days(1930, 12, 1) && end <= days(1940), `view ends near 1931 (end ${end})`);
  assert.ok(Math.abs(v.widthPx - v.width) <= 1, `data-width-px ${v.widthPx} matches the viewport width ${v.width}`);
  // The flagship content is valid: no content problems listed.
  assert.equal(await page.locator('.tk-errors li').count(), 0, 'the flagship content reports no problems');
  assert.ok(await page.locator('.tk-axis .tk-tick').count() > 0, 'the axis has ticks');
  // The era bands in view are a list of periods for assistive technology, each with its dates.
  const periods = page.getByRole('list', { name: 'Periods in view' });
  const alash = periods.getByRole('listitem').filter({ hasText: 'Alash autonomy' });
  assert.equal(await alash.count(), 1, 'the Alash autonomy band is listed');
  assert.match(await alash.innerText(), /Alash autonomy, December 1917\s*–\s*March 1920/, 'named with its dates');
  assertClean('on default load');
  await context.close();
});

const SIZES = [
  { name: 'phone-375x812', viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
  { name: 'laptop-1366x768', viewport: { width: 1366, height: 768 } },
  { name: 'kiosk-1920x1080', viewport: { width: 1920, height: 1080 }, hasTouch: true },
];

for (const size of SIZES) {
  test(`renders at ${size.name} without horizontal overflow`, async () => {
    const { page, context, assertClean } = await openPage(env, size);
    await gotoReady(env, page);
    await page.locator('button.tk-marker').first().waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Zoom in', exact: true }).waitFor({ state: 'visible' });
    const { scrollW, innerW } = await page.evaluate(() => ({
      scrollW: document.scrollingElement.scrollWidth,
      innerW: window.innerWidth,
    }));
    assert.ok(scrollW <= innerW, `page scrolls sideways at ${size.name}: ${scrollW} > ${innerW}`);
    await screenshot(page, size.name);
    assertClean(`at ${size.name}`);
    await context.close();
  });
}

test('a kiosk touchscreen (1920 px, touch) gets larger text than a laptop, and titles still fit', async () => {
  const sizes = {};
  for (const size of [SIZES[1], SIZES[2]]) {
    const { page, context, assertClean } = await openPage(env, size);
    await gotoReady(env, page);
    await page.locator('button.tk-marker').first().waitFor({ state: 'visible' });
    sizes[size.name] = await page.evaluate(() => {
      const px = (sel) => parseFloat(getComputedStyle(document.querySelector(sel)).fontSize);
      // Titles shown whole: a label is cut (ellipsis) when its text is wider than its box.
      const labels = [...document.querySelectorAll('.tk-marker:not(.tk-compact) .tk-marker-label')];
      const cut = labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent);
      return { marker: px('.tk-marker'), tick: px('.tk-tick-label'), card: px('.tk-root'), labels: labels.length, cut };
    });
    assertClean(size.name);
    await context.close();
  }
  const [laptop, kiosk] = [sizes['laptop-1366x768'], sizes['kiosk-1920x1080']];
  assert.equal(laptop.marker, 13);
  assert.ok(kiosk.marker >= 16 && kiosk.tick >= 16 && kiosk.card >= 18, `kiosk text ${JSON.stringify(kiosk)}`);
  // Long titles are capped (and cut) by design; short ones must fit in both.
  for (const [name, s] of Object.entries(sizes)) {
    assert.ok(s.labels >= 5, `${name}: labelled markers`);
    const shortCut = s.cut.filter((t) => t.length <= 18);
    assert.deepEqual(shortCut, [], `${name}: short titles shown whole`);
  }
});

test('the same build works under the /tarikh/ sub-path', async () => {
  const { page, context, assertClean } = await openPage(env);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await gotoReady(env, page, 'tarikh/');
  await page.locator('button.tk-marker').first().waitFor({ state: 'visible' });
  const outside = requested.filter((p) => !p.startsWith('/tarikh/'));
  assert.deepEqual(outside, [], 'every asset is fetched relative to the sub-path');
  assertClean('under /tarikh/');
  await context.close();
});
