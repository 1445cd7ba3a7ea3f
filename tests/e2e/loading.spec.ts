import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * How the runtime and the models reach the reader, in real Chromium against the built site: the
 * progress bar counts every byte, each fault is recovered by Retry without a reload, the book
 * reads offline after a first visit, and a new deploy's service worker drops the old caches.
 */
test.describe.configure({ timeout: 150_000 });

const WASM = /\.wasm(\?|$)/;
const MODEL = /\/model\.onnx(\?|$)/;
const explorer = (page: Page) => page.locator('section[aria-label="ShuffleNetV2 explorer"]');
const loadState = (page: Page) => explorer(page).locator('[data-load-state]');
const ready = (page: Page) => expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });

/** Pressing the error's Retry brings the explorer to ready, with no navigation of the page. */
async function retryRecoversWithoutReload(page: Page, error: Locator) {
  const navigations: string[] = [];
  page.on('framenavigated', (f) => navigations.push(f.url()));
  await error.getByRole('button', { name: 'Retry' }).click();
  await ready(page);
  expect(navigations, 'no reload').toEqual([]);
}

/** The model worker as built beside the site (scripts/build-worker.mjs): its scripts and wasm, content-hashed. */
const workerBuild = JSON.parse(fs.readFileSync('.worker.json', 'utf8')) as {
  worker: string;
  wasm: string;
  startFiles: string[];
  scripts: string[];
};

/** The bytes of every file the explorer waits for, as built: the worker's first scripts, the wasm, the model, the samples. */
function builtBytes(): number {
  const out = 'out';
  const size = (f: string) => fs.statSync(f).size;
  const code = workerBuild.startFiles.reduce((sum, f) => sum + size(path.join(out, 'worker', f)), 0);
  return (
    code +
    size(path.join(out, 'worker', workerBuild.wasm)) +
    size(path.join(out, 'models/digits/model.onnx')) +
    size(path.join(out, 'models/digits/samples.bin'))
  );
}

test('the bar counts every byte the reader waits for, in megabytes, naming the step', async ({ page }) => {
  // Hold the wasm back a moment so that the loading state can be read.
  await page.route(WASM, async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.continue();
  });
  await page.goto('explorer/');
  const state = loadState(page);
  await expect(state).toHaveAttribute('data-load-state', 'loading');
  const total = builtBytes();
  await expect(state).toHaveAttribute('data-total', String(total));
  await expect(state).toContainText(
    new RegExp(
      `Loading the network: \\d+\\.\\d of ${(total / 1e6).toFixed(1)} MB — now the engine that runs the network in your browser`,
    ),
  );
  const bar = state.getByRole('progressbar', { name: 'Loading the digits model' });
  await expect(bar).toHaveAttribute('value', /^0(\.\d+)?$/); // determinate
  await ready(page);
  await expect(state).toHaveCount(0);
});

test('a missing wasm says which file failed, and Retry recovers without a reload', async ({ page, problems }) => {
  problems.allow('wasm');
  problems.allow('ArrayBuffer instantiation'); // the runtime's own console lines about the failure
  problems.allow('Aborted(');
  let broken = true;
  await page.route(WASM, (route) => (broken ? route.fulfill({ status: 404, body: 'missing' }) : route.continue()));
  await page.goto('explorer/');
  const error = explorer(page).locator('[data-load-state="error"]');
  await expect(error).toBeVisible({ timeout: 60_000 });
  await expect(error).toContainText(
    /The server answered “404[^”]*” for ort-wasm-simd-threaded[\w.-]*\.wasm\. Press Retry/,
  );
  await expect(error).not.toContainText(/Aborted|emscripten|instantiate/i);
  broken = false;
  await retryRecoversWithoutReload(page, error);
});

test('a damaged wasm is reported as damaged, and Retry recovers', async ({ page, problems }) => {
  problems.allow('wasm');
  problems.allow('ArrayBuffer instantiation');
  problems.allow('Aborted(');
  let broken = true;
  await page.route(WASM, (route) =>
    broken
      ? route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('\0asm not really') })
      : route.continue(),
  );
  // Not waiting for the network to be idle: that is not what is tested, and on a busy machine the
  // failed worker's replacement can keep it from being idle for long.
  expect((await page.goto('explorer/'))?.status()).toBe(200);
  const error = explorer(page).locator('[data-load-state="error"]');
  await expect(error).toContainText('WebAssembly file arrived damaged', { timeout: 60_000 });
  broken = false;
  await error.getByRole('button', { name: 'Retry' }).click();
  await ready(page);
});

test('a model request that hangs times out with a clear message, and Retry recovers', async ({ page, problems }) => {
  problems.allow('model.onnx');
  let hang = true;
  await page.route(MODEL, (route) => (hang ? undefined : route.continue())); // never answered while hanging
  await page.goto('explorer/');
  const error = explorer(page).locator('[data-load-state="error"]');
  await expect(error).toContainText(
    'The server did not answer the request for model.onnx within 15 seconds. Check your connection and press Retry.',
    { timeout: 45_000 },
  );
  hang = false;
  await error.getByRole('button', { name: 'Retry' }).click();
  await ready(page);
});

test('without JavaScript a live cell says what it would show and that it needs JavaScript', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('channel-split/');
  const note = page.locator('[data-live-unit] [data-load-state="noscript"]').first();
  await expect(note).toBeVisible();
  await expect(note).toContainText('would run in your browser and show the real feature maps');
  await expect(note).toContainText('needs JavaScript');
  await expect(page.locator('[data-load-state="loading"]')).toHaveCount(0);
  await context.close();
});

test('the page head starts the model worker and opens the address’s model; a worker that fails to load is replaced', async ({
  page,
  problems,
}) => {
  /** Whether the head script started a worker, and how many times this visit requested the worker's script. */
  const workerStart = () =>
    page.evaluate(
      (script) => ({
        fromHead: performance.getEntriesByName('book-model-worker-head-start').length > 0,
        workers: performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/worker/${script}`)).length,
      }),
      workerBuild.worker,
    );
  // Every model file this visit fetches, the worker's requests included.
  const models: string[] = [];
  page.context().on('request', (request) => {
    if (MODEL.test(request.url())) models.push(new URL(request.url()).pathname);
  });
  await page.goto('explore/?model=fashion');
  await ready(page);
  expect(await workerStart(), 'a first visit starts it from the head, and the page adopts it').toEqual({
    fromHead: true,
    workers: 1,
  });
  // The head opened the model the address names, the page's own request joined that opening, and
  // nothing opened the default model that the hydration render shows (the service worker fetches the
  // file again to keep it, hence unique names).
  expect([...new Set(models.map((m) => m.split('/models/')[1]))]).toEqual(['fashion/model.onnx']);
  await expect(explorer(page).locator('[data-prediction]').first()).toContainText('predicts');
  await page.reload();
  await ready(page);
  expect(await workerStart(), 'so does a repeat visit').toEqual({ fromHead: true, workers: 1 });

  // The head's worker fails to load (its script's first request answers 404): the page starts its own.
  problems.allow(workerBuild.worker);
  problems.allow('404');
  let refused = 0;
  await page.route(`**/worker/${workerBuild.worker}`, (route) =>
    refused++ === 0 ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
  );
  await page.reload();
  await ready(page);
  expect(refused, 'the head asked once, the page once more').toBe(2);
  await expect(explorer(page).locator('[data-prediction]').first()).toContainText('predicts');
});

test('a worker whose main part cannot be downloaded says so, and Retry recovers without a reload', async ({
  page,
  problems,
}) => {
  // The worker's entry loads the rest of the worker (with the runtime's code) as one chunk.
  const main = workerBuild.startFiles.find((f) => f.startsWith('modelWorkerMain-'));
  expect(main, 'the worker has a main part').toBeDefined();
  problems.allow('modelWorkerMain');
  problems.allow('404');
  problems.allow('Uncaught Error');
  let broken = true;
  await page.route(`**/worker/${main}`, (route) =>
    broken ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
  );
  await page.goto('explorer/');
  const error = explorer(page).locator('[data-load-state="error"]');
  await expect(error).toBeVisible({ timeout: 60_000 });
  await expect(error).toContainText('The model worker failed: its script could not be loaded.');
  await expect(error).not.toContainText(/Uncaught|TypeError|dynamically imported/);
  broken = false;
  await retryRecoversWithoutReload(page, error);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit the book reads offline and the model runs', async ({ page, context, problems }) => {
    await open(page, 'explorer/');
    await ready(page);
    // The service worker keeps what this visit loaded, and the book's other pages.
    await expect
      .poll(
        () =>
          page.evaluate(
            async (workerFiles) => {
              const keys = await caches.keys();
              const urls = (
                await Promise.all(keys.map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))
              ).flat();
              return ['/model.onnx', '/samples.bin', '/why-shufflenet-v2/', ...workerFiles].filter(
                (part) => !urls.some((u) => u.includes(part)),
              );
            },
            // the worker's scripts (the lazily loaded ones too) and the runtime's wasm
            [...workerBuild.scripts, workerBuild.wasm].map((f) => `/worker/${f}`),
          ),
        { timeout: 60_000 },
      )
      .toEqual([]);
    // A page's request starts with the navigation, not after the service worker has started.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).navigationPreload.getState())).toEqual(
      expect.objectContaining({ enabled: true }),
    );
    await context.setOffline(true);
    // Offline, Next.js's speculative prefetches of linked chapters that the worker has not kept yet
    // (it keeps the other pages in the background) fail silently; what the reader sees is checked below.
    problems.allow('net::ERR_FAILED');
    await page.reload();
    await ready(page);
    await expect(explorer(page).locator('[data-prediction]').first()).toContainText('predicts');
    await page.goto('why-shufflenet-v2/');
    await expect(page.locator('h1')).toBeVisible();
    await context.setOffline(false);
    // Online again, a page comes from the network (through the preload), not from the cache.
    const response = await page.goto('why-shufflenet-v2/');
    expect(response?.status()).toBe(200);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toBeVisible();
  });

  test('a new deploy (a new build id) takes over and deletes the old cache', async ({ page }) => {
    await open(page, 'why-shufflenet-v2/');
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toHaveLength(1);
    const [old] = await page.evaluate(() => caches.keys());
    expect(old).toMatch(/^book-/);
    const scope = new URL('.', page.url()).pathname.replace(/why-shufflenet-v2\/$/, '');
    await page.evaluate(async (s) => {
      await navigator.serviceWorker.register(`${s}sw.js?v=next-deploy`, { scope: s });
    }, scope);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).not.toContain(old);
    // The new worker answers from its own cache.
    await page.evaluate(() => fetch(`${location.pathname}?again`));
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['book-next-deploy']);
  });
});
