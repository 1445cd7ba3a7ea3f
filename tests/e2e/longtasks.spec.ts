import type { Browser } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * No task on the main thread may hold it for more than 200 ms while a page loads (issue 13): a
 * reader's scroll, click or keypress then waits at most that long. Recorded in Chromium with a
 * PerformanceObserver for 'longtask' (every task over 50 ms) registered before the page's first
 * script, from navigation until the page's own downloads (a live cell's runtime and model
 * included) are done and it has had a second to settle.
 *
 * This machine is shared, and a busy neighbour stretches every task, so each page is loaded up
 * to three times in a fresh browser context and its best load counts; a page whose every load
 * has a task over the limit fails.
 */
const LIMIT_MS = 200;
const TRIES = 3;

const PAGES = [
  { page: 'why-shufflenet-v2/', what: 'a plain chapter' },
  { page: '', what: 'the home page (its live figure)' },
  { page: 'explore/', what: 'the explorer' },
  { page: 'basic-unit/', what: 'a chapter with a live cell' },
];

declare global {
  interface Window {
    __longTasks: { ms: number; atMs: number }[];
  }
}

/** The long tasks of one fresh load of `relative`, longest first. */
async function longTasksOfOneLoad(browser: Browser, baseURL: string, relative: string) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks.push({ ms: Math.round(e.duration), atMs: Math.round(e.startTime) });
      }).observe({ type: 'longtask', buffered: true });
    });
    const response = await page.goto(relative, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(() => window.__longTasks);
    return tasks.sort((a, b) => b.ms - a.ms);
  } finally {
    await context.close();
  }
}

test('the long-task observer sees a task that blocks the main thread', async ({ page }) => {
  // The measurement must be able to fail: a page that blocks for 300 ms is reported as such.
  await page.goto('404/');
  const longest = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(Math.max(...list.getEntries().map((e) => e.duration)))).observe({
          type: 'longtask',
        });
        setTimeout(() => {
          const end = performance.now() + 300;
          while (performance.now() < end);
        }, 0);
      }),
  );
  expect(longest).toBeGreaterThan(LIMIT_MS);
});

for (const { page: relative, what } of PAGES) {
  test(`${what} (/${relative}) loads with no main-thread task over ${LIMIT_MS} ms`, async ({
    browser,
    baseURL,
  }, info) => {
    test.setTimeout(150_000);
    const loads: number[] = [];
    let worst: { ms: number; atMs: number }[] = [];
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const tasks = await longTasksOfOneLoad(browser, baseURL!, relative);
      const longest = tasks[0]?.ms ?? 0;
      loads.push(longest);
      if (longest > (worst[0]?.ms ?? -1)) worst = tasks;
      if (longest <= LIMIT_MS) break;
    }
    const line = `longest task per load: ${loads.map((ms) => `${ms} ms`).join(', ')}; worst load's tasks: ${worst
      .slice(0, 5)
      .map((t) => `${t.ms} ms at ${t.atMs} ms`)
      .join(', ')}`;
    info.annotations.push({ type: 'long tasks', description: line });
    console.log(`/${relative}: ${line}`);
    expect(Math.min(...loads), `the best of ${loads.length} loads`).toBeLessThanOrEqual(LIMIT_MS);
  });
}
