// A Chromium trace of the explorer's cold load (written to /tmp/perf2-trace.json): each main-thread task over
// 8 ms in the window before "ready", with its time by event kind (script, style, layout, paint, compositing).
//   node scripts/trace-explorer.mjs [out] [window ms]
import { chromium } from 'playwright-core';
import { launchOptions } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';
import fs from 'node:fs';
const out = process.argv[2] ?? 'out';
const WIN = Number(process.argv[3] ?? 700);
const { server, url } = await startStaticServer({ root: out, basePath: '' });
const browser = await chromium.launch(launchOptions());
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await browser.startTracing(page, {
  categories: [
    'toplevel',
    'disabled-by-default-devtools.timeline',
    'devtools.timeline',
    'blink.user_timing',
    'loading',
    'v8.execute',
  ],
});
await page.goto(`${url}explore/?bench=1`);
await page.waitForFunction(() => window.__explorerBench?.readyAt != null, null, { timeout: 120000, polling: 10 });
const ready = await page.evaluate(() => window.__explorerBench.readyAt);
const buf = await browser.stopTracing();
await browser.close();
server.close();
fs.writeFileSync('/tmp/perf2-trace.json', buf);
const events = JSON.parse(buf.toString()).traceEvents;
const main = events.find(
  (e) =>
    e.name === 'thread_name' &&
    e.args?.name === 'CrRendererMain' &&
    events.some((x) => x.pid === e.pid && x.name === 'navigationStart'),
);
const nav =
  events.find(
    (e) => e.name === 'navigationStart' && e.pid === main.pid && e.args?.data?.documentLoaderURL?.includes('explore/'),
  ) ?? events.find((e) => e.name === 'navigationStart' && e.pid === main.pid);
const t0 = nav.ts,
  readyUs = t0 + ready * 1000;
console.log('ready', Math.round(ready));
const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
// top-level tasks in the window, and their children's kinds (self time by name)
const tasks = mine.filter((e) => e.name === 'RunTask' && e.ts + e.dur > readyUs - WIN * 1000 && e.ts < readyUs);
for (const task of tasks.filter((t) => t.dur > 8000)) {
  const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const by = {};
  for (const e of inside) {
    const child = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur);
    // self = dur - children at depth 1 (approximate: subtract direct children)
    const direct = child.filter((c) => !child.some((d) => d !== c && c.ts >= d.ts && c.ts + c.dur <= d.ts + d.dur));
    const self = e.dur - direct.reduce((s, c) => s + c.dur, 0);
    const name = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name}` : e.name;
    by[name] = (by[name] ?? 0) + self;
  }
  const top = Object.entries(by)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
    .join(', ');
  console.log(`task at ${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur / 1000).toFixed(1)} ms: ${top}`);
}
