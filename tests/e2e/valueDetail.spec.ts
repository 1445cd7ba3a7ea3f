import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** How one value is computed, and following a channel, on the real model in real Chromium. */

test.describe.configure({ timeout: 150_000 });

const explorer = (page: Page) => page.locator('section[aria-label="ShuffleNetV2 explorer"]');
const panel = (page: Page) => page.getByRole('region', { name: 'How one value is computed' });

async function openExplorer(page: Page, query: string) {
  await open(page, `explorer/${query}`);
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

/** Focus a clickable map, put the cursor on the corner (Home) and open its computation (Enter). */
async function pickCorner(page: Page, tensor: string) {
  const grid = explorer(page).locator(`[data-pick="${tensor}"]`).first();
  await grid.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
}

test('clicking a position of a map shows its computation, which agrees with the runtime', async ({ page }) => {
  await openExplorer(page, '?step=stage3.unit2');
  const right = explorer(page).locator('[data-pick="stage3.unit2.right"]').first();
  await right.scrollIntoViewIfNeeded();
  const box = (await right.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.1, box.y + box.height * 0.1);
  await expect(panel(page)).toHaveAttribute('data-value-detail', 'stage3.unit2.right');
  await expectAgreement(panel(page));
  await expect(panel(page).getByRole('img', { name: /Terms of the weighted sum/ })).toBeVisible();
  await expect(panel(page)).toContainText(/weighted sum over all 48 input channels of stage3\.unit2\.right\.dw/);
  await expect(panel(page)).toContainText(/ReLU/);
  // moving the position from the panel recomputes
  await panel(page).getByLabel('Row').fill('6');
  await expect(panel(page)).toContainText(/row 6/);
  await expectAgreement(panel(page));

  // a shuffle output: the index rule with its numbers
  await pickCorner(page, 'stage3.unit2.shuffle');
  await expect(panel(page)).toHaveAttribute('data-value-detail', 'stage3.unit2.shuffle');
  await expectAgreement(panel(page));
  await expect(panel(page)).toContainText('output 0 = k·g + j = 0·2 + 0 ← input j·(C/g) + k = 0·48 + 0 = 0');
  await panel(page).getByLabel('Channel').fill('7');
  await expect(panel(page)).toContainText('output 7 = k·g + j = 3·2 + 1 ← input j·(C/g) + k = 1·48 + 3 = 51');
  await expectAgreement(panel(page));

  const axe = await new AxeBuilder({ page }).include('section[aria-label="How one value is computed"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("the stem's corner window reads the zero padding; the pool and the FC agree too", async ({ page }) => {
  await openExplorer(page, '?step=stem');
  await pickCorner(page, 'stem');
  await expectAgreement(panel(page));
  await expect(panel(page).locator('[data-padding="yes"]')).toHaveCount(5);
  await expect(panel(page)).toContainText('Cells outside the map read the zero padding');

  // the pooled vector in the FC step: the mean of one conv5 map; the FC opens by itself
  await openExplorer(page, '?step=fc');
  await expect(panel(page)).toHaveAttribute('data-value-detail', 'logits');
  await expectAgreement(panel(page));
  await pickCorner(page, 'pool');
  await expect(panel(page)).toHaveAttribute('data-value-detail', 'pool');
  await expectAgreement(panel(page));
  await expect(panel(page)).toContainText(/mean of channel 0 of conv5/);
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
