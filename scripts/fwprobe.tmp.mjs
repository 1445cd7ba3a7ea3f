import { chromium } from 'playwright-core';
import { launchOptions } from './browser.mjs';
import { startStaticServer } from './static-server.mjs';
const { server, url } = await startStaticServer({ root: 'out' });
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
await page.goto(`${url}explorer/?bench=1`);
await page.waitForFunction(() => window.__explorerBench?.readyAt != null, null, { timeout: 120000 });
const med = (xs) => { const s=[...xs].sort((a,b)=>a-b); return s[s.length>>1].toFixed(2); };
const names = (await page.evaluate(() => Object.keys(window.__explorerBench.tensors()))).filter(n => n !== 'input');
await page.evaluate(() => window.__explorerBench.forward(30));
for (const [label, outs] of [['all', undefined], ['probs', ['probs']], ['stem', ['stem']], ['10', names.slice(0,10)], ['20', names.slice(0,20)], ['all again', undefined], ['probs again', ['probs']]]) {
  const t = await page.evaluate((o) => window.__explorerBench.forward(200, o), outs);
  console.log(label, med(t));
}
// raw: time inside the page, with GC info
const raw = await page.evaluate(async () => {
  const b = window.__explorerBench; const t0 = performance.now(); await b.forward(200); return (performance.now()-t0)/200;
});
console.log('mean all', raw.toFixed(2));
await browser.close(); server.close();
