import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { builtPages, expect, test } from './fixtures';

/**
 * How much JavaScript a page makes the reader download, gzipped (what a host that compresses
 * sends), measured in Chromium: every script response from navigation until the page has loaded
 * and the network is idle. A plain chapter (no live model, no in-browser benchmark) must stay
 * within 150 kB; that is about 125 kB of React, Next.js and the book's layout, and 25 kB for the
 * chapter's own text and widgets.
 */
const BUDGET = 150_000;
/**
 * Chapters still over the budget, each with the ceiling it must not grow past (about 2 kB above
 * what it ships now). Their figures' code (d3's scales, the charts, the unit diagrams) and their
 * long text, which hydration needs, come on top of the shared 125 kB; loading figures that are
 * not yet on screen later would bring them under.
 */
const OVER_BUDGET: Record<string, number> = {
  'channel-shuffle/': 159_000,
  'guidelines/': 174_000,
  'v1-vs-v2/': 160_500,
  'whole-network/': 162_000,
};

const chapters = new Set(fs.readdirSync('content').filter((f) => f.endsWith('.mdx')).map((f) => `${f.replace(/\.mdx$/, '')}/`));
/** A page with a live model (its cells say what they would show without JavaScript) or the benchmark lab. */
const isLive = (html: string) => html.includes('data-load-state="noscript"') || html.includes('data-experiment');
const plainChapters = builtPages().filter((p) => chapters.has(p) && !isLive(fs.readFileSync(path.join('out', p, 'index.html'), 'utf8')));

async function gzippedScripts(page: Page, relative: string): Promise<number> {
  const bodies: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.body().then((b) => zlib.gzipSync(b).length, () => 0));
  });
  await page.goto(relative, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
}

test('there are plain chapters to weigh', () => {
  expect(plainChapters.length).toBeGreaterThanOrEqual(4);
  expect(plainChapters).toContain('why-shufflenet-v2/');
});

for (const chapter of plainChapters) {
  test(`${chapter} ships at most ${(OVER_BUDGET[chapter] ?? BUDGET) / 1000} kB of gzipped JavaScript`, async ({ page }, info) => {
    const bytes = await gzippedScripts(page, chapter);
    info.annotations.push({ type: 'gzipped JS', description: `${(bytes / 1000).toFixed(1)} kB` });
    console.log(`${chapter}: ${(bytes / 1000).toFixed(1)} kB of gzipped JS`);
    expect(bytes, 'some JavaScript was counted').toBeGreaterThan(50_000);
    expect(bytes).toBeLessThanOrEqual(OVER_BUDGET[chapter] ?? BUDGET);
  });
}
