// The model-ready part of `npm run bench` alone (quicker, for trying a change): navigation → prediction
// shown and every visible map painted, cold and on a repeat visit, with where a cold load's time goes
// (when the wasm, the model and the samples were requested and done, relative to navigation, and any
// `[perf] <label> <epoch ms>` console lines the page or its workers print). With several builds
// (`--out out,/tmp/out-before`) the loads alternate between them, so that a shared machine's changing
// load falls on each build alike.
//
//   node scripts/bench-ready.mjs [--loads 7] [--out out[,other]] [--base /shufflenet] [--page explore/]
import { chromium } from 'playwright-core';
import os from 'node:os';
import { launchOptions, serviceWorkerSettled } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const LOADS = Number(arg('loads', 7));
const OUTS = arg('out', 'out').split(',');
const BASE = arg('base', '');
const PAGE = arg('page', 'explore/');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const label = (url) => {
  const p = new URL(url).pathname;
  if (p.endsWith('.wasm')) return 'wasm';
  if (p.endsWith('.onnx')) return 'model';
  if (p.endsWith('.bin')) return 'samples';
  if (p.includes('/worker/model-worker-')) return 'worker script';
  return null;
};

async function readyAt(page) {
  await page.waitForFunction(() => window.__explorerBench?.readyAt != null, null, { timeout: 120_000 });
  return page.evaluate(() => window.__explorerBench.readyAt);
}

/** Where a load's time went: when the wasm, the model and the samples were requested and done, and `[perf]` lines. */
async function listen(context, page) {
  // Playwright reports the model worker's and the service worker's requests too.
  const requests = [];
  const logged = [];
  const onRequest = (request) => requests.push(request);
  context.on('requestfinished', onRequest);
  const hear = (m) => {
    const t = /^\[perf\] (.*) ([\d.]+)$/.exec(m.text());
    if (t) logged.push([t[1], Number(t[2])]);
  };
  page.on('console', hear);
  page.on('worker', (w) => w.on('console', hear));
  // the longest main-thread task of each load (as bench.mjs counts them), so builds compare on it too
  await context.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return async (ready, steps) => {
    (steps['longest task (ms)'] ??= []).push(Math.round(await page.evaluate(() => window.__longest ?? 0)));
    const { origin, ...nav } = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const firstResult = window.__explorerBench?.firstResultAt;
      return {
        origin: performance.timeOrigin,
        domInteractive: n.domInteractive,
        load: n.loadEventEnd,
        'first result rendering': firstResult,
      };
    });
    const marks = { ...nav };
    // the explorer's first render of a result and its maps' painting, on its own
    if (nav['first result rendering'] != null)
      (steps['first render and paint (ms)'] ??= []).push(Math.round(ready - nav['first result rendering']));
    for (const request of requests) {
      const kind = label(request.url());
      const t = request.timing();
      if (!kind || t.startTime < origin) continue; // not this navigation's
      marks[`${kind} requested`] ??= t.startTime - origin;
      marks[`${kind} done`] ??= t.startTime + t.responseEnd - origin;
    }
    for (const [name, t] of logged) if (t >= origin) marks[name] ??= t - origin;
    marks.ready = ready;
    for (const [k, v] of Object.entries(marks)) (steps[k] ??= []).push(Math.round(v));
    requests.length = 0;
    logged.length = 0;
  };
}

async function coldLoad(browser, target, steps) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const note = await listen(context, page);
  await page.goto(target);
  const ready = await readyAt(page);
  await note(ready, steps);
  await context.close();
  return ready;
}

/** A first visit per build, then repeat visits alternating between the builds (so a changing load falls on each alike). */
async function warmLoads(browser, builds) {
  const visits = [];
  for (const b of builds) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(b.target);
    await readyAt(page);
    await serviceWorkerSettled(page); // the first visit's files are kept before the repeat visits
    visits.push({ b, context, page, note: await listen(context, page) });
  }
  for (let i = 0; i < LOADS; i++)
    for (const v of i % 2 ? [...visits].reverse() : visits) {
      await v.page.goto(`${v.b.target}&visit=${i}`);
      v.b.warm.push(await readyAt(v.page));
      await v.note(v.b.warm[v.b.warm.length - 1], v.b.warmSteps);
    }
  for (const v of visits) await v.context.close();
}

const browser = await chromium.launch(launchOptions());
const builds = [];
for (const out of OUTS) {
  const { server, url } = await startStaticServer({ root: out, basePath: BASE });
  builds.push({ out, server, target: `${url}${PAGE}?bench=1`, cold: [], warm: [], steps: {}, warmSteps: {} });
}
const loadAtStart = os.loadavg().map((x) => Number(x.toFixed(1)));
try {
  for (let i = 0; i < LOADS; i++)
    for (const b of i % 2 ? [...builds].reverse() : builds) b.cold.push(await coldLoad(browser, b.target, b.steps));
  await warmLoads(browser, builds);
} finally {
  await browser.close();
  for (const b of builds) b.server.close();
}
const stepMedians = (steps) =>
  Object.fromEntries(
    Object.entries(steps)
      .map(([k, v]) => [k, median(v)])
      .sort((x, y) => x[1] - y[1]),
  );
const r = (xs) => xs.map((x) => Math.round(x));
console.log(
  JSON.stringify(
    {
      loadAverage: { start: loadAtStart, end: os.loadavg().map((x) => Number(x.toFixed(1))) },
      builds: builds.map((b) => ({
        out: b.out,
        coldMedianMs: Math.round(median(b.cold)),
        warmMedianMs: Math.round(median(b.warm)),
        cold: r(b.cold),
        warm: r(b.warm),
        coldStepMediansMs: stepMedians(b.steps),
        warmStepMediansMs: stepMedians(b.warmSteps),
      })),
    },
    null,
    1,
  ),
);
