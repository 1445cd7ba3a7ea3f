// Screenshots of built pages for a human to look at: node scripts/screenshot.mjs /path/ [more paths]
// Writes screenshots/<name>-<theme>-<width>.png. Needs a build in out/.
// Options: --full (whole page), --screens (the whole page as consecutive screen-high slices, -1.png, -2.png…,
// readable where a full-page shot of a long chapter is not), --only <theme>-<width> (e.g. light-desktop), --selector <css> (only the first matching element), --wasm hold|404 (the
// runtime's WebAssembly never arrives, or is missing: the loading and error states of live figures).
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { launchOptions } from './browser.mjs';
import fs from 'node:fs';

const args = process.argv.slice(2);
const selectorIndex = args.indexOf('--selector');
const selector = selectorIndex >= 0 ? args.splice(selectorIndex, 2)[1] : null;
const paths = args.filter((a) => !a.startsWith('--'));
const full = args.includes('--full');
const screens = args.includes('--screens');
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args.splice(onlyIndex, 2)[1] : null;
const wasmIndex = args.indexOf('--wasm');
const wasm = wasmIndex >= 0 ? args.splice(wasmIndex, 2)[1] : null;
const paths2 = paths.filter((p) => p !== wasm && p !== only);
const { server, url } = await startStaticServer({ root: 'out' });
const browser = await chromium.launch(launchOptions());
fs.mkdirSync('screenshots', { recursive: true });
for (const p of paths2.length ? paths2 : ['/']) {
  for (const theme of ['light', 'dark']) {
    for (const [label, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ]) {
      if (only && only !== `${theme}-${label}`) continue;
      // With --wasm the service worker is blocked: requests it answers would bypass the route below.
      const context = await browser.newContext({
        viewport: { width, height },
        colorScheme: theme,
        deviceScaleFactor: 1,
        serviceWorkers: wasm ? 'block' : 'allow',
      });
      const page = await context.newPage();
      if (wasm === 'hold') await page.route(/\.wasm(\?|$)/, () => undefined);
      if (wasm === '404') await page.route(/\.wasm(\?|$)/, (route) => route.fulfill({ status: 404, body: 'missing' }));
      page.on('console', (m) => m.type() === 'error' && console.error(`[console] ${m.text()}`));
      await page.goto(new URL(p.replace(/^\//, ''), url).href, { waitUntil: wasm ? 'load' : 'networkidle' }); // a held wasm never lets the network idle
      if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded(); // live figures start loading near the screen
      await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 300));
      const name = p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      const file = `screenshots/${name}${selector ? '-part' : ''}${wasm ? `-wasm-${wasm}` : ''}-${theme}-${label}.png`;
      if (selector) await page.locator(selector).first().screenshot({ path: file });
      else if (screens) {
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let k = 0; k * height < total && k < 30; k++) {
          const clip = { x: 0, y: k * height, width, height: Math.min(height, total - k * height) };
          await page.screenshot({ path: file.replace(/\.png$/, `-${k + 1}.png`), fullPage: true, clip });
        }
      } else await page.screenshot({ path: file, fullPage: full });
      await context.close();
    }
  }
}
await browser.close();
server.close();
console.log('screenshots written to screenshots/');
