#!/usr/bin/env node
// A tiny, dependency-free static file server for dist/ (development, tests and benchmarks only).
//
//   node scripts/serve.mjs [ROOT=dist]          PORT=8080 (0 = any free port)  HOST=127.0.0.1
//   BENCH_DIR=/tmp/x node scripts/serve.mjs      also serves /tmp/x under /bench/
//
// ROOT is served at / and again at /tarikh/ (to prove the build works under a sub-path).
// Prints exactly one line `listening on http://HOST:PORT/` once ready; tests parse it.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Maps a URL path to a file inside one of the mounts, or null (never escapes a mount's root). */
function resolve(mounts, urlPath) {
  for (const [prefix, dir] of mounts) {
    if (urlPath === prefix.slice(0, -1)) return { redirect: prefix };
    if (!urlPath.startsWith(prefix)) continue;
    const rel = urlPath.slice(prefix.length);
    const file = path.resolve(dir, '.' + path.posix.normalize('/' + rel));
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    return { file };
  }
  return null;
}

/** Starts the server; resolves to { server, url, port }. */
export function startServer({ root = 'dist', port = 8080, host = '127.0.0.1', benchDir, quiet = true } = {}) {
  const rootAbs = path.resolve(root);
  // Longest prefixes first: /bench/ and /tarikh/ before /.
  const mounts = [];
  if (benchDir) mounts.push(['/bench/', path.resolve(benchDir)]);
  mounts.push(['/tarikh/', rootAbs], ['/', rootAbs]);

  const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|wasm|txt)$/;
  const server = createServer(async (req, res) => {
    const send = (code, body, headers = {}) => {
      res.writeHead(code, { 'content-type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', { allow: 'GET, HEAD' });
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad request\n');
    }
    if (urlPath.includes('\0')) return send(400, 'bad request\n');
    const hit = resolve(mounts, urlPath);
    if (!hit) return send(404, 'not found\n');
    if (hit.redirect) return send(301, '', { location: hit.redirect });
    let file = hit.file;
    try {
      let st = await stat(file);
      if (st.isDirectory()) {
        if (!urlPath.endsWith('/')) return send(301, '', { location: urlPath + '/' });
        file = path.join(file, 'index.html');
        st = await stat(file);
      }
      // As a usual static server: revalidation (an edited file shows on the next load, an
      // unchanged one is not sent again) and gzip for text and wasm.
      const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
      const headers = {
        'content-type': mimeType(file),
        'cache-control': 'no-cache',
        etag,
        'x-content-type-options': 'nosniff',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
      const gzip = COMPRESSIBLE.test(file) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, gzip ? { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' } : { ...headers, 'content-length': st.size });
      if (req.method === 'HEAD') return res.end();
      const body = createReadStream(file).on('error', () => res.destroy());
      (gzip ? body.pipe(createGzip()) : body).pipe(res);
    } catch {
      send(404, 'not found\n');
    }
    if (!quiet) console.log(`${req.method} ${req.url}`);
  });

  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({ server, port: actual, url: `http://${host}:${actual}/` });
    });
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  const { url } = await startServer({ root, port, host, benchDir: process.env.BENCH_DIR, quiet: !process.env.VERBOSE });
  console.log(`listening on ${url}`);
  const stop = () => process.exit(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
