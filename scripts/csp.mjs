// Makes the exported site deployable under a strict Content-Security-Policy (no 'unsafe-inline' scripts).
// Run after `next build` (`npm run build` does): node scripts/csp.mjs [out]
//
// - Every inline <script> in the exported HTML (Turbopack's chunk registration) is moved to a content-addressed
//   file under _next/static/inline/ and loaded with a blocking <script src>, which runs at the same point of parsing
//   as the inline script did. __NEXT_DATA__ is JSON, not script, and stays inline.
// - The head's own small scripts (the theme boot script, the explorer's model-worker start), marked
//   data-csp="hash", stay inline and are allowed by their SHA-256 instead: as files they would each be a request
//   the parser waits for before the first paint. Their texts do not change from build to build, so the policy
//   (with their hashes) does not either.
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

/** A script's CSP source by hash: 'sha256-…' of its text. */
export function scriptHash(content) {
  return `'sha256-${crypto.createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/**
 * The policy as one header value; `forMeta` leaves out the directives a <meta> policy cannot carry;
 * `scriptHashes` are the inline scripts allowed by hash (sorted, so that the policy does not depend on page order).
 */
export function policyString({ forMeta = false, scriptHashes = [] } = {}) {
  return Object.entries(POLICY)
    .filter(([directive]) => !(forMeta && HEADER_ONLY.has(directive)))
    .map(([directive, sources]) => {
      const all = directive === 'script-src' ? [...sources, ...[...new Set(scriptHashes)].sort()] : sources;
      return `${directive} ${all.join(' ')}`;
    })
    .join('; ');
}

/** The `_headers` file for static hosts that read one (Netlify, Cloudflare Pages): the policy on every path. */
export function headersFile(scriptHashes = []) {
  return `/*\n  Content-Security-Policy: ${policyString({ scriptHashes })}\n`;
}

const INLINE_SCRIPT = /<script((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>([\s\S]*?)<\/script>/g;
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * Moves the inline scripts of one HTML document to files. `save(content)` stores a script and returns its
 * URL. A script marked data-csp="hash" stays inline; its hash is returned. Returns the rewritten HTML, how
 * many scripts were moved and the hashes of those kept.
 */
export function externaliseInlineScripts(html, save) {
  let moved = 0;
  const hashes = [];
  const rewritten = html.replace(INLINE_SCRIPT, (whole, attributes, content) => {
    if (/\ssrc=/.test(attributes) || content.trim() === '') return whole;
    const type = /\stype="([^"]*)"/.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE_TYPES.has(type.toLowerCase())) return whole; // data blocks such as __NEXT_DATA__
    if (/\sdata-csp="hash"/.test(attributes)) {
      hashes.push(scriptHash(content));
      return whole;
    }
    moved += 1;
    return `<script${attributes} src="${save(content)}"></script>`;
  });
  return { html: rewritten, moved, hashes };
}

/** Puts the <meta> policy right after the charset declaration, before anything it governs. */
export function addMetaPolicy(html, scriptHashes = []) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyString({ forMeta: true, scriptHashes })}"/>`;
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
  let moved = 0;
  const hashes = new Set();
  const rewritten = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const result = externaliseInlineScripts(fs.readFileSync(full, 'utf8'), save);
        rewritten.push([full, result.html]);
        moved += result.moved;
        result.hashes.forEach((h) => hashes.add(h));
      }
    }
  };
  walk(outDir);
  // One policy for the whole site, in every page's <meta> and in the header: it allows the kept scripts of all pages.
  for (const [file, html] of rewritten) fs.writeFileSync(file, addMetaPolicy(html, [...hashes]));
  fs.writeFileSync(path.join(outDir, '_headers'), headersFile([...hashes]));
  return { pages: rewritten.length, moved, files: files.size, hashes: [...hashes].sort() };
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
  const { pages, moved, files, hashes } = applyPolicy(outDir, process.env.BASE_PATH ?? '');
  console.log(
    `Content-Security-Policy: ${pages} pages, ${moved} inline scripts moved to ${files} files, ${hashes.length} kept inline by hash, ${outDir}/_headers written`,
  );
}
