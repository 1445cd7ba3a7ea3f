import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';
import { launchOptions } from './browser.mjs';
import fs from 'node:fs';
// [path, aria-label prefix of an svg figure, short name]
const targets = JSON.parse(process.argv[2]);
const { server, url } = await startStaticServer({ root: 'out' });
const browser = await chromium.launch(launchOptions());
fs.mkdirSync('screenshots', { recursive: true });
for (const theme of ['light', 'dark']) for (const [label, width] of [['desktop', 1280], ['phone', 390]]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error(`[console] ${m.text()}`));
  for (const [path, prefix, name] of targets) {
    await page.goto(new URL(path.replace(/^\//, ''), url).href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const svg = page.locator(`svg[aria-label^="${prefix}"]`).first();
    const cell = svg.locator('xpath=ancestor::section[contains(@class,"cell")][1]');
    const target = (await cell.count()) ? cell : svg;
    await target.scrollIntoViewIfNeeded();
    await target.screenshot({ path: `screenshots/${name}-${theme}-${label}.png` });
  }
  await ctx.close();
}
await browser.close(); server.close();
