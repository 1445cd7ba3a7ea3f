// A minimal static file server for the exported site, used by `npm run serve`, the e2e tests
// and the benchmark. Serves `root` under an optional base path (e.g. /shufflenet), like a
// project page on a static host. No dependencies: it must work on a fresh clone.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.onnx': 'application/octet-stream', '.bin': 'application/octet-stream',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.txt': 'text/plain',
  '.ico': 'image/x-icon', '.webp': 'image/webp', '.jpg': 'image/jpeg',
};

/** Starts a server; resolves to { server, url } once listening. `port` 0 picks a free port. */
export function startStaticServer({ root, basePath = '', port = 0, host = '127.0.0.1', quiet = true }) {
  const base = basePath.replace(/\/$/, '');
  const absRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let pathname = decodeURIComponent(url.pathname);
    if (base) {
      if (pathname === base) { res.writeHead(301, { Location: `${base}/` }).end(); return; }
      if (!pathname.startsWith(`${base}/`)) return notFound(res);
      pathname = pathname.slice(base.length);
    }
    let file = path.join(absRoot, pathname);
    if (!file.startsWith(absRoot)) return notFound(res);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) { res.writeHead(301, { Location: `${base}${pathname}/${url.search}` }).end(); return; }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) return notFound(res);
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
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
