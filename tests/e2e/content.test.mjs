// Journeys: content that is not a valid tarikh/1 file. The page loads valid files on its own;
// anything else goes to the content worker (downloaded only then), which imports a TimelineJS3
// file or reports every problem with its line and column.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage, gotoReady, ROOT, READY } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const isWorker = (u) => /tarikh-worker/.test(u);

/** Serves `body` at /x/<name> on the test origin (the file itself stays where it is). */
async function serveAt(env, page, name, body) {
  const url = new URL(`x/${name}`, env.url).href;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  return `index.html?src=x/${name}`;
}

test('the flagship loads without downloading the content worker', async () => {
  const { page, context, assertClean } = await openPage(env);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await gotoReady(env, page);
  await page.locator('.tk-marker').first().waitFor({ state: 'visible' });
  assert.deepEqual(requests.filter(isWorker), [], 'no worker script or wasm was fetched');
  assertClean('loading the flagship');
  await context.close();
});

test('a real TimelineJS3 file is imported in the worker and shown', async () => {
  const { page, context, assertClean } = await openPage(env);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // Read in place from the shared compatibility set; never copied into the repository.
  const file = readFileSync(path.join(ROOT, '../shared/compat/timelinejs3/women_in_computing.json'), 'utf8');
  const raw = JSON.parse(file);
  await gotoReady(env, page, await serveAt(env, page, 'women.json', file));
  await page.locator('.tk-marker, .tk-cluster').first().waitFor({ state: 'visible', timeout: 20_000 });
  assert.ok(requests.some(isWorker), 'the worker was fetched for this file');
  const heading = (await page.locator('h2.tk-title').textContent()).trim();
  const expected = raw.title.text.headline.replace(/<[^>]*>/g, '').trim();
  assert.equal(heading, expected, 'the title comes from the TimelineJS3 file');
  assert.equal(await page.locator('.tk-errors').count(), 0, 'no problem panel');
  assertClean('importing TimelineJS3');
  await context.close();
});

test('a broken file lists its problems with line and column, and nothing panics', async () => {
  const { page, context, assertClean } = await openPage(env);
  const broken = '{"format": "tarikh/1",\n "id": 5 }';
  await page.goto(new URL(await serveAt(env, page, 'broken.json', broken), env.url).href);
  const panel = page.locator('.tk-errors');
  await panel.waitFor({ state: 'visible', timeout: 20_000 });
  assert.equal(await panel.getAttribute('role'), 'alert');
  assert.match(await panel.textContent(), /x\/broken\.json/, 'the panel names the file');
  const items = await page.locator('.tk-errors li').allTextContents();
  assert.ok(items.some((t) => /^id — line 2, column 8/.test(t) && /expected a string/.test(t)), `the wrong type of id is placed: ${items.join(' | ')}`);
  assert.ok(items.some((t) => /missing field `events`/.test(t)), 'missing fields are listed');
  assert.equal(await page.locator(READY).count(), 0, 'no timeline is shown for a file that cannot be read');
  assertClean('showing problems');
  await context.close();
});

test('without the content worker, a file the page cannot read says so instead of failing silently', async () => {
  const { page, context, problems } = await openPage(env);
  // An embedder who copied only tarikh-app.js: the worker's start-up script is missing.
  await page.route(new URL('tarikh-worker-loader.js', env.url).href, (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto(new URL(await serveAt(env, page, 'broken.json', '{"format": "tarikh/1"'), env.url).href);
  const panel = page.locator('.tk-errors');
  await panel.waitFor({ state: 'visible', timeout: 20_000 });
  assert.match(await panel.textContent(), /could not be checked: the content worker .*tarikh-worker-loader\.js failed to load/);
  const { pageErrors, foreign } = problems();
  assert.deepEqual({ pageErrors, foreign }, { pageErrors: [], foreign: [] }, 'no uncaught error, nothing fetched elsewhere');
  await context.close();
});
