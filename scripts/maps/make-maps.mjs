// Draws the SVG maps used by public/content/aymautov.json into public/media/.
//
// Geographic data: the npm package `world-atlas` (ISC licence), pre-built TopoJSON derived
// from Natural Earth (public domain), decoded with `topojson-client`. Install both OUTSIDE
// the repository, then point this script at the world-atlas folder:
//
//   mkdir -p /tmp/maps && cd /tmp/maps && npm init -y && npm i world-atlas topojson-client
//   cd /work/main   # the repository root
//   WORLD_ATLAS_DIR=/tmp/maps/node_modules/world-atlas node scripts/maps/make-maps.mjs
//
// (or pass the folder as the first argument; an optional second argument is the output
// folder, default public/media). `topojson-client` is resolved from the node_modules folder
// that holds world-atlas. The script writes plain SVG: modern country outlines (Natural Earth
// 1:10m or 1:50m), city dots with English labels, an approximate scale bar and a title.
// Captions in the content file are localised; the labels here stay in English.
//
// Projection: equirectangular, with longitudes scaled by cos(centre latitude), so the scale
// bar is exact along the centre parallel and approximate elsewhere.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";

const atlasDir = resolve(process.argv[2] || process.env.WORLD_ATLAS_DIR || "");
if (!process.argv[2] && !process.env.WORLD_ATLAS_DIR) {
  console.error("usage: WORLD_ATLAS_DIR=/path/to/node_modules/world-atlas node make-maps.mjs [atlasDir] [outDir]");
  process.exit(2);
}
const outDir = resolve(process.argv[3] || "public/media");
const require = createRequire(join(atlasDir, "package.json"));
const topojson = require("topojson-client");

const COLORS = { land: "#efe6d6", water: "#cfe0ea", border: "#9a8c78", text: "#2b2118" };
const W = 640;
const H = 480;
const TOP = 48; // title band
const BOTTOM = 30; // credit band

// Well-known city coordinates (2 decimals). Labels are English only.
const CITIES = {
  moscow: { lon: 37.62, lat: 55.76, name: "Moscow" },
  orenburg: { lon: 55.1, lat: 51.77, name: "Orenburg" },
  pavlodar: { lon: 76.97, lat: 52.29, name: "Pavlodar (Kereku)" },
  bayanaul: { lon: 75.7, lat: 50.79, name: "Bayanaul" },
  semey: { lon: 80.23, lat: 50.41, name: "Semipalatinsk (Semey)" },
  karkaraly: { lon: 75.47, lat: 49.41, name: "Karkaraly" },
  tashkent: { lon: 69.24, lat: 41.3, name: "Tashkent" },
  shymkent: { lon: 69.59, lat: 42.34, name: "Shymkent (Chimkent)" },
  kyzylorda: { lon: 65.51, lat: 44.85, name: "Kyzylorda (Kzyl-Orda)" },
  almaty: { lon: 76.89, lat: 43.24, name: "Almaty (Alma-Ata)" },
  astana: { lon: 71.45, lat: 51.17, name: "Astana" },
  turkestan: { lon: 68.25, lat: 43.3, name: "Turkestan" },
  oskemen: { lon: 82.63, lat: 49.95, name: "Oskemen" },
  karaganda: { lon: 73.11, lat: 49.8, name: "Karaganda" },
  prokopyevsk: { lon: 86.72, lat: 53.88, name: "Prokopyevsk" },
};

// label: [dx, dy, anchor]; name overrides the city's default label on that map.
const MAPS = [
  {
    file: "map-overview.svg",
    title: "Places in the life of Zhusupbek Aymautov",
    res: "50m",
    bbox: [33, 38, 93, 59],
    countries: [
      ["KAZAKHSTAN", 64.5, 47.6],
      ["RUSSIA", 50, 56.5],
      ["UZBEKISTAN", 61.5, 42.4],
      ["CHINA", 88, 43.5],
      ["KYRGYZSTAN", 75.5, 40.7],
    ],
    places: [
      ["moscow", [8, -6, "start"]],
      ["orenburg", [8, -6, "start"]],
      ["pavlodar", [8, -6, "start"]],
      ["bayanaul", [-8, 0, "end"]],
      ["semey", [8, 8, "start"], "Semipalatinsk"],
      ["karkaraly", [-8, 10, "end"]],
      ["tashkent", [-8, 12, "end"]],
      ["shymkent", [8, 4, "start"], "Shymkent"],
      ["kyzylorda", [-8, -6, "end"], "Kyzylorda"],
      ["almaty", [8, 2, "start"], "Alma-Ata (Almaty)"],
    ],
  },
  {
    file: "map-northeast.svg",
    title: "Bayanaul, Pavlodar, Semipalatinsk and Karkaraly",
    res: "10m",
    bbox: [72.2, 48.2, 83.2, 53.6],
    countries: [["KAZAKHSTAN", 78.2, 49.2], ["RUSSIA", 80.5, 53.1]],
    places: [
      ["pavlodar", [9, -6, "start"]],
      ["bayanaul", [-9, -6, "end"], "Bayanaul district (Kyzyltau)"],
      ["semey", [-9, 16, "end"], "Semipalatinsk (Semey) and Alash town"],
      ["karkaraly", [9, 14, "start"]],
    ],
  },
  {
    file: "map-south.svg",
    title: "Tashkent, Shymkent and Kyzylorda",
    res: "10m",
    bbox: [61.5, 39.8, 72.8, 46.6],
    countries: [
      ["KAZAKHSTAN", 66.5, 46],
      ["UZBEKISTAN", 63.8, 41.4],
      ["KYRGYZSTAN", 72.2, 41.9],
      ["TAJIKISTAN", 69.2, 40.05],
    ],
    places: [
      ["tashkent", [-9, 14, "end"]],
      ["shymkent", [9, -4, "start"]],
      ["kyzylorda", [9, -6, "start"]],
      ["turkestan", [-9, -6, "end"]],
    ],
  },
  {
    file: "map-west.svg",
    title: "Orenburg and Moscow",
    res: "50m",
    bbox: [33.5, 47.5, 61.5, 59],
    countries: [
      ["RUSSIA", 44, 53.5],
      ["KAZAKHSTAN", 56.5, 48.6],
      ["UKRAINE", 35.6, 48.3],
    ],
    places: [
      ["moscow", [9, -6, "start"]],
      ["orenburg", [-9, -8, "end"]],
    ],
  },
  {
    file: "map-memory.svg",
    title: "Places of remembrance and of his family's later life",
    res: "50m",
    bbox: [60, 40, 90, 56],
    countries: [
      ["KAZAKHSTAN", 66.5, 48],
      ["RUSSIA", 68, 54.6],
      ["CHINA", 86.5, 44],
      ["UZBEKISTAN", 62.5, 42],
    ],
    places: [
      ["pavlodar", [9, -6, "start"], "Pavlodar"],
      ["bayanaul", [-9, -2, "end"]],
      ["semey", [-9, 12, "end"], "Semey"],
      ["oskemen", [9, 12, "start"]],
      ["astana", [-9, -6, "end"]],
      ["karaganda", [-9, 12, "end"]],
      ["almaty", [9, 12, "start"], "Almaty"],
      ["turkestan", [-9, 12, "end"]],
      ["prokopyevsk", [-9, -6, "end"]],
    ],
    note: "Moscow (Vagankovo cemetery) lies far to the west, off this map",
    subtitle: "Modern borders and modern place names (Natural Earth)",
  },
];

function projection(bbox) {
  const [x0, y0, x1, y1] = bbox;
  const phi0 = ((y0 + y1) / 2) * (Math.PI / 180);
  const c = Math.cos(phi0);
  const areaW = W;
  const areaH = H - TOP - BOTTOM;
  const k = Math.min(areaW / ((x1 - x0) * c), areaH / (y1 - y0));
  const ox = (areaW - (x1 - x0) * c * k) / 2;
  const oy = TOP + (areaH - (y1 - y0) * k) / 2;
  return {
    k,
    project: ([lon, lat]) => [ox + (lon - x0) * c * k, oy + (y1 - lat) * k],
  };
}

const r1 = (v) => Math.round(v * 10) / 10;

// Sutherland–Hodgman clipping of one ring against the rectangle.
function clipRing(pts, [minX, minY, maxX, maxY]) {
  const edges = [
    [(p) => p[0] >= minX, (a, b) => [minX, a[1] + ((b[1] - a[1]) * (minX - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= maxX, (a, b) => [maxX, a[1] + ((b[1] - a[1]) * (maxX - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= minY, (a, b) => [a[0] + ((b[0] - a[0]) * (minY - a[1])) / (b[1] - a[1]), minY]],
    [(p) => p[1] <= maxY, (a, b) => [a[0] + ((b[0] - a[0]) * (maxY - a[1])) / (b[1] - a[1]), maxY]],
  ];
  let out = pts;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(cut(prev, cur));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}

// Liang–Barsky clipping of a polyline; returns the visible pieces.
function clipLine(pts, [minX, minY, maxX, maxY]) {
  const pieces = [];
  let cur = [];
  const flush = () => {
    if (cur.length > 1) pieces.push(cur);
    cur = [];
  };
  for (let i = 1; i < pts.length; i++) {
    const [ax, ay] = pts[i - 1];
    const [bx, by] = pts[i];
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    let ok = true;
    for (const [p, q] of [
      [-dx, ax - minX],
      [dx, maxX - ax],
      [-dy, ay - minY],
      [dy, maxY - ay],
    ]) {
      if (p === 0) {
        if (q < 0) ok = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!ok || t0 > t1) {
      flush();
      continue;
    }
    const s = [ax + t0 * dx, ay + t0 * dy];
    const e = [ax + t1 * dx, ay + t1 * dy];
    if (t0 > 0) flush();
    if (cur.length === 0) cur.push(s);
    cur.push(e);
    if (t1 < 1) flush();
  }
  flush();
  return pieces;
}

// Drop points closer than `tol` pixels to the last kept one.
function simplify(pts, tol = 0.9) {
  if (pts.length < 3) return pts;
  const out = [pts[0]];
  for (let i = 1; i < pts.length - 1; i++) {
    const l = out[out.length - 1];
    if (Math.hypot(pts[i][0] - l[0], pts[i][1] - l[1]) >= tol) out.push(pts[i]);
  }
  out.push(pts[pts.length - 1]);
  return out;
}

function pathOf(lines, closed) {
  let d = "";
  for (const line of lines) {
    if (line.length < 2) continue;
    d += "M" + line.map(([x, y]) => `${r1(x)} ${r1(y)}`).join("L");
    if (closed) d += "Z";
  }
  return d;
}

function polygonsOf(geom) {
  if (!geom) return [];
  if (geom.type === "Polygon") return [geom.coordinates];
  if (geom.type === "MultiPolygon") return geom.coordinates;
  if (geom.type === "GeometryCollection") return geom.geometries.flatMap(polygonsOf);
  return [];
}

function linesOf(geom) {
  if (geom.type === "LineString") return [geom.coordinates];
  if (geom.type === "MultiLineString") return geom.coordinates;
  return [];
}

function niceScale(kmPerPx) {
  const target = 140 * kmPerPx;
  const steps = [50, 100, 200, 250, 500, 1000, 2000];
  let best = steps[0];
  for (const s of steps) if (s <= target) best = s;
  return best;
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const cache = {};
function topology(res) {
  if (!cache[res]) {
    cache[res] = JSON.parse(readFileSync(join(atlasDir, `countries-${res}.json`), "utf8"));
  }
  return cache[res];
}

function draw(map) {
  const topo = topology(map.res);
  const { k, project } = projection(map.bbox);
  const pad = 4;
  const rect = [-pad, TOP - pad, W + pad, H - BOTTOM + pad];
  const land = topojson.feature(topo, topo.objects.land);
  const rings = [];
  for (const f of land.features ?? [land]) {
    for (const poly of polygonsOf(f.geometry)) {
      for (const ring of poly) {
        const clipped = clipRing(ring.map(project), rect);
        if (clipped.length > 2) rings.push(simplify(clipped));
      }
    }
  }
  // Country borders only: the Baikonur lease area (1:10m data) is drawn as part of Kazakhstan.
  const countries = {
    ...topo.objects.countries,
    geometries: topo.objects.countries.geometries.filter((g) => g.properties?.name !== "Baikonur"),
  };
  const borders = topojson.mesh(topo, countries, (a, b) => a !== b);
  const coast = topojson.mesh(topo, topo.objects.land);
  const clipLines = (ml) =>
    linesOf(ml).flatMap((l) => clipLine(l.map(project), rect)).map((l) => simplify(l));

  const kmPerPx = 111.32 / k;
  const km = niceScale(kmPerPx);
  const barPx = km / kmPerPx;

  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t">`,
  );
  out.push(`<title id="t">${esc(map.title)} (modern borders)</title>`);
  out.push(`<defs><clipPath id="c"><rect x="0" y="${TOP}" width="${W}" height="${H - TOP - BOTTOM}"/></clipPath></defs>`);
  out.push(`<rect width="${W}" height="${H}" fill="#fbf8f2"/>`);
  out.push(`<g clip-path="url(#c)">`);
  out.push(`<rect x="0" y="${TOP}" width="${W}" height="${H - TOP - BOTTOM}" fill="${COLORS.water}"/>`);
  out.push(`<path d="${pathOf(rings, true)}" fill="${COLORS.land}" fill-rule="evenodd"/>`);
  out.push(`<path d="${pathOf(clipLines(coast), false)}" fill="none" stroke="#8aa9bb" stroke-width="0.7"/>`);
  out.push(
    `<path d="${pathOf(clipLines(borders), false)}" fill="none" stroke="${COLORS.border}" stroke-width="1.1" stroke-dasharray="5 3"/>`,
  );
  out.push(`</g>`);
  out.push(`<g font-family="sans-serif" fill="${COLORS.text}">`);
  for (const [name, lon, lat] of map.countries) {
    const [x, y] = project([lon, lat]);
    out.push(
      `<text x="${r1(x)}" y="${r1(y)}" font-size="12" letter-spacing="2" text-anchor="middle" fill="#7d6e5a">${esc(name)}</text>`,
    );
  }
  for (const [id, [dx, dy, anchor], label] of map.places) {
    const c = CITIES[id];
    const [x, y] = project([c.lon, c.lat]);
    const tx = r1(x + dx);
    const ty = r1(y + dy + 4);
    out.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="4.5" fill="#8a2d1c" stroke="#fff" stroke-width="1.5"/>`);
    out.push(
      `<text x="${tx}" y="${ty}" font-size="14" text-anchor="${anchor}" stroke="#fbf8f2" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(label || c.name)}</text>`,
    );
  }
  if (map.note) {
    out.push(
      `<text x="12" y="${H - BOTTOM - 10}" font-size="12" font-style="italic" stroke="#fbf8f2" stroke-width="3" stroke-linejoin="round" paint-order="stroke">← ${esc(map.note)}</text>`,
    );
  }
  // title band
  out.push(`<text x="12" y="22" font-size="17" font-weight="bold">${esc(map.title)}</text>`);
  const subtitle = map.subtitle || "Modern borders (Natural Earth); older place names in brackets or in the captions";
  out.push(`<text x="12" y="40" font-size="12">${esc(subtitle)}</text>`);
  // scale bar
  const sx = W - 16 - barPx;
  const sy = H - BOTTOM - 14;
  out.push(`<rect x="${r1(sx - 6)}" y="${sy - 16}" width="${r1(barPx + 12)}" height="26" fill="#fbf8f2" opacity="0.85"/>`);
  out.push(`<path d="M${r1(sx)} ${sy}h${r1(barPx)}M${r1(sx)} ${sy - 4}v8M${r1(sx + barPx)} ${sy - 4}v8" stroke="${COLORS.text}" stroke-width="1.5"/>`);
  out.push(`<text x="${r1(sx + barPx / 2)}" y="${sy - 6}" font-size="11" text-anchor="middle">${km} km (approx.)</text>`);
  // credit band
  out.push(
    `<text x="12" y="${H - 10}" font-size="11">Map: Tarikh project, drawn from Natural Earth data (public domain) via world-atlas</text>`,
  );
  out.push(`</g></svg>`);
  return out.join("\n") + "\n";
}

mkdirSync(outDir, { recursive: true });
for (const map of MAPS) {
  const svg = draw(map);
  writeFileSync(join(outDir, map.file), svg);
  console.log(`${map.file}: ${(svg.length / 1024).toFixed(1)} KB`);
}
