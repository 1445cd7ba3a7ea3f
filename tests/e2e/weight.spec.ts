import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { builtPages, expect, test } from './fixtures';

/**
 * How much JavaScript a page makes the reader download, gzipped (what a host that compresses
 * sends), measured in Chromium: every script the page requests before its load event. A plain chapter
 * (no live model, no in-browser benchmark) must stay within 150 kB, in both editions: about 125 kB of
 * React, Next.js and the book's layout, the rest for the chapter's own text. Widgets, exercises and
 * citations are islands (components/cell/island.tsx): their static HTML shows at once and their code
 * arrives after the load event.
 */
const BUDGET = 150_000;

/** Chapters of both editions: the Chinese one ships its UI texts too and is held to the same budget. */
const chapterPaths = (dir: string, prefix: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `${prefix}${f.replace(/\.mdx$/, '')}/`);
const chapters = new Set([...chapterPaths('content', ''), ...chapterPaths('content/zh', 'zh/')]);
/** A page with a live model (its cells say what they would show without JavaScript) or the benchmark lab. */
const isLive = (html: string) => html.includes('data-load-state="noscript"') || html.includes('data-experiment');
const plainChapters = builtPages().filter(
  (p) => chapters.has(p) && !isLive(fs.readFileSync(path.join('out', p, 'index.html'), 'utf8')),
);

/**
 * Gzipped bytes of the scripts the page requests until its load event: what it needs to show and
 * run its figures. What starts later (islands' code, Next.js's prefetches of linked chapters) is
 * reported, not counted. "Before" is decided by the browser's own clock (each script's start against
 * the load event's), since Playwright's events reach the test too late to order requests made just
 * after the load event.
 */
async function gzippedScripts(page: Page, relative: string): Promise<{ page: number; later: number }> {
  const sizes = new Map<string, Promise<number>>();
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    const gzipped = async () => zlib.gzipSync(await response.body()).length;
    sizes.set(
      response.url(),
      gzipped().catch(() => 0),
    );
  };
  page.on('response', onResponse);
  await page.goto(relative, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse); // a prefetch that starts later is not waited for
  const early = new Set(
    await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
        .filter((r) => r.startTime < navigation.loadEventStart)
        .map((r) => r.name);
    }),
  );
  let before = 0;
  let after = 0;
  for (const [url, size] of sizes) {
    if (early.has(url)) before += await size;
    else after += await size;
  }
  return { page: before, later: after };
}

test('there are plain chapters to weigh', () => {
  expect(plainChapters.length).toBeGreaterThanOrEqual(4);
  expect(plainChapters).toContain('why-shufflenet-v2/');
  expect(plainChapters).toContain('zh/why-shufflenet-v2/');
});

for (const chapter of plainChapters) {
  test(`${chapter} ships at most ${BUDGET / 1000} kB of gzipped JavaScript`, async ({ page }, info) => {
    const { page: bytes, later } = await gzippedScripts(page, chapter);
    const line = `${(bytes / 1000).toFixed(1)} kB (then ${(later / 1000).toFixed(1)} kB after the load event: islands, prefetches)`;
    info.annotations.push({ type: 'gzipped JS', description: line });
    console.log(`${chapter}: ${line}`);
    expect(bytes, 'some JavaScript was counted').toBeGreaterThan(50_000);
    expect(bytes).toBeLessThanOrEqual(BUDGET);
  });
}

/**
 * The model worker's start: its small entry (named by the explorer's <meta>), the worker's main part,
 * which the entry imports at once, and the modules those import statically, as served, gzipped. Its start is on the way to the explorer's first result, so it
 * carries the runtime and the protocol only: the ONNX editing code (onnx-proto with protobufjs, which
 * alone is larger than the rest) loads with a reader's first intervention, and the recogniser of a
 * reader's own model with their file.
 */
test('the model worker starts without the ONNX editing code', async ({ page }) => {
  await page.goto('explore/');
  const entry = await page.locator('meta[name="book-model-worker"]').getAttribute('content');
  expect(entry, 'the explorer names its worker').toMatch(/\/worker\/model-worker-[\w-]+\.js$/);
  const scripts = [new URL(entry!, page.url()).href];
  let gzipped = 0;
  for (const script of scripts) {
    const response = await page.request.get(script);
    expect(response.ok(), script).toBe(true);
    const code = (await response.body()).toString();
    expect(code.includes('onnx.ModelProto'), `${script} carries onnx-proto`).toBe(false);
    gzipped += zlib.gzipSync(code).length;
    // static imports (`import … from"./x.js"` or `import"./x.js"`), and the entry's import of the main
    // part; any other `import("./x.js")` loads later
    const imports = [
      ...code.matchAll(/(?:from|import)\s*"(\.\/[\w.-]+\.js)"/g),
      ...(script === scripts[0] ? code.matchAll(/import\(\s*[`"'](\.\/modelWorkerMain-[\w.-]+\.js)[`"']\s*\)/g) : []),
    ];
    for (const [, file] of imports) {
      const url = new URL(file, script).href;
      if (!scripts.includes(url)) scripts.push(url);
    }
  }
  expect(
    scripts.some((s) => s.includes('/modelWorkerMain-')),
    'the entry loads the main part at once',
  ).toBe(true);
  expect(scripts.length, 'the worker imports its shared modules').toBeGreaterThan(2);
  console.log(`model worker at start: ${scripts.length} scripts, ${(gzipped / 1000).toFixed(1)} kB gzipped`);
  // about 36 kB today (onnxruntime-web's JavaScript is most of it); with onnx-proto it was 67 kB
  expect(gzipped).toBeLessThanOrEqual(50_000);
});
