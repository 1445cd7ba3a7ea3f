import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** How one value is computed, and following a channel, on the real model in real Chromium. */

test.describe.configure({ timeout: 150_000 });

const explorer = (page: Page) => page.locator('section[aria-label="ShuffleNetV2 explorer"]');

async function openExplorer(page: Page, query: string) {
  await open(page, `explore/${query}`);
  await expect(explorer(page)).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
}

/** The panel has recomputed the value, and it agrees with the runtime's to within 1e-4. */
async function expectAgreement(p: Locator) {
  await expect(p).toHaveAttribute('data-ready', 'yes', { timeout: 20_000 });
  await expect(p.locator('[data-agreement]')).toHaveAttribute('data-agreement', 'yes');
  const diff = Number(await p.locator('[data-diff]').getAttribute('data-diff'));
  const runtime = Number(await p.locator('[data-runtime]').getAttribute('data-runtime'));
  const recomputed = Number(await p.locator('[data-recomputed]').getAttribute('data-recomputed'));
  expect(diff).toBeLessThanOrEqual(1e-4);
  expect(Math.abs(recomputed - runtime)).toBeCloseTo(diff, 9);
}

/** Open a step's map large and click a value in it: the dialog explains that value. */
async function openValue(page: Page, step: string, tensor: string) {
  await openExplorer(page, `?step=${step}`);
  await explorer(page)
    .locator(`[data-tensor="${tensor}"] [data-maps]`)
    .first()
    .click({ position: { x: 10, y: 10 } });
  const dialog = page.locator('dialog[data-map-dialog]');
  await expect(dialog).toBeVisible();
  const large = dialog.locator('[data-maps]');
  const box = (await large.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return dialog;
}

test('a value of an enlarged map shows its computation, which agrees with the runtime', async ({ page }) => {
  const dialog = await openValue(page, 'stage3.unit2.right.dw', 'stage3.unit2.right.dw');
  const detail = dialog.getByRole('region', { name: 'How one value is computed' });
  await expect(detail).toHaveAttribute('data-value-detail', 'stage3.unit2.right.dw');
  await expectAgreement(detail);
  const axe = await new AxeBuilder({ page }).include('dialog[data-map-dialog]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('following a channel shows where it sits after each unit, on the real maps', async ({ page }) => {
  await openExplorer(page, '?step=stage3.unit2');
  const trace = page.getByRole('region', { name: 'Follow a channel' });
  await trace.getByLabel('Channel', { exact: true }).fill('30');
  await expect(trace.locator('[data-trace-unit]')).toHaveCount(2);
  await expect(trace.locator('[data-trace-unit="stage3.unit2"]')).toHaveAttribute('data-side', 'untouched');
  await expect(trace.locator('[data-trace-unit="stage3.unit3"]')).toHaveAttribute('data-side', 'branch');
  await expect(trace).toContainText('first transformed in stage 3, unit 3');
  // on the real tensors, the map after the shuffle is the map that entered
  await expect(trace).toContainText('differs from the one that entered the stage by 0: it is the same map');
});

test('in a chapter, a click on a map of the live unit explains that value, agreeing with the runtime', async ({
  page,
}) => {
  await open(page, 'basic-unit/');
  const cell = page.locator('[data-live-unit="stage2.unit2"]');
  await cell.scrollIntoViewIfNeeded();
  await expect(cell).toHaveAttribute('data-state', 'ready', { timeout: 45_000 });
  // the branch's output maps: a 1×1 conv-BN-ReLU value, with its weighted sum over the branch's input
  const maps = cell.getByRole('group', { name: /^Right: branch output: 24 maps/ });
  await maps.click({ position: { x: 8, y: 8 } });
  const detail = cell.getByRole('region', { name: 'How one value is computed' });
  await expect(detail).toBeVisible();
  await expectAgreement(detail);
  const axe = await new AxeBuilder({ page }).include('[data-live-unit="stage2.unit2"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the FC step explains the predicted class’s score from the pooled vector, agreeing with the runtime', async ({
  page,
}) => {
  await openExplorer(page, '?step=fc');
  const score = explorer(page).getByRole('region', { name: 'How one value is computed' });
  await expect(score).toHaveAttribute('data-value-detail', 'logits');
  const predicted = await explorer(page).locator('[data-prediction]').first().getAttribute('data-prediction');
  await expect(score).toContainText(`logits, class ${predicted}.`);
  await expect(score).toContainText('A weighted sum of all 256 pooled features');
  await expectAgreement(score);
  await score.getByLabel('Class').fill('7');
  await expect(score).toContainText('logits, class 7.');
  await expectAgreement(score);
  const axe = await new AxeBuilder({ page }).include('section[data-step="fc"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
