// Asks Chromium to compile the exported site's JavaScript while it downloads, off the main thread.
// Run after `next build` (`npm run build` does): node scripts/compile-hints.mjs [out]
//
// V8 compiles most functions lazily, on their first call, on the main thread. A page's chunks are
// module factories that all run as soon as the page starts (React, Next's router, the page's own
// code), so on first call each is parsed and compiled in the middle of the page's start-up tasks:
// measured on the explorer, the framework chunk's evaluation spent about 100 ms of its 145 ms task
// compiling. A chunk that begins with the comment `//# allFunctionsCalledOnLoad` (V8's explicit
// compile hints, Chromium 136 and later; other browsers ignore a comment) is compiled eagerly on
// the background thread that streams it in. The site's workers gain nothing measurable from it and
// are left as they are.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The source with the hint as its first line (V8 reads it only there); unchanged if it has one. */
export function withCompileHint(source) {
  return source.startsWith(COMPILE_HINT) ? source : `${COMPILE_HINT}\n${source}`;
}

/** Adds the hint to every JavaScript file under `<outDir>/_next/static/chunks`; returns how many it changed. */
export function addCompileHints(outDir) {
  const chunks = path.join(outDir, '_next', 'static', 'chunks');
  let changed = 0;
  for (const name of fs.readdirSync(chunks, { recursive: true })) {
    if (!String(name).endsWith('.js')) continue;
    const file = path.join(chunks, String(name));
    const source = fs.readFileSync(file, 'utf8');
    const hinted = withCompileHint(source);
    if (hinted === source) continue;
    fs.writeFileSync(file, hinted);
    changed++;
  }
  return changed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? 'out';
  console.log(`Compile hints: added to ${addCompileHints(outDir)} chunks in ${outDir}/_next/static/chunks`);
}
