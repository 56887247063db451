#!/usr/bin/env node
// Writes generated tarikh/1 content packs for the benchmark:
//   node scripts/bench-content.mjs OUT_DIR [N...]    (default N: 1000 10000 100000)
// Each file gen-N.json holds N events spread over 1800–2020 in 5 lanes, random importance 1–3,
// one source each. A fixed seed makes every run identical.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DAY_MS = 86_400_000;

/** mulberry32: a tiny deterministic PRNG. */
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(n, seed = 42) {
  const rand = rng(seed + n);
  const from = Date.UTC(1800, 0, 1);
  const to = Date.UTC(2020, 11, 31);
  const lanes = ['l1', 'l2', 'l3', 'l4', 'l5'].map((id, i) => ({
    id,
    title: `Lane ${i + 1}`,
  }));
  const nSources = Math.max(1, Math.min(100, Math.ceil(n / 100)));
  const sources = Array.from({ length: nSources }, (_, i) => ({ id: `s${i + 1}`, title: `Generated source ${i + 1}` }));
  const events = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(from + Math.floor(rand() * ((to - from) / DAY_MS)) * DAY_MS).toISOString().slice(0, 10);
    events.push({
      id: `e${i + 1}`,
      date: day,
      lane: lanes[i % lanes.length].id,
      importance: 1 + Math.floor(rand() * 3),
      // One string = the same text in every language: valid, and keeps 100,000 events under the
      // validator's 20 MB file limit.
      title: `Event ${i + 1}`,
      summary: `Generated event ${i + 1}, ${day}.`,
      sources: [sources[i % nSources].id],
    });
  }
  return {
    format: 'tarikh/1',
    id: `gen-${n}`,
    title: `Generated timeline (${n} events)`,
    languages: ['en', 'ru', 'kk'],
    default_language: 'en',
    extent: '1800/2020',
    initial_view: '1800/2020',
    lanes,
    events,
    sources,
  };
}

export function writeAll(outDir, sizes = [1000, 10000, 100000]) {
  mkdirSync(outDir, { recursive: true });
  return sizes.map((n) => {
    const file = path.join(outDir, `gen-${n}.json`);
    writeFileSync(file, JSON.stringify(generate(n)));
    return file;
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const [out, ...ns] = process.argv.slice(2);
  if (!out) {
    console.error('usage: node scripts/bench-content.mjs OUT_DIR [N...]');
    process.exit(2);
  }
  for (const f of writeAll(out, ns.length ? ns.map(Number) : undefined)) console.log(`wrote ${f}`);
}
