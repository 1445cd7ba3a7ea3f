// Makes the exported site deployable under a strict Content-Security-Policy (no 'unsafe-inline' scripts).
// Run after `next build` (`npm run build` does): node scripts/csp.mjs [out]
//
// - Every inline <script> in the exported HTML (the theme boot script from _document, Turbopack's chunk
//   registration) is moved to a content-addressed file under _next/static/inline/ and loaded with a blocking
//   <script src>, which runs at the same point of parsing as the inline script did. __NEXT_DATA__ is JSON, not
//   script, and stays inline.
// - Every page gets the policy as <meta http-equiv="Content-Security-Policy"> (for hosts that cannot set headers).
// - out/_headers carries the policy as a real header (Netlify / Cloudflare Pages format). The header is better than
//   the meta: it also covers the Web Workers (a worker's policy comes from its own response, never from a meta tag)
//   and it can say frame-ancestors, which a meta policy ignores.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The policy, one directive per entry. Why each source is needed:
 * - script-src 'wasm-unsafe-eval': onnxruntime-web compiles its WebAssembly (in the model and lab workers).
 * - style-src 'unsafe-inline': the static HTML carries style="" attributes (KaTeX's layout of every formula, React's
 *   style props); CSP has no way to allow attributes by hash in all browsers. No <style> element or stylesheet from
 *   another origin is involved, and styles cannot run script.
 * - img-src data: blob:: images a reader drops or uploads are shown from object URLs; data: for small inline images.
 * - worker-src 'self': the workers are same-origin module scripts (no blob: workers).
 */
export const POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
};

/** Directives a <meta> policy must not carry: browsers ignore them there, and Chromium logs an error for each. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as one header value; `forMeta` leaves out the directives a <meta> policy cannot carry. */
export function policyString({ forMeta = false } = {}) {
  return Object.entries(POLICY)
    .filter(([directive]) => !(forMeta && HEADER_ONLY.has(directive)))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The `_headers` file for static hosts that read one (Netlify, Cloudflare Pages): the policy on every path. */
export function headersFile() {
  return `/*\n  Content-Security-Policy: ${policyString()}\n`;
}

const INLINE_SCRIPT = /<script((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>([\s\S]*?)<\/script>/g;
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * Moves the inline scripts of one HTML document to files. `save(content)` stores a script and returns its
 * URL. Returns the rewritten HTML and how many scripts were moved.
 */
export function externaliseInlineScripts(html, save) {
  let moved = 0;
  const rewritten = html.replace(INLINE_SCRIPT, (whole, attributes, content) => {
    if (/\ssrc=/.test(attributes) || content.trim() === '') return whole;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE_TYPES.has(type.toLowerCase())) return whole; // data blocks such as __NEXT_DATA__
    moved += 1;
    return `<script${attributes} src="${save(content)}"></script>`;
  });
  return { html: rewritten, moved };
}

/** Puts the <meta> policy right after the charset declaration, before anything it governs. */
export function addMetaPolicy(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyString({ forMeta: true })}"/>`;
  const charset = /<meta charSet="utf-8"[^>]*\/?>/i.exec(html);
  if (charset)
    return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

/** Rewrites every HTML file under `outDir` and writes `_headers`. Returns a summary for the build log. */
export function applyPolicy(outDir, basePath = '') {
  const base = basePath.replace(/\/$/, '');
  const inlineDir = path.join(outDir, '_next', 'static', 'inline');
  const files = new Set();
  const save = (content) => {
    const name = `${crypto.createHash('sha256').update(content).digest('hex').slice(0, 16)}.js`;
    if (!files.has(name)) {
      fs.mkdirSync(inlineDir, { recursive: true });
      fs.writeFileSync(path.join(inlineDir, name), content);
      files.add(name);
    }
    return `${base}/_next/static/inline/${name}`;
  };
  let pages = 0;
  let moved = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const result = externaliseInlineScripts(fs.readFileSync(full, 'utf8'), save);
        fs.writeFileSync(full, addMetaPolicy(result.html));
        pages += 1;
        moved += result.moved;
      }
    }
  };
  walk(outDir);
  fs.writeFileSync(path.join(outDir, '_headers'), headersFile());
  return { pages, moved, files: files.size };
}

/**
 * Static hosts (GitHub Pages, Netlify, Cloudflare Pages) serve `404.html` at the site's root for a missing
 * address; with trailing slashes Next.js writes the page to `404/index.html` only. Its asset URLs are
 * absolute, so the same file works at the root.
 */
export function writeRootNotFound(outDir) {
  const page = path.join(outDir, '404', 'index.html');
  if (fs.existsSync(page)) fs.copyFileSync(page, path.join(outDir, '404.html'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? 'out';
  writeRootNotFound(outDir);
  const { pages, moved, files } = applyPolicy(outDir, process.env.BASE_PATH ?? '');
  console.log(
    `Content-Security-Policy: ${pages} pages, ${moved} inline scripts moved to ${files} files, ${outDir}/_headers written`,
  );
}
