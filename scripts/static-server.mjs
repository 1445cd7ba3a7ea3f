// A minimal static file server for the exported site, used by `npm run serve`, the e2e tests
// and the benchmark. Serves `root` under an optional base path (e.g. /shufflenet), like a
// project page on a static host. No dependencies: it must work on a fresh clone.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
  '.bin': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
};

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format: a path pattern, then indented `Name: value` lines)
 * into rules; `*` in a pattern matches anything.
 */
export function readHeadersFile(file) {
  const rules = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      );
      rules.push({ pattern, headers: {} });
    } else if (rules.length) {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return (pathname) => Object.assign({}, ...rules.filter((r) => r.pattern.test(pathname)).map((r) => r.headers));
}

/**
 * Starts a server; resolves to { server, url } once listening. `port` 0 picks a free port. With `headers`, the
 * `_headers` file in `root` (written by scripts/csp.mjs) is applied to every response, as a static host would.
 */
export function startStaticServer({
  root,
  basePath = '',
  port = 0,
  host = '127.0.0.1',
  quiet = true,
  headers = false,
}) {
  const base = basePath.replace(/\/$/, '');
  const absRoot = path.resolve(root);
  const headersFor = headers ? readHeadersFile(path.join(absRoot, '_headers')) : () => ({});
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname = decodeURIComponent(url.pathname);
    const sitePath = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
    for (const [name, value] of Object.entries(headersFor(sitePath))) res.setHeader(name, value);
    if (base) {
      if (pathname === base) {
        res.writeHead(301, { Location: `${base}/` }).end();
        return;
      }
      if (!pathname.startsWith(`${base}/`)) return notFound(res);
      pathname = pathname.slice(base.length);
    }
    let file = path.join(absRoot, pathname);
    if (!file.startsWith(absRoot)) return notFound(res);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${base}${pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) return notFound(res);
    const body = fs.readFileSync(file);
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    if (!quiet) console.log(`200 ${req.url}`);
  });
  function notFound(res) {
    const page = path.join(absRoot, '404.html');
    const body = fs.existsSync(page) ? fs.readFileSync(page) : Buffer.from('Not found');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  }
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}${base}/` });
    });
  });
}
