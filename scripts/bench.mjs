// The explorer's speed, measured in headless Chromium on the built site (run `npm run build` first).
// Prints JSON: forward pass with every intermediate (median, p95), input change → every visible map
// repainted (median, per step, and the part of it that is React rendering + canvas painting), model-ready time cold and warm, and the bytes of JS, wasm and model
// each page loads. A benchmark, not a test: it reports, it does not judge.
//
//   node scripts/bench.mjs [--runs 200] [--out out] [--base /shufflenet]
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { launchOptions, serviceWorkerSettled } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 200));
const OUT = arg('out', 'out');
const BASE = arg('base', '');
const EXPLORER = 'explore/';
const PLAIN = 'why-shufflenet-v2/';
const REPAINT_STEPS = [
  'input',
  'stem',
  'stage2.unit1.left.dw',
  'stage2.unit2.right.conv1',
  'stage3.unit2.right.dw',
  'stage3.unit2.shuffle',
  'stage4.unit2.split',
  'conv5',
  'pool',
  'softmax',
];
const REPAINT_SAMPLES = 25;
const COLD_LOADS = 5;

if (!fs.existsSync(`${OUT}/explore/index.html`)) {
  console.error(`No built explorer in ${OUT}/ — run \`npm run build\` first.`);
  process.exit(1);
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const round = (x, digits = 2) => Number(x.toFixed(digits));
const summary = (xs) => ({
  median: round(quantile(xs, 0.5)),
  p95: round(quantile(xs, 0.95)),
  min: round(Math.min(...xs)),
  runs: xs.length,
});

function kind(url) {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.onnx')) return 'model';
  if (path.endsWith('.bin')) return 'samples';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  return 'other';
}

/** Records the page's main-thread tasks over 50 ms (long tasks) from navigation on. */
async function watchLongTasks(context) {
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
    // What the longest frames were: the scripts that ran in them (which file, how it was invoked:
    // a classic script evaluating, React's scheduler via MessagePort, …) and the style + layout time.
    window.__longFrames = [];
    new PerformanceObserver((list) =>
      window.__longFrames.push(
        ...list.getEntries().map((e) => ({
          ms: Math.round(e.duration),
          atMs: Math.round(e.startTime),
          styleAndLayoutMs: e.styleAndLayoutStart ? Math.round(e.startTime + e.duration - e.styleAndLayoutStart) : 0,
          scripts: e.scripts.map(
            (x) =>
              `${x.invokerType} ${x.sourceURL.split('/').pop()}${x.sourceFunctionName ? ` ${x.sourceFunctionName}` : ''}: ${Math.round(x.duration)} ms`,
          ),
        })),
      ),
    ).observe({ type: 'long-animation-frame', buffered: true });
  });
}

async function waitReady(page) {
  await page.waitForFunction(() => window.__explorerBench?.readyAt != null, null, { timeout: 120_000 });
  return page.evaluate(() => window.__explorerBench.readyAt);
}
const longestTask = (page) => page.evaluate(() => Math.max(0, ...(window.__longTasks ?? [])));
const longestFrame = (page) => page.evaluate(() => (window.__longFrames ?? []).sort((a, b) => b.ms - a.ms)[0] ?? null);

/**
 * Bytes a page downloads (bodies as served; the static server does not compress), by kind. JS is
 * split three ways: the page's own bundle (requested before the load event), the model worker's scripts
 * with onnxruntime-web's code (under worker/, or naming its wasm file), and the rest — mostly Next.js prefetching the
 * code of the pages the sidebar links to, which every page does. Both pages get the same time to settle.
 */
async function pageBytes(browser, url, isExplorer, settleMs = 3000) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = {};
  const add = (k, n) => {
    bytes[k] = (bytes[k] ?? 0) + n;
  };
  const pending = [];
  let loaded = false;
  page.on('load', () => {
    loaded = true;
  });
  page.on('response', (r) => {
    const k = kind(r.url());
    const early = !loaded;
    pending.push(
      r.body().then(
        (b) => {
          if (k !== 'js') return add(k, b.length);
          // the model worker's scripts (built beside the site, under worker/), onnxruntime-web's code among them
          if (new URL(r.url()).pathname.includes('/worker/') || b.includes('ort-wasm-simd-threaded'))
            return add('jsOnnxRuntime', b.length);
          if (early) add('jsPageGzip', zlib.gzipSync(b).length); // what a host that compresses would send
          add(early ? 'jsPage' : 'jsLaterPrefetchAndLazy', b.length);
        },
        () => {},
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (isExplorer) await waitReady(page);
  await page.waitForTimeout(settleMs);
  await Promise.all(pending);
  await context.close();
  return bytes;
}

const { server, url: base } = await startStaticServer({ root: OUT, basePath: BASE });
const browser = await chromium.launch(launchOptions());
const os = await import('node:os');
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} cores`,
  loadAverageAtStart: os.loadavg().map((x) => round(x, 1)),
  chromium: browser.version(),
};

try {
  // Bytes per page, cold cache.
  result.bytes = {
    explorer: await pageBytes(browser, `${base}${EXPLORER}?bench=1`, true),
    plainChapter: await pageBytes(browser, `${base}${PLAIN}`, false),
  };
  // Gzipped JS every page makes the reader download before it has loaded (tests/e2e/weight.spec.ts
  // holds plain chapters to 150 kB), in kB.
  result.gzipJsKbByPage = {};
  for (const dir of [
    '',
    ...fs.readdirSync(OUT).filter((d) => !d.startsWith('_') && fs.existsSync(`${OUT}/${d}/index.html`)),
  ]) {
    const page = dir ? `${dir}/` : '';
    result.gzipJsKbByPage[page || '/'] = round(
      (await pageBytes(browser, `${base}${page}`, false, 500)).jsPageGzip / 1000,
      1,
    );
  }

  // Model ready: navigation start → model loaded and the first result painted.
  const cold = [];
  const coldTasks = [];
  const coldFrames = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const context = await browser.newContext();
    await watchLongTasks(context);
    const page = await context.newPage();
    await page.goto(`${base}${EXPLORER}?bench=1`);
    cold.push(await waitReady(page));
    coldTasks.push(await longestTask(page));
    coldFrames.push(await longestFrame(page));
    await context.close();
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchLongTasks(context);
  const page = await context.newPage();
  await page.goto(`${base}${EXPLORER}?bench=1`);
  await waitReady(page);
  await serviceWorkerSettled(page); // the first visit's files are kept before the repeat visits
  const warm = [];
  const warmTasks = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    await page.goto(`${base}${EXPLORER}?bench=1&visit=${i}`);
    warm.push(await waitReady(page));
    warmTasks.push(await longestTask(page));
  }
  result.modelReadyMs = {
    cold: summary(cold),
    warm: summary(warm),
    note: 'navigation start → prediction shown and every visible map painted; warm = a repeat visit in the same tab and browser (its service worker, HTTP cache and compiled code), after the first visit’s files were kept',
  };
  result.longestTaskWhileLoadingMs = { cold: summary(coldTasks), warm: summary(warmTasks) };
  result.longestFrameOfEachColdLoad = coldFrames;

  // Forward pass with all intermediates, after a warm-up: as the explorer runs it (every computed
  // tensor copied out of the runtime; concat, shuffle and untouched half, which only move channels, rebuilt when
  // shown), then the same with every rebuilt tensor built, then every output copied out of the runtime.
  await page.evaluate(() => window.__explorerBench.forward(20));
  const plan = await page.evaluate(() => window.__explorerBench.outputs());
  const times = await page.evaluate((n) => window.__explorerBench.forward(n), RUNS);
  result.forwardMs = {
    ...summary(times),
    tensorsFetched: plan.fetched.length,
    tensorsRebuiltOnAccess: plan.derived.length,
    note: 'as the explorer runs it at the input step: the computed tensors copied out of the runtime, concats, shuffles and untouched halves rebuilt when a view reads them',
  };
  // At a unit step the step's own tensors come from the runtime too; stage 2's are the largest.
  await page.locator('[data-step-id="stage2.unit2.right.conv1"]').click();
  await page.waitForSelector('[data-step="stage2.unit2.right.conv1"]');
  const atUnit = await page.evaluate((n) => window.__explorerBench.forward(n), RUNS);
  const unitPlan = await page.evaluate(() => window.__explorerBench.outputs());
  result.forwardAtUnitStepMs = {
    ...summary(atUnit),
    tensorsFetched: unitPlan.fetched.length,
    note: 'as the explorer runs it while showing stage2.unit2.right.conv1 (the explorer fetches every computed tensor at every step, for the overview)',
  };
  const materialised = await page.evaluate((n) => window.__explorerBench.forward(n, { materialise: true }), RUNS);
  result.forwardAllBuiltMs = { ...summary(materialised), note: 'the same, with every rebuilt tensor built as well' };
  const allCopied = await page.evaluate((n) => window.__explorerBench.forward(n, { outputs: 'all' }), RUNS);
  result.forwardAllCopiedMs = {
    ...summary(allCopied),
    tensorsFetched: plan.fetched.length + plan.derived.length,
    note: 'every output copied out of the runtime, for comparison',
  };
  const probsOnly = await page.evaluate((n) => window.__explorerBench.forward(n, { outputs: ['probs'] }), RUNS);
  result.forwardProbsOnlyMs = {
    ...summary(probsOnly),
    note: 'the same session fetching only the probabilities, for comparison',
  };

  // Input change → every visible map of the step repainted.
  result.repaintMs = {};
  const all = [];
  for (const step of REPAINT_STEPS) {
    await page.locator(`[data-step-id="${step}"]`).click();
    await page.waitForSelector(`[data-step="${step}"]`);
    await page.evaluate(() => window.__explorerBench.repaint(1)); // warm-up
    const runs = [];
    for (let i = 0; i < REPAINT_SAMPLES; i++)
      runs.push(await page.evaluate((k) => window.__explorerBench.repaint(k), 10 + i * 7));
    const xs = runs.map((r) => r.total);
    const canvases = await page.locator('section[data-step] canvas').count();
    result.repaintMs[step] = {
      ...summary(xs),
      renderAndPaintMedian: round(
        quantile(
          runs.map((r) => r.total - r.forward),
          0.5,
        ),
      ),
      canvases,
    };
    all.push(...xs);
  }
  result.repaintMs.all = summary(all);

  // A repeat visit in a new tab of the same browser (its service worker and caches), with no other
  // tab open: the page gets a new renderer process, which a navigation within a tab reuses.
  await page.close();
  const newTab = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const tab = await context.newPage();
    await tab.goto(`${base}${EXPLORER}?bench=1&tab=${i}`);
    newTab.push(await waitReady(tab));
    await tab.close();
  }
  result.modelReadyMs.warmNewTab = {
    ...summary(newTab),
    note: 'the same, on a repeat visit opened in a new tab (a new renderer process)',
  };
  await context.close();
} finally {
  await browser.close();
  server.close();
}

result.loadAverageAtEnd = (await import('node:os')).loadavg().map((x) => round(x, 1));
result.targets = {
  coldReadyMedianMs: { target: 1500, met: result.modelReadyMs.cold.median <= 1500 },
  warmReadyMedianMs: { target: 800, met: result.modelReadyMs.warm.median <= 800 },
  longestTaskMs: {
    target: 200,
    met: Math.max(result.longestTaskWhileLoadingMs.cold.median, result.longestTaskWhileLoadingMs.warm.median) <= 200,
  },
  plainChapterGzipJs: { target: 150_000, met: result.bytes.plainChapter.jsPageGzip <= 150_000 },
  forwardMedianMs: { target: 3, met: result.forwardMs.median <= 3 },
  repaintMedianMs: { target: 50, met: result.repaintMs.all.median <= 50 },
  plainChapterHasNoOrtOrModel: {
    met:
      !result.bytes.plainChapter.wasm &&
      !result.bytes.plainChapter.model &&
      !result.bytes.plainChapter.jsOnnxRuntime &&
      !result.bytes.plainChapter.samples,
  },
};
console.log(JSON.stringify(result, null, 2));
