// A CPU profile of the explorer's cold load (the page's main thread), summarised from the explorer's first
// result to "ready" (self and total time by function, the app's functions with a snippet of their minified
// source, so a component can be recognised), a busy-time timeline, and every request's start and end.
//   node scripts/profile-explorer.mjs [out] [window ms when the build has no firstResultAt]
import { chromium } from 'playwright-core';
import { launchOptions } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';
import fs from 'node:fs';
const out = process.argv[2] ?? '/work/wt-perf2/out';
const WIN = Number(process.argv[3] ?? 1200);
const { server, url } = await startStaticServer({ root: out, basePath: '' });
const browser = await chromium.launch(launchOptions());
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
page.on('console', (m) => m.text().startsWith('[perf') && console.log(m.text()));
const requests = [];
context.on('requestfinished', (r) => requests.push(r));
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
await cdp.send('Profiler.start');
await page.goto(`${url}explore/?bench=1`);
await page.waitForFunction(() => window.__explorerBench?.readyAt != null, null, { timeout: 120000, polling: 10 });
const { now, ready, first, marks } = await page.evaluate(() => ({
  now: performance.now(),
  ready: window.__explorerBench.readyAt,
  first: window.__explorerBench.firstResultAt,
  marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
}));
const { profile } = await cdp.send('Profiler.stop');
const origin = await page.evaluate(() => performance.timeOrigin);
for (const r of requests) {
  const t = r.timing();
  console.log(
    'request',
    Math.round(t.startTime - origin),
    Math.round(t.startTime + t.responseEnd - origin),
    r.url().split('/').slice(-2).join('/'),
  );
}
await browser.close();
server.close();
fs.writeFileSync('/tmp/perf2/last.cpuprofile', JSON.stringify(profile));
console.log('ready', Math.round(ready), 'first result', Math.round(first), 'marks', JSON.stringify(marks));
const WINDOW = first ? ready - first : WIN;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
let t = profile.startTime;
const times = profile.timeDeltas.map((d) => (t += d));
const readyUs = profile.endTime - (now - ready) * 1000;
const key = (n) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
function summarise(from, to, label) {
  const self = new Map(),
    total = new Map();
  let n = 0;
  for (let i = 0; i < times.length; i++) {
    if (times[i] < from || times[i] >= to) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 250) / 1000;
    n += dt;
    let node = byId.get(profile.samples[i]);
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const seen = new Set();
    while (node) {
      const k = key(node);
      if (!seen.has(k)) {
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
      node = byId.get(parent.get(node.id));
    }
  }
  const top = (m, k) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([k2, v]) => `${v.toFixed(0).padStart(5)} ${k2}`)
      .join('\n');
  console.log(`\n== ${label}: ${n.toFixed(0)} ms sampled\n-- self\n${top(self, 25)}\n-- total\n${top(total, 40)}`);
}
summarise(readyUs - WINDOW * 1000, readyUs, `from the first result to ready (${Math.round(WINDOW)} ms)`);
// busy timeline, 100ms buckets
const buckets = [];
for (let i = 0; i < times.length; i++) {
  const b = Math.floor((times[i] - readyUs) / 100000);
  const node = byId.get(profile.samples[i]);
  if (node.callFrame.functionName === '(idle)') continue;
  buckets[b + 100] = (buckets[b + 100] ?? 0) + (profile.timeDeltas[i + 1] ?? 250) / 1000;
}
console.log(
  '\nbusy ms per 100ms bucket relative to ready:',
  buckets
    .map((v, i) => (v ? `${(i - 100) * 100}:${v.toFixed(0)}` : ''))
    .filter(Boolean)
    .join(' '),
);
// what the app's (non-framework) functions with the most total time are: a snippet of the minified source
{
  const from = readyUs - WINDOW * 1000,
    total = new Map();
  for (let i = 0; i < times.length; i++) {
    if (times[i] < from || times[i] >= readyUs) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 250) / 1000;
    let node = byId.get(profile.samples[i]);
    const seen = new Set();
    while (node) {
      const f = node.callFrame;
      const k = `${f.url}|${f.columnNumber}`;
      if (f.url && !seen.has(k)) {
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
      node = byId.get(parent.get(node.id));
    }
  }
  const cache = new Map();
  const rows = [...total].sort((a, b) => b[1] - a[1]).slice(0, 60);
  for (const [k, v] of rows) {
    const [u, col] = k.split('|');
    const file = `${out}${new URL(u).pathname}`;
    if (!fs.existsSync(file)) continue;
    if (!cache.has(file)) cache.set(file, fs.readFileSync(file, 'utf8'));
    const src = cache.get(file);
    if (src.length > 200000 && /react|scheduler/.test(src.slice(0, 3000))) continue;
    console.log(
      `${v.toFixed(0).padStart(5)} ${u.split('/').pop()}:${col} ${src.slice(Number(col), Number(col) + 140).replace(/\s+/g, ' ')}`,
    );
  }
}
