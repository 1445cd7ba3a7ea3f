import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** The explorer page (and the chapter that embeds a compact copy) with the live model, in real Chromium against the built site. */

// Loading the runtime and the model takes a few seconds on a quiet machine; on the shared 2-core
// machine several test runs and builds compete, so give each test more than the default minute.
test.describe.configure({ timeout: 150_000 });

const explorer = (page: Page) => page.locator('section[aria-label="ShuffleNetV2 explorer"]');

async function openExplorer(page: Page, query = '') {
  await open(page, `explore/${query}`);
  await expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
}

/** Whether every canvas in `scope` has been painted and shows something (some pixel not transparent). */
async function paintedCanvases(scope: Locator): Promise<{ count: number; blank: number }> {
  return scope.locator('canvas').evaluateAll((canvases) => {
    let blank = 0;
    for (const c of canvases as HTMLCanvasElement[]) {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let any = false;
      for (let i = 3; i < data.length && !any; i += 4) any = data[i] > 0;
      if (!any) blank++;
    }
    return { count: canvases.length, blank };
  });
}

test('drawing a stroke gives a live prediction', async ({ page }) => {
  await openExplorer(page);
  const pad = page.locator('[data-draw-pad]');
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  // A vertical stroke down the middle: a "1".
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++)
    await page.mouse.move(box.x + box.width * (0.5 + i * 0.004), box.y + box.height * (0.15 + i * 0.06));
  await page.mouse.up();
  const prediction = explorer(page).locator('[data-prediction]').first();
  await expect(prediction).toContainText('For your drawing the model predicts');
  await expect(prediction).toHaveAttribute('data-prediction', '1');
  await expect(explorer(page).getByText(/Your drawing, cropped to its ink and scaled into 20×20/)).toBeVisible();
  // Clearing goes back to the gallery image, and says so.
  await page.getByRole('button', { name: 'Clear drawing' }).click();
  await expect(prediction).toContainText(/For held-out image no\. \d+ the model predicts/);
  await expect(explorer(page).getByText(/Pad cleared: the held-out image no\. \d+ is the input again/)).toBeVisible();
  // A dot is read, with a hint to draw larger (the pad measured again: clicking Clear may have scrolled the page).
  await pad.scrollIntoViewIfNeeded();
  const dotBox = (await pad.boundingBox())!;
  await page.mouse.click(dotBox.x + dotBox.width * 0.5, dotBox.y + dotBox.height * 0.5);
  await expect(explorer(page).locator('[data-too-small]')).toBeVisible();
});

test('held-out samples of every class are predicted as their true labels', async ({ page }) => {
  await openExplorer(page);
  const thumbs = explorer(page).locator('[data-sample]');
  await expect(thumbs).toHaveCount(10);
  const prediction = explorer(page).locator('[data-prediction]').first();
  for (let k = 0; k < 10; k++) {
    const thumb = thumbs.nth(k);
    const label = (await thumb.getAttribute('aria-label'))!.match(/true label (.+)$/)![1];
    const index = await thumb.getAttribute('data-sample');
    await thumb.click();
    await expect(thumb).toHaveAttribute('aria-pressed', 'true');
    // the default sample (0) keeps the URL short: no parameter at all
    if (index === '0') await expect(page).not.toHaveURL(/sample=/);
    else await expect(page).toHaveURL(new RegExp(`sample=${index}(&|$)`));
    await expect(prediction).toContainText(`For held-out image no. ${index} the model predicts`);
    await expect(prediction).toHaveAttribute('data-prediction', label);
    await expect(prediction).toContainText('correct');
  }
});

test('every step shows its tensors, stepping with the keyboard', async ({ page }) => {
  await openExplorer(page);
  const strip = explorer(page).locator('[data-step-id]');
  const ids = await strip.evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')!));
  expect(ids[0]).toBe('input');
  expect(ids.at(-1)).toBe('softmax');
  // every op of every unit is a step: the depthwise convs and shuffles among them
  expect(ids.filter((id) => /^stage\d\.unit\d\.(left|right)\.dw$/.test(id)).length).toBeGreaterThanOrEqual(8);
  expect(ids.filter((id) => /^stage\d\.unit\d\.shuffle$/.test(id)).length).toBeGreaterThanOrEqual(3);
  const next = explorer(page).getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('End');
  await expect(explorer(page).locator('[data-step="softmax"]')).toBeVisible();
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toBeFocused(); // focus stays in the explorer at the last step
  await page.keyboard.press('Home');
  for (const [i, id] of ids.entries()) {
    const view = explorer(page).locator(`section[data-step="${id}"]`);
    await expect(view).toBeVisible();
    await expect(view).toHaveAttribute('data-has-tensors', 'yes');
    await expect(strip.nth(i)).toHaveAttribute('aria-current', 'step');
    if (i > 0) await expect(page).toHaveURL(new RegExp(`step=${id.replace('.', '\\.')}(&|$)`));
    if (id === 'softmax') {
      await expect(view.locator('svg[role="img"][aria-label^="Class probabilities"]')).toBeVisible();
    } else if (id.endsWith('.shuffle')) {
      await expect(view.locator('svg[data-shuffle-lines] line').first()).toBeAttached();
    } else if (id === 'fc') {
      await expect(view.locator('[data-vector] svg rect').first()).toBeAttached();
    } else {
      const { count, blank } = await paintedCanvases(view);
      expect(count, `canvases of step ${id}`).toBeGreaterThan(0);
      expect(blank, `blank canvases of step ${id}`).toBe(0);
    }
    if (i < ids.length - 1) await page.keyboard.press('ArrowRight');
  }
});

test('the URL restores model, sample and step', async ({ page }) => {
  await openExplorer(page, '?model=fashion&sample=5&step=stage3.unit2');
  await expect(explorer(page)).toHaveAttribute('data-model', 'fashion');
  await expect(page.getByRole('radio', { name: 'Clothing (Fashion-MNIST)' })).toBeChecked();
  await expect(explorer(page).locator('section[data-step="stage3.unit2.split"]')).toBeVisible();
  await expect(explorer(page).locator('[data-sample="5"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(explorer(page).locator('[data-prediction]').first()).toContainText(
    'For held-out image no. 5 the model predicts',
  );
  // a unit's name opens its first op
  await expect(explorer(page).locator('[data-step-id="stage3.unit2.split"]')).toHaveAttribute('aria-current', 'step');
  await expect(explorer(page).locator('section[data-step="stage3.unit2.split"]')).toBeVisible();
});

test('an unknown step says so and opens at the input', async ({ page }) => {
  await openExplorer(page, '?step=stage9.unit9');
  await expect(explorer(page).locator('[data-unknown-step]')).toContainText('This model has no step “stage9.unit9”');
  await expect(explorer(page).locator('section[data-step="input"]')).toBeVisible();
});

for (const device of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`every op of a unit, step by step, on a ${device.name}`, async ({ page }) => {
    await page.setViewportSize({ width: device.width, height: device.height });
    await openExplorer(page, '?step=stage3.unit1');
    const ops = ['left.dw', 'left', 'right.conv1', 'right.dw', 'right', 'concat', 'shuffle'].map(
      (p) => `stage3.unit1.${p}`,
    );
    const next = page.getByRole('button', { name: 'Next step' });
    if (device.name === 'phone') {
      // the step controls stay reachable: a bar fixed to the bottom of the screen
      const bar = (await next.boundingBox())!;
      expect(bar.y + bar.height).toBeGreaterThan(device.height - 80);
    }
    for (const [i, id] of ops.entries()) {
      const view = explorer(page).locator(`section[data-step="${id}"]`);
      await expect(view).toHaveAttribute('data-has-tensors', 'yes');
      await expect(explorer(page).locator(`[data-step-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
      // the unit's name opened its first op; from there on the URL names each op
      if (i > 0) await expect(page).toHaveURL(new RegExp(`step=${id.replace(/\./g, '\\.')}(&|$)`));
      if (id.endsWith('shuffle')) {
        await expect(view.locator('svg[data-shuffle-lines] line')).toHaveCount(96); // stage 3 has 96 channels
      } else {
        const out = view.locator(`[data-tensor="${id}"]`);
        await expect(out).toHaveAttribute('data-scheme', id.endsWith('.dw') ? 'diverging' : 'sequential');
        if (device.name === 'desktop')
          expect(Number(await out.getAttribute('data-map-pixels'))).toBeGreaterThanOrEqual(48);
        const { count, blank } = await paintedCanvases(out);
        expect(count).toBe(1);
        expect(blank).toBe(0);
      }
      if (i < ops.length - 1) await next.click();
    }
    // the overview's thumbnails are painted
    const thumbs = await paintedCanvases(explorer(page).locator('nav[aria-label="The whole network"]'));
    expect(thumbs.blank).toBe(0);
  });
}

test('a map opens large, reads values, and Escape closes it', async ({ page }) => {
  await openExplorer(page, '?step=stage3.unit2.right.dw');
  const grid = explorer(page).locator('[data-tensor="stage3.unit2.right.dw"] [data-maps]');
  await expect(explorer(page).locator('[data-tensor="stage3.unit2.right.dw"]')).toHaveAttribute(
    'data-scheme',
    'diverging',
  );
  await expect(
    explorer(page)
      .getByRole('img', { name: /Colour scale .*purple is .*white is 0, green is/ })
      .first(),
  ).toBeVisible();
  await grid.click({ position: { x: 10, y: 10 } });
  const dialog = page.locator('dialog[data-map-dialog]');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading').first()).toContainText('stage3.unit2.right.dw, channel 0');
  const large = dialog.locator('[data-maps]');
  // the grid's place once the dialog has finished laying out (two measurements alike): pointing at the
  // middle of a box still growing can land on the next row
  let lb = (await large.boundingBox())!;
  await expect
    .poll(async () => {
      const now = (await large.boundingBox())!;
      const settled = JSON.stringify(now) === JSON.stringify(lb);
      lb = now;
      return settled;
    })
    .toBe(true);
  expect(lb.width).toBeGreaterThanOrEqual(300);
  await page.mouse.move(lb.x + lb.width / 2, lb.y + lb.height / 2);
  await expect(dialog.getByText(/channel 0 · row 3, column 3 · value -?\d/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test("the drawn shuffle and the untouched half agree with the model's own tensors", async ({ page }) => {
  await openExplorer(page, '?bench=1&step=stage3.unit2.shuffle');
  const lines = explorer(page).locator('svg[data-shuffle-lines="stage3.unit2"] line');
  const drawn = await lines.evaluateAll((ls) =>
    ls.map((l) => [Number(l.getAttribute('data-from')), Number(l.getAttribute('data-to'))]),
  );
  const check = await page.evaluate((pairs) => {
    const t = window.__explorerBench!.tensors()!;
    const concat = t['stage3.unit2.concat'],
      shuffle = t['stage3.unit2.shuffle'];
    const input = t['stage3.unit1.shuffle'],
      left = t['stage3.unit2.left'];
    const [, C, H, W] = shuffle.dims;
    const plane = H * W;
    const same = (a: number[], ai: number, b: number[], bi: number) =>
      a.slice(ai * plane, (ai + 1) * plane).every((v, k) => v === b[bi * plane + k]);
    return {
      C,
      targets: pairs.map(([, to]) => to).sort((a, b) => a - b),
      linesMatch: pairs.every(([from, to]) => same(shuffle.data, to, concat.data, from)),
      // a line drawn wrongly would fail: the maps are not all equal to each other
      distinct: !same(shuffle.data, 0, shuffle.data, 1),
      untouched: left.data.every((v, k) => v === input.data[k]),
    };
  }, drawn);
  expect(drawn.length).toBe(check.C);
  expect(check.targets).toEqual(Array.from({ length: check.C }, (_, i) => i));
  expect(drawn.slice(0, 4)).toEqual([
    [0, 0],
    [check.C / 2, 1],
    [1, 2],
    [check.C / 2 + 1, 3],
  ]);
  expect(check.distinct).toBe(true);
  expect(check.linesMatch).toBe(true);
  expect(check.untouched).toBe(true);
  await expect(explorer(page).getByText(/^Each of the \d+ output maps is a copy/)).toBeVisible();
});

test('uploads: wrong files are explained, a picture is framed and predicted', async ({ page }) => {
  await openExplorer(page);
  const upload = explorer(page).locator('input[type="file"]');
  await upload.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(explorer(page).locator('[data-upload-error]')).toContainText('is not a PNG, JPEG or WebP image');
  await upload.setInputFiles({
    name: 'broken.png',
    mimeType: 'image/png',
    buffer: Buffer.from('definitely not a png'),
  });
  await expect(explorer(page).locator('[data-upload-error]')).toContainText('could not be decoded');
  await expect(explorer(page).locator('[data-prediction]').first()).toContainText('For held-out image no.');
  // A dark "1" on light paper, made by the browser itself.
  const png = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 120;
    c.height = 160;
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#f4f1ea';
    ctx.fillRect(0, 0, 120, 160);
    ctx.fillStyle = '#222';
    ctx.fillRect(52, 20, 14, 120);
    const blob: Blob = await new Promise((r) => c.toBlob((b) => r(b!), 'image/png'));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  await upload.setInputFiles({ name: 'one.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  await expect(explorer(page).locator('[data-upload-error]')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Invert/ })).toBeChecked();
  const prediction = explorer(page).locator('[data-prediction]').first();
  await expect(prediction).toContainText('For the picture “one.png” the model predicts');
  await expect(prediction).toHaveAttribute('data-prediction', '1');
  // a failed upload afterwards does not leave the previous picture in use under its error
  await upload.setInputFiles({
    name: 'broken.png',
    mimeType: 'image/png',
    buffer: Buffer.from('definitely not a png'),
  });
  await expect(prediction).toContainText('For held-out image no.');
});

test('a corrupt model file shows a clear error with Retry, and the chapter stays readable', async ({
  page,
  problems,
}) => {
  problems.allow('model.onnx');
  problems.allow('onnxruntime');
  let corrupt = true;
  await page.route(/\/model\.onnx(\?|$)/, async (route) => {
    if (corrupt)
      await route.fulfill({
        status: 200,
        contentType: 'application/octet-stream',
        body: Buffer.from('this is not an ONNX model at all'),
      });
    else await route.continue();
  });
  // Not waiting for the network to be idle: Chromium's idle signal can miss the end of a worker's request that
  // the test answers itself, when the worker starts with the page (the page's own requests all finish).
  expect((await page.goto('explore/'))?.status()).toBe(200);
  const error = explorer(page).locator('[data-load-state="error"]');
  await expect(error).toBeVisible({ timeout: 45_000 });
  await expect(error).toContainText('Could not load the digits model');
  await expect(error).toContainText('corrupt or not an ONNX file');
  // The overview of the network is still there without the model.
  await expect(explorer(page).locator('[data-step-id="conv5"]')).toBeVisible();
  corrupt = false;
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(error).toHaveCount(0);
});

test('a page without the explorer loads no runtime and no model; the explorer does, in a worker', async ({ page }) => {
  const loaded = async (relative: string, ready: boolean) => {
    const urls: string[] = [];
    const ortCode: string[] = [];
    const onResponse = async (r: import('@playwright/test').Response) => {
      urls.push(r.url());
      // onnxruntime-web's own code names its wasm file; the book's lib/ort.ts (a small loader) does not.
      if (
        /\.m?js$/.test(new URL(r.url()).pathname) &&
        (await r.text().catch(() => '')).includes('ort-wasm-simd-threaded')
      )
        ortCode.push(r.url());
    };
    page.on('response', onResponse);
    await open(page, relative);
    if (ready) await expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
    await page.waitForTimeout(1500); // let link prefetches finish
    page.off('response', onResponse);
    return { heavy: urls.filter((u) => /\.wasm|\.onnx|samples\.bin/.test(u)), ortCode };
  };
  const plain = await loaded('why-shufflenet-v2/', false);
  expect(plain.heavy).toEqual([]);
  expect(plain.ortCode).toEqual([]);
  expect(page.workers()).toHaveLength(0);
  const live = await loaded('explore/', true);
  // the runtime runs in a Web Worker, not on the page's main thread
  expect(page.workers().length).toBeGreaterThanOrEqual(1);
  expect(live.heavy.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(live.heavy.some((u) => new URL(u).pathname.endsWith('model.onnx'))).toBe(true);
  expect(live.ortCode.length).toBeGreaterThan(0);
});

test("the chapter opens with a link to the explorer; its live unit cell shows a basic unit's split on the real model", async ({
  page,
}) => {
  await open(page, 'explorer/');
  const link = page.locator('[data-open-explorer]').first();
  await expect(link).toBeVisible();
  expect((await link.boundingBox())!.y).toBeLessThan(1200);
  const cell = page.locator('[data-live-unit="stage3.unit2"][data-view="split"]');
  await cell.scrollIntoViewIfNeeded(); // it loads when it comes near the screen
  await expect(cell).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await expect(cell.getByText(/^The untouched half is exactly the input/)).toBeVisible();
  const thumbs = cell.locator('[data-sample]');
  const index = await thumbs.nth(3).getAttribute('data-sample');
  await thumbs.nth(3).click();
  await expect(page).toHaveURL(new RegExp(`live-digits-s3u2-split=${index}`));
  await expect(cell.locator('[data-prediction]')).toContainText(`For sample ${index}`);
  const { count, blank } = await paintedCanvases(cell);
  expect(count).toBeGreaterThanOrEqual(3);
  expect(blank).toBe(0);
});

test('the explorer passes axe on every kind of step, live', async ({ page }) => {
  test.setTimeout(300_000); // several full axe runs on a busy machine
  await openExplorer(page, '?step=stage2.unit1');
  // a depthwise op with its diagram, a split, the shuffle lines, and the head (vector + class bars)
  for (const step of ['stage2.unit1.left.dw', 'stage2.unit2.split', 'stage2.unit2.shuffle', 'fc']) {
    await explorer(page).locator(`[data-step-id="${step}"]`).click();
    await expect(explorer(page).locator(`section[data-step="${step}"]`)).toHaveAttribute('data-has-tensors', 'yes');
    const axe = await new AxeBuilder({ page }).include('section[aria-label="ShuffleNetV2 explorer"]').analyze();
    expect(
      axe.violations.map(
        (v) =>
          `${step} ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      ),
    ).toEqual([]);
  }
});
