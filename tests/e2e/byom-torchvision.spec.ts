import type { Locator, Page } from '@playwright/test';
import { IMAGENET_CLASSES } from '@tensorflow-models/mobilenet/dist/imagenet_classes';
import { onnx } from 'onnx-proto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { classNames } from '../../lib/ownModelManifest';
import { expect, open, test } from './fixtures';

/**
 * A real torchvision ShuffleNetV2 0.5× at 224×224 (1.4 M parameters, 5.5 MB) opened on /explore/ in
 * real Chromium: its summary against torchvision's own counts, its values against PyTorch's on the
 * page's built-in test picture, and a walk through its stages and one unit's split, concat and shuffle.
 *
 * No pretrained weights can be downloaded here, so the model has seeded random weights with BN
 * statistics measured on noise (activations keep their scale, the logits spread over ±10). The file
 * is too large for the repository: scripts/export-torchvision.py writes it (and PyTorch's values) into
 * .e2e/torchvision the first time, in about half a minute, and again only when the script changes.
 */

test.describe.configure({ timeout: 240_000 });

const ROOT = path.join(__dirname, '..', '..');
const DIR = path.join(ROOT, '.e2e', 'torchvision');
const STEM = path.join(DIR, 'x0.5');
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

interface Reference {
  params: number;
  multiplyAdds: number;
  stagesRepeats: number[];
  stagesOutChannels: number[];
  top5: number[];
  tensors: Record<string, { shape: number[]; offset: number; length: number }>;
}

function exportModel(): { meta: Reference; data: Float32Array } {
  execFileSync(
    PYTHON,
    [
      path.join(ROOT, 'scripts', 'export-torchvision.py'),
      ...['--width', '0.5', '--opset', '13', '--calibrate-bn', '--input', 'picture'],
      ...['--out', `${STEM}.onnx`, '--reference', STEM, '--if-stale'],
    ],
    { stdio: 'inherit', timeout: 180_000 },
  );
  const meta = JSON.parse(readFileSync(`${STEM}.json`, 'utf8')) as Reference;
  const buf = readFileSync(`${STEM}.bin`);
  const data = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  return { meta, data };
}

const explorer = (page: Page) => page.locator('section[aria-label="ShuffleNetV2 explorer"]');

/** Largest |page − PyTorch| relative to the largest |PyTorch| value of the tensor. */
function relativeDifference(got: number[], expected: Float32Array): number {
  let diff = 0,
    scale = 0;
  for (let i = 0; i < expected.length; i++) {
    diff = Math.max(diff, Math.abs(got[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  return diff / scale;
}

test('torchvision’s shufflenet_v2_x0_5 at 224×224 opens, runs as in PyTorch, and steps through', async ({
  page,
}, info) => {
  // One run is enough: the sub-path build serves the same worker, and the small exports open there too (byom.spec).
  test.skip(info.project.name !== 'root', 'runs once, at the root');
  const { meta, data } = exportModel();
  const reference = (name: string) => {
    const t = meta.tensors[name];
    return data.subarray(t.offset, t.offset + t.length);
  };

  await open(page, 'explore/?bench=1');
  await expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  const top1 = classNames(1000, IMAGENET_CLASSES)[meta.top5[0]]; // the names the page shows
  const started = Date.now();
  await page.getByLabel(/Choose a ShuffleNetV2 \.onnx file/).setInputFiles(`${STEM}.onnx`);
  await expect(explorer(page)).toHaveAttribute('data-model', 'own', { timeout: 120_000 });
  await expect(explorer(page).locator('[data-prediction]').first()).toHaveAttribute('data-prediction', top1, {
    timeout: 60_000,
  });
  const openAndRunMs = Date.now() - started;
  const [forwardMs] = await page.evaluate(() => window.__explorerBench!.forward(1));
  console.log(`x0.5 224×224: open + first run ${openAndRunMs} ms; one more forward pass ${Math.round(forwardMs)} ms`);

  // The summary says what torchvision's own model has (counted by the export script in PyTorch).
  const summary = page.getByRole('region', { name: 'What was found in x0.5.onnx' });
  const row = (name: RegExp) => summary.getByRole('row', { name });
  await expect(page.getByRole('heading', { name: 'ShuffleNetV2 0.5× (a published width)' })).toBeVisible();
  await expect(row(/channel widths/)).toContainText(meta.stagesOutChannels.join(', '));
  await expect(row(/units per stage/)).toContainText(meta.stagesRepeats.join(', '));
  await expect(row(/parameters/)).toContainText(meta.params.toLocaleString('en'));
  await expect(row(/multiply-adds per image/)).toContainText(meta.multiplyAdds.toLocaleString('en'));
  await expect(row(/^input/)).toContainText('3 channels, 224×224');

  // The values on screen are PyTorch's, on the same picture with the same preprocessing.
  const names = [
    'input',
    'stem',
    'maxpool',
    ...['left.dw', 'left', 'right.conv1', 'right.dw', 'right', 'shuffle'].map((p) => `stage2.unit1.${p}`),
    ...['right.split', 'left', 'right.conv1', 'right.dw', 'right', 'concat', 'shuffle'].map((p) => `stage3.unit2.${p}`),
    'stage4.unit4.shuffle',
    'conv5',
    'pool',
    'logits',
    'probs',
  ];
  // the page keeps the input under the file's own input name
  const inputName = onnx.ModelProto.decode(readFileSync(`${STEM}.onnx`)).graph!.input![0].name!;
  const shown = await page.evaluate(
    ([wanted, input]) => {
      const t = window.__explorerBench!.tensors()!;
      return Object.fromEntries(wanted.map((n) => [n, t[n === 'input' ? input : n]]));
    },
    [names, inputName] as const,
  );
  const differences: Record<string, number> = {};
  for (const name of names) {
    expect(shown[name], `${name} is on the page`).toBeTruthy();
    expect(shown[name].dims, name).toEqual(meta.tensors[name].shape);
    differences[name] = relativeDifference(shown[name].data, reference(name));
  }
  console.log('largest difference from PyTorch, relative to the largest value:', differences);
  for (const [name, d] of Object.entries(differences)) expect(d, name).toBeLessThanOrEqual(1e-3);
  const logits = shown.logits.data;
  const top5 = [...logits.keys()].sort((a, b) => logits[b] - logits[a]).slice(0, 5);
  expect(top5).toEqual(meta.top5);
  // the comparison means something: the logits are spread out, not all the same
  expect(Math.max(...logits) - Math.min(...logits)).toBeGreaterThan(5);

  // Every stage with PyTorch's number of units, each unit ending in its shuffle.
  const ids = await explorer(page)
    .locator('[data-step-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')!));
  const shuffles = (stage: number) => ids.filter((id) => new RegExp(`^stage${stage}\\.unit\\d+\\.shuffle$`).test(id));
  expect([2, 3, 4].map((s) => shuffles(s).length)).toEqual(meta.stagesRepeats);
  expect(ids[0]).toBe('input');

  // A basic unit op by op: the split (both halves in one step), the branch's three convolutions, concat, shuffle.
  const unit = ['split', 'right.conv1', 'right.dw', 'right', 'concat', 'shuffle'].map((p) => `stage3.unit2.${p}`);
  for (const id of unit) expect(ids, `${id} is a step`).toContain(id);
  await explorer(page).locator(`[data-step-id="${unit[0]}"]`).click();
  const next = explorer(page).getByRole('button', { name: 'Next step' }).first();
  const channels = meta.stagesOutChannels[2];
  for (const [i, id] of unit.entries()) {
    await expect(explorer(page).locator(`[data-step-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
    const view = explorer(page).locator(`section[data-step="${id}"]`);
    await expect(view).toHaveAttribute('data-has-tensors', 'yes');
    if (id.endsWith('shuffle')) {
      await expect(view.locator('svg[data-shuffle-lines] line')).toHaveCount(channels);
    } else {
      const tensors = id.endsWith('split') ? ['stage3.unit2.left', 'stage3.unit2.right.split'] : [id];
      for (const t of tensors) await expect(view.locator(`[data-tensor="${t}"] canvas`).first()).toBeVisible();
    }
    if (i < unit.length - 1) await next.click();
  }

  // Follow a channel through stage 3's seven basic units: untouched in unit 2, shuffled into unit 3's branch half
  const trace = page.getByRole('region', { name: 'Follow a channel' });
  await trace.getByLabel('Channel', { exact: true }).fill('30');
  await expect(trace.locator('[data-trace-unit]')).toHaveCount(2);
  await expect(trace.locator('[data-trace-unit="stage3.unit2"]')).toHaveAttribute('data-side', 'untouched');
  await expect(trace.locator('[data-trace-unit="stage3.unit3"]')).toHaveAttribute('data-side', 'branch');
  await expect(trace).toContainText('differs from the one that entered the stage by 0: it is the same map');

  // The values of the RGB stem and the max pool explained from an enlarged map, and a class's score at the FC step,
  // each recomputed here and agreeing with the runtime.
  for (const step of ['stem', 'maxpool']) {
    await explorer(page).locator(`[data-step-id="${step}"]`).click();
    await explorer(page)
      .locator(`[data-tensor="${step}"] [data-maps]`)
      .first()
      .click({ position: { x: 3, y: 3 } });
    const dialog = page.locator('dialog[data-map-dialog]');
    await expect(dialog).toBeVisible();
    const large = (await dialog.locator('[data-maps]').boundingBox())!;
    await page.mouse.click(large.x + 2, large.y + 2); // the top-left corner: a window over the padding
    const detail = dialog.getByRole('region', { name: 'How one value is computed' });
    await expect(detail).toHaveAttribute('data-value-detail', step);
    await expectAgreement(detail);
    await expect(detail.locator('[data-padding="yes"]').first()).toBeAttached();
    if (step === 'stem') await expect(detail.getByRole('img', { name: /^Input window of channel/ })).toHaveCount(3);
    else await expect(detail.locator('[data-largest="yes"]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  await explorer(page).locator('[data-step-id="fc"]').click();
  const score = explorer(page).getByRole('region', { name: 'How one value is computed' });
  await expect(score).toHaveAttribute('data-value-detail', 'logits');
  await expect(score).toContainText(`logits, class ${top1}.`);
  await expectAgreement(score);
  await score.getByLabel('Class').fill(String(meta.top5[1]));
  await expect(score).toContainText(`class ${classNames(1000, IMAGENET_CLASSES)[meta.top5[1]]}.`);
  await expectAgreement(score);
});

/** The panel has recomputed the value, and it agrees with the runtime's to within 1e-4 (relative for large values). */
async function expectAgreement(panel: Locator) {
  await expect(panel).toHaveAttribute('data-ready', 'yes', { timeout: 30_000 });
  const runtime = Number(await panel.locator('[data-runtime]').getAttribute('data-runtime'));
  const recomputed = Number(await panel.locator('[data-recomputed]').getAttribute('data-recomputed'));
  expect(Math.abs(recomputed - runtime)).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(runtime)));
}
