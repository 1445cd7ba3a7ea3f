import AxeBuilder from '@axe-core/playwright';
import { expect, open, test } from './fixtures';

/** The shuffle-experiments chapter in real Chromium: interventions change the answer; the twins run and are timed. */
test.describe.configure({ timeout: 180_000 });

test('an intervention changes the prediction and the held-out accuracy', async ({ page }) => {
  // Zeroing the untouched half of the first basic unit: measured to cost well over half of the accuracy.
  await open(page, 'shuffle-experiments/?at=stage2.unit2&edit=zero-untouched');
  const cell = page.locator('[data-intervention-cell]');
  await expect(cell.locator('[data-probs="after"] svg')).toBeVisible({ timeout: 90_000 });
  await expect(cell.getByLabel('Unit', { exact: true })).toHaveValue('stage2.unit2');
  await expect(cell.getByLabel('Intervention', { exact: true })).toHaveValue('zero-untouched');
  const before = await cell.locator('[data-probs="before"] svg').getAttribute('aria-label');
  const after = await cell.locator('[data-probs="after"] svg').getAttribute('aria-label');
  expect(after).not.toEqual(before);

  await cell.getByRole('button', { name: /Measure accuracy/ }).click();
  await expect(cell.getByRole('status').locator('progress')).toBeVisible();
  const note = cell.locator('[data-accuracy-after]');
  await expect(note).toBeVisible({ timeout: 150_000 });
  expect(Number(await note.getAttribute('data-accuracy-after'))).toBeLessThan(70);

  // keyboard: choose another intervention with the select
  await cell.getByLabel('Intervention', { exact: true }).focus();
  await cell.getByLabel('Intervention', { exact: true }).selectOption('zero-branch');
  await expect(page).toHaveURL(/edit=zero-branch/);
  const axe = await new AxeBuilder({ page }).include('[data-intervention-cell]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the twins answer the same image side by side and show their speed here', async ({ page }) => {
  await open(page, 'shuffle-experiments/');
  const cell = page.locator('[data-twins-cell]');
  await cell.scrollIntoViewIfNeeded();
  const rows = cell.locator('tr[data-twin]');
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  for (const row of await rows.all()) await expect(row).not.toHaveAttribute('data-median-ms', '', { timeout: 150_000 });
  for (const row of await rows.all()) expect(Number(await row.getAttribute('data-median-ms'))).toBeGreaterThan(0);
  await expect(cell.locator('svg[role="img"]')).toBeVisible();
});

test('the V1-units twin takes the interventions that apply to V1 units', async ({ page }) => {
  await open(page, 'shuffle-experiments/?net=v1&at=stage3.unit2&edit=zero-untouched');
  const cell = page.locator('[data-intervention-cell]');
  await expect(cell.getByLabel('Network', { exact: true })).toHaveValue('v1');
  // a V1 unit has no untouched half: the choice is disabled and the cell says why
  await expect(cell.getByRole('option', { name: 'zero the untouched half' })).toBeDisabled();
  await expect(cell.getByText(/no untouched half/)).toBeVisible();
  await cell.getByLabel('Intervention', { exact: true }).selectOption('bypass-shuffle');
  // bypassing the shuffle is the default, so the URL drops the key
  await expect(page).not.toHaveURL(/edit=/);
  await expect(cell.getByLabel('Intervention', { exact: true })).toHaveValue('bypass-shuffle');
  await expect(cell.locator('[data-probs="after"] svg')).toBeVisible({ timeout: 90_000 });
  const before = await cell.locator('[data-probs="before"] svg').getAttribute('aria-label');
  const after = await cell.locator('[data-probs="after"] svg').getAttribute('aria-label');
  expect(after).not.toEqual(before);
});
