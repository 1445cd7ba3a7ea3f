import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-web';
import { addExplorerOutputs } from '../../lib/onnxAddOutputs';
import { recogniseShuffleNetV2 } from '../../lib/onnxRecognize';
import { expect, open, test } from './fixtures';

/** "Open your own ShuffleNetV2" on /explore/: a torchvision export opened from the reader's disk, in real Chromium. */

test.describe.configure({ timeout: 150_000 });

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'byom');
const fixture = (file: string) => path.join(FIXTURES, file);
const explorer = (page: Page) => page.locator('section[aria-label="ShuffleNetV2 explorer"]');
const picker = (page: Page) => page.getByLabel(/Choose a ShuffleNetV2 \.onnx file/);

async function openOwn(page: Page, file = 'small-opset13.onnx') {
  await open(page, 'explore/?bench=1');
  await expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await picker(page).setInputFiles(fixture(file));
  await expect(explorer(page)).toHaveAttribute('data-model', 'own', { timeout: 45_000 });
  await expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
}

test('a torchvision export opens: its summary, its ops with maps, and the values of the runtime', async ({ page }) => {
  await openOwn(page);
  const summary = page.getByRole('region', { name: 'What was found in small-opset13.onnx' });
  await expect(summary.getByRole('row', { name: /channel widths/ })).toContainText('8, 16, 32, 64, 128');
  await expect(summary.getByRole('row', { name: /units per stage/ })).toContainText('2, 2, 2');
  await expect(page.getByText('The file never leaves your computer', { exact: false })).toBeVisible();

  // input → stem → max pool → stage 2, unit 1's first op
  const next = explorer(page).getByRole('button', { name: 'Next step' }).first();
  for (let i = 0; i < 3; i++) await next.click();
  const step = explorer(page).locator('h2[id^="step-title-"]');
  await expect(step).toContainText('Stage 2, unit 1');
  await expect(step).toContainText('depthwise');
  const canvases = explorer(page).locator('[data-tensor="stage2.unit1.left.dw"] canvas');
  await expect(canvases.first()).toBeVisible();

  // The tensors on screen equal the same file run by onnxruntime in Node on the page's own input
  // (the node tests compare that run with PyTorch's values, within 1e-4).
  const shown = await page.evaluate(() => window.__explorerBench!.tensors());
  expect(shown).not.toBeNull();
  const bytes = new Uint8Array(readFileSync(fixture('small-opset13.onnx')));
  const model = recogniseShuffleNetV2(bytes);
  const edited = addExplorerOutputs(bytes, model).bytes;
  ort.env.wasm.numThreads = 1;
  const session = await ort.InferenceSession.create(edited, { executionProviders: ['wasm'] });
  const input = shown![model.input.name];
  const ran = await session.run({
    [model.input.name]: new ort.Tensor('float32', Float32Array.from(input.data), input.dims),
  });
  for (const name of ['stage2.unit1.left.dw', 'maxpool', 'logits']) {
    const expected = ran[name].data as Float32Array;
    const got = shown![name].data;
    expect(got.length, name).toBe(expected.length);
    let diff = 0;
    for (let i = 0; i < got.length; i++) diff = Math.max(diff, Math.abs(got[i] - expected[i]));
    expect(diff, name).toBeLessThanOrEqual(1e-5);
  }
  // the input is the test picture normalised with ImageNet's statistics: red channel of a mid-grey pixel would be ≈ 0.07
  expect(Math.max(...input.data)).toBeGreaterThan(1);
  expect(Math.min(...input.data)).toBeLessThan(-1);

  // Back to the book's model
  await page.getByRole('button', { name: 'Back to the book’s model' }).click();
  await expect(explorer(page)).not.toHaveAttribute('data-model', 'own');
});

test('files that are not a ShuffleNetV2 get a message, and the page keeps working', async ({ page }) => {
  await open(page, 'explore/');
  await expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await picker(page).setInputFiles({
    name: 'notes.onnx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('just some notes'),
  });
  await expect(page.locator('[data-model-error]')).toContainText('“notes.onnx”: This file is not an ONNX model');
  await picker(page).setInputFiles(fixture('tiny-resnet.onnx'));
  await expect(page.locator('[data-model-error]')).toContainText(
    /This is not a ShuffleNetV2: expected .* but found .*Add/,
  );
  await expect(explorer(page)).not.toHaveAttribute('data-model', 'own');
  await expect(explorer(page)).toHaveAttribute('data-state', 'ready');
  // and a good file still opens after the refusals
  await picker(page).setInputFiles(fixture('small-opset17-bn.onnx'));
  await expect(explorer(page)).toHaveAttribute('data-model', 'own', { timeout: 45_000 });
  await expect(page.locator('[data-model-error]')).toHaveCount(0);
});

test('an own model steps without touching the URL, which keeps the book’s model and step', async ({ page }) => {
  await open(page, 'explore/?model=fashion&step=stage3.unit2');
  await expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  await picker(page).setInputFiles(fixture('small-opset13.onnx'));
  await expect(explorer(page)).toHaveAttribute('data-model', 'own', { timeout: 45_000 });
  // the reader's model opens at its input, and stepping through it leaves the link as it was
  await expect(explorer(page).locator('section[data-step="input"]')).toBeVisible();
  await explorer(page).locator('[data-step-id="stage2.unit2.split"]').click();
  await expect(explorer(page).locator('section[data-step="stage2.unit2.split"]')).toBeVisible();
  await expect(page).toHaveURL(/[?&]model=fashion&step=stage3\.unit2$/);
  // the channel trace follows the reader's model: stage 2 has one basic unit of 16 channels
  const trace = page.getByRole('region', { name: 'Follow a channel' });
  await expect(trace.locator('[data-trace-unit]')).toHaveCount(1);
  await expect(trace.locator('[data-trace-unit="stage2.unit2"]')).toHaveAttribute('data-side', 'untouched');
  // Back: the book's model at the step the URL kept
  await page.getByRole('button', { name: 'Back to the book’s model' }).click();
  await expect(explorer(page)).toHaveAttribute('data-model', 'fashion');
  await expect(explorer(page).locator('section[data-step="stage3.unit2.split"]')).toBeVisible();
});

test('with an own model open the page passes axe', async ({ page }) => {
  await openOwn(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  if (process.env.BYOM_SHOTS) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [label, width] of [
        ['desktop', 1280],
        ['phone', 390],
      ] as const) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(400);
        await page.screenshot({ path: `screenshots/byom-${scheme}-${label}.png`, fullPage: true });
      }
    }
  }
});
