// A kiosk runs for months without a network: after one visit online, the timeline loads again
// with the network gone (public/tarikh-offline.js, a service worker), card images included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, gotoReady, settle } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('after one visit, the timeline and a card with its map load with the network down', async () => {
  const { page, context, assertClean } = await openPage(env, { serviceWorkers: 'allow' });
  await gotoReady(env, page);
  // The offline copy is made once the page has loaded; wait until it controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 10_000 });
  await page.waitForSelector('section.tk-root[data-ready="true"]');
  await context.setOffline(true);
  // Prove the network is really gone (from another tab, so its failed request is not counted
  // as an error of the page under test).
  const probe = await context.newPage();
  await probe.goto(new URL('index.html', env.url).href);
  const direct = await probe.evaluate(() => fetch('no-such-file-' + Date.now()).then(() => 'answered', () => 'failed'));
  assert.equal(direct, 'failed', 'with the network down, a request for an uncached file fails');
  await probe.close();
  // A card never opened online: its map was kept when the copy was made.
  await page.goto(new URL('index.html#event=execution', env.url).href);
  await page.reload();
  await page.waitForSelector('section.tk-root[data-ready="true"]', { timeout: 30_000 });
  const v = await settle(page);
  assert.ok(v.spanDays > 0, 'the timeline is shown');
  assert.ok(await page.locator('.tk-marker').count() > 5, 'with its markers');
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await page.locator('.tk-card img').first().elementHandle(), { timeout: 10_000 });
  assert.equal(await page.locator('.tk-card .tk-media-missing').count(), 0, 'the card image comes from the offline copy');
  await context.setOffline(false);
  assertClean('offline');
  await context.close();
});
