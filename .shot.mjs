// throwaway: screenshots of the dev server (not committed)
import { chromium } from 'playwright-core';
import { launchOptions } from './scripts/browser.mjs';
const [path, selector = '[data-unit-diagram]', nth = '0', hover] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions());
for (const theme of ['light', 'dark']) for (const [label, width] of [['desktop', 1280], ['phone', 390]]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  const page = await ctx.newPage();
  await page.goto(`http://localhost:4410${path}`, { waitUntil: 'networkidle', timeout: 180000 });
  await page.waitForTimeout(500);
  const el = page.locator(selector).nth(Number(nth));
  if (hover) { await page.locator(hover).first().hover(); await page.waitForTimeout(300); }
  await el.scrollIntoViewIfNeeded();
  await el.screenshot({ path: `/tmp/diagshots/${path.replace(/\W+/g, '')}-${nth}${hover ? '-hover' : ''}-${theme}-${label}.png` });
  await ctx.close();
}
await browser.close();
