// The axis in a real browser: rendered tick labels never overlap and are never cut off by the
// stage's edges, in all three languages, from a 320 px phone to a 3840 px screen, for spans from
// a week to 130 years (near the whole extent). (The native tests check the tick choice with estimated text widths;
// this checks the glyphs Chromium actually draws.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, gotoReady, settle, days } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// [from, to] as the deep link takes them (inclusive), and the span in days that should result.
const SPANS = [
  ['1860', '1990', days(1991) - days(1860)],
  ['1888', '1931', days(1932) - days(1888)],
  ['1928', '1931', days(1932) - days(1928)],
  ['1929', '1930', days(1931) - days(1929)],
  ['1930-01', '1930-03', days(1930, 4) - days(1930, 1)],
  ['1930-03', '1930-03', 31],
  ['1930-03-01', '1930-03-07', 7],
];
// [width, touch]: a 1920 px touchscreen is a kiosk, with larger text.
const SCREENS = [[320, true], [1366, false], [1920, true], [3840, false]];
const LANGS = ['en', 'ru', 'kk'];

/** Problems with the rendered labels of both axis rows: overlaps (closer than 2 px) and clipping. */
const labelProblems = (page) => page.evaluate(() => {
  const stage = document.querySelector('.tk-viewport').getBoundingClientRect();
  const out = [];
  let count = 0;
  for (const row of document.querySelectorAll('.tk-axis-row')) {
    const labels = [...row.querySelectorAll('.tk-tick-label')]
      .map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() }))
      .filter((l) => l.r.right > stage.left && l.r.left < stage.right)
      .sort((a, b) => a.r.left - b.r.left);
    count += labels.length;
    labels.forEach((l, i) => {
      if (l.r.left < stage.left - 0.5 || l.r.right > stage.right + 0.5) out.push(`"${l.text}" is cut off by the stage's edge`);
      const prev = labels[i - 1];
      if (prev && l.r.left < prev.r.right + 2) out.push(`"${prev.text}" and "${l.text}" overlap`);
    });
  }
  return { out, count };
});

for (const [width, hasTouch] of SCREENS) {
  test(`axis labels neither overlap nor get cut off at ${width} px${hasTouch ? ' (touch)' : ''}, in three languages, a week to 130 years`, async () => {
    const { page, context, assertClean } = await openPage(env, { viewport: { width, height: 800 }, hasTouch });
    await gotoReady(env, page);
    for (const lang of LANGS) {
      for (const [from, to, span] of SPANS) {
        // The app follows edits of the hash, so each case is one hash change, not a reload. The
        // app also writes the hash (250 ms after its view last changed): should that write land
        // just after ours, set it again.
        const hash = `lang=${lang}&from=${from}&to=${to}`;
        for (let attempt = 0; attempt < 3; attempt++) {
          await page.evaluate((h) => { location.hash = h; }, hash);
          const followed = await page.waitForFunction(([want, l]) => {
            const el = document.querySelector('section.tk-root .tk-viewport');
            return Math.abs(Number(el.getAttribute('data-span-days')) - want) <= 1 && document.querySelector('section.tk-root').lang === l;
          }, [span, lang], { timeout: 2_000 }).then(() => true, () => false);
          if (followed) break;
        }
        const v = await settle(page);
        const where = `${lang} ${from}–${to} at ${width} px`;
        assert.ok(Math.abs(v.spanDays - span) <= 1, `${where}: the view spans ${v.spanDays} days, expected ${span}`);
        assert.equal(await page.getAttribute('section.tk-root', 'lang'), lang, `${where}: language`);
        const { out, count } = await labelProblems(page);
        assert.ok(count >= 2, `${where}: at least two tick labels are shown (${count})`);
        assert.deepEqual(out, [], `${where}`);
      }
    }
    assertClean(`axis at ${width} px`);
    await context.close();
  });
}
