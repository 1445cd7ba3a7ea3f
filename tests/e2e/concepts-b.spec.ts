import fs from 'node:fs';
import { formatCount, groupDigits } from '../../lib/format';
import { imagenetSpec, networkTable, shuffleNetV2 } from '../../lib/network';
import { basicUnit, downUnit } from '../../lib/units';
import { expect, open, test } from './fixtures';

/** Chapters 5–7: every cell's controls change its output, invalid input is explained, state lives in the URL. */

test.describe.configure({ timeout: 120_000 });

/**
 * Chapters 5 and 6 end with a live cell that loads and runs the trained model; on a busy machine
 * that holds the main thread for seconds. Interact only once it has answered, as a reader would.
 */
async function openWithLiveModel(page: import('@playwright/test').Page, path: string) {
  await open(page, path);
  // The live cell loads its model when it comes near the screen, as it would for a reader scrolling.
  await page.locator('[data-live-unit]').first().scrollIntoViewIfNeeded();
  await expect(page.getByText(/the model predicts/).first()).toBeVisible({ timeout: 90_000 });
}

test.describe('basic unit', () => {
  test('hovering or focusing an op shows its shapes and cost', async ({ page }) => {
    await openWithLiveModel(page, 'basic-unit/');
    const details = page.getByTestId('op-details').first();
    await expect(details).toContainText('The whole unit');
    await expect(details).toContainText(groupDigits(basicUnit(116, 28, 28).totals.params));
    const dw = page.locator('[data-op="right.dw"]').first();
    await dw.hover();
    const op = basicUnit(116, 28, 28).ops.find((o) => o.id === 'right.dw')!;
    await expect(details).toContainText('3×3 depthwise conv · BN');
    await expect(details).toContainText(groupDigits(op.flops));
    // keyboard: focus moves the selection too
    await page.locator('[data-op="concat"]').first().focus();
    await expect(details).toContainText('Concatenation instead of ResNet’s element-wise Add');
    await expect(page.locator('[data-op="concat"]').first()).toHaveAttribute('aria-pressed', 'true');
  });

  test('an odd C is explained, survives a reload, and a valid C updates the cost table', async ({ page }) => {
    await openWithLiveModel(page, 'basic-unit/');
    const c = page.getByLabel('channels C');
    await c.fill('115');
    await expect(page.locator('.error-note[role="alert"]')).toContainText('C = 115 is odd');
    await expect(page).toHaveURL(/[?&]c=115/);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.getByLabel('channels C')).toHaveValue('115');
    await expect(page.locator('.error-note[role="alert"]')).toContainText('C = 115 is odd');
    await expect(page.getByText('The table appears when the sizes above describe a valid unit')).toBeVisible();

    await page.getByLabel('channels C').fill('48');
    await expect(page).toHaveURL(/c=48/);
    await page.getByLabel('height H').fill('14');
    await expect(page).toHaveURL(/h=14/);
    await page.getByLabel('width W').fill('14');
    const spec = basicUnit(48, 14, 14);
    await expect(page.locator('[data-total="params"]')).toHaveText(groupDigits(spec.totals.params));
    await expect(page.locator('[data-total="flops"]')).toHaveText(groupDigits(spec.totals.flops));
    await expect(page.locator('.error-note[role="alert"]')).toHaveCount(0);
    await expect(page).toHaveURL(/c=48/);
    await expect(page).toHaveURL(/h=14/);
  });

  test('the metric buttons switch the bars, and the choice is in the URL', async ({ page }) => {
    await openWithLiveModel(page, 'basic-unit/');
    const mac = page.getByRole('button', { name: 'memory access (MAC)' });
    await mac.click();
    await expect(mac).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/basic-metric=mac/);
    await expect(page.getByText(/Split, concat and shuffle compute nothing, yet as separate operations/)).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('button', { name: 'FLOPs (multiply-adds)' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('feature reuse: following more units leaves fewer channels untouched', async ({ page }) => {
    await open(page, 'basic-unit/?reuse-c=32&reuse-units=4');
    await expect(page.locator('[data-count]')).toHaveCount(5);
    const slider = page.getByRole('slider', { name: /units followed/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-count]')).toHaveCount(6);
    await expect(page.locator('[data-count]').last()).toHaveAttribute('data-count', '1');
    await expect(page).toHaveURL(/reuse-units=5/);
  });

  test('exercises check numbers and explain choices', async ({ page }) => {
    await openWithLiveModel(page, 'basic-unit/');
    const ex = page.locator('[data-exercise-id="basic-unit-params"]');
    await ex.getByLabel('Your answer').fill('1000');
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex).toContainText('Not quite');
    await ex.getByLabel('Your answer').fill(String(basicUnit(232, 14, 14).totals.params));
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex).toContainText('Correct.');
    const choice = page.locator('[data-exercise-id="basic-unit-no-add"]');
    await expect(choice.getByRole('button', { name: 'Check' })).toBeDisabled();
    await choice.getByLabel('G3 — fragmentation').check();
    await choice.getByRole('button', { name: 'Check' }).click();
    await expect(choice.getByRole('status')).toContainText('Not this one');
    await choice.getByLabel('G4 — element-wise operations').check();
    await choice.getByRole('button', { name: 'Check' }).click();
    await expect(choice).toContainText('Correct.');
    await expect(choice).toContainText('element-wise operations');
  });
});

test.describe('down-sampling unit', () => {
  test('7×7 becomes 4×4, an odd C_out is explained, and the state round-trips through the URL', async ({ page }) => {
    await openWithLiveModel(page, 'downsampling-unit/');
    const diagram = page.locator('svg[role="group"]').first();
    await expect(diagram).toHaveAttribute('aria-label', /output \(232×14×14\)/);
    // one field at a time: each edit is a shallow route change that the next one builds on
    await page.getByLabel('height H').fill('7');
    await expect(page).toHaveURL(/h=7/);
    await page.getByLabel('width W').fill('7');
    await expect(page).toHaveURL(/w=7/);
    await expect(diagram).toHaveAttribute('aria-label', /output \(232×4×4\)/);
    const spec = downUnit(116, 232, 7, 7);
    await expect(page.locator('[data-total="flops"]')).toHaveText(groupDigits(spec.totals.flops));

    await page.getByLabel('output channels C_out').fill('231');
    await expect(page.locator('.error-note[role="alert"]')).toContainText('C_out = 231 is odd');
    await page.getByLabel('output channels C_out').fill('64');
    await expect(page.locator('.error-note[role="alert"]')).toHaveCount(0);
    // the URL mirrors the state a moment after the field changes
    await expect(page).toHaveURL(/cout=64/);
    const shared = page.url();

    const fresh = await page.context().newPage();
    await fresh.goto(shared, { waitUntil: 'networkidle' });
    await expect(fresh.locator('svg[role="group"]').first()).toHaveAttribute('aria-label', /output \(64×4×4\)/);
    await expect(fresh.locator('[data-total="params"]')).toHaveText(groupDigits(downUnit(116, 64, 7, 7).totals.params));
    await fresh.close();
  });

  test('the stride figure follows its slider', async ({ page }) => {
    await openWithLiveModel(page, 'downsampling-unit/');
    await expect(page.getByText('= 4 = ⌈7/2⌉')).toBeVisible();
    const slider = page.getByRole('slider', { name: /input width/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText('= 4 = ⌈8/2⌉')).toBeVisible();
    await expect(page).toHaveURL(/row=8/);
  });
});

test.describe('whole network', () => {
  test('the custom column follows the reader’s widths and explains odd ones', async ({ page }) => {
    await open(page, 'whole-network/');
    await expect(page.locator('[data-flops="1.0"]')).toHaveText(
      formatCount(networkTable(shuffleNetV2('1.0')).flops, 4),
    );
    for (const [name, value, key] of [
      ['Stage2', '116', 'stage2'],
      ['Stage3', '232', 'stage3'],
      ['Stage4', '464', 'stage4'],
      ['Conv5', '2048', 'conv5'],
    ]) {
      await page.getByRole('spinbutton', { name }).fill(value);
      await expect(page).toHaveURL(new RegExp(`${key}=${value}`));
    }
    const custom = networkTable(imagenetSpec([116, 232, 464], 2048));
    await expect(page.locator('[data-flops="custom"]')).toHaveText(formatCount(custom.flops, 4));
    await expect(page.locator('[data-params="custom"]')).toHaveText(formatCount(custom.params, 4));

    await page.getByRole('spinbutton', { name: 'Stage3' }).fill('231');
    await expect(page.locator('.error-note[role="alert"]').first()).toContainText(
      'Stage3 has 231 channels, an odd number',
    );
    await expect(page.locator('[data-flops="custom"]')).toHaveText('—');
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.getByRole('spinbutton', { name: 'Stage3' })).toHaveValue('231');
    await expect(page.locator('.error-note[role="alert"]').first()).toContainText('an odd number');
  });

  test('the breakdown switches width through the URL', async ({ page }) => {
    await open(page, 'whole-network/?breakdown=0.5');
    const half = networkTable(shuffleNetV2('0.5'));
    const table = page.getByTestId('breakdown');
    await expect(table.locator('[data-total="params"]')).toHaveText(groupDigits(half.params));
    await page.getByRole('button', { name: '2×' }).click();
    await expect(table.locator('[data-total="params"]')).toHaveText(
      groupDigits(networkTable(shuffleNetV2('2.0')).params),
    );
    await expect(page).toHaveURL(/breakdown=2\.0/);
    await page.getByRole('button', { name: 'your width' }).click();
    await expect(table.locator('[data-total="flops"]')).toHaveText(
      groupDigits(networkTable(imagenetSpec([96, 192, 384], 1024)).flops),
    );
  });

  test('the book model is computed from its manifest and agrees with it', async ({ page }) => {
    await open(page, 'whole-network/');
    await expect(page.getByText(/times fewer multiply-adds than ShuffleNetV2 1×/)).toBeVisible();
    const manifest = JSON.parse(fs.readFileSync('public/models/digits/manifest.json', 'utf8')) as {
      params: number;
      multiplyAdds: number;
    };
    await expect(page.locator('[data-book="params"]')).toHaveText(groupDigits(manifest.params));
    await expect(page.locator('[data-book="flops"]')).toHaveText(groupDigits(manifest.multiplyAdds));
  });
});
