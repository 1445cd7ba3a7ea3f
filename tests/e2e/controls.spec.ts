import { basicUnit, groupDigits } from '../../lib/units';
import { expect, open, test } from './fixtures';

/**
 * Controls keep exactly what the reader typed, on a slow machine: DevTools' 4× CPU slowdown,
 * typing at a normal speed, arrow keys pressed in quick succession. The URL mirrors the state and
 * Back/Forward walk through it, also across a navigation to another chapter.
 */

test.describe.configure({ timeout: 150_000 });

async function slowDown(page: import('@playwright/test').Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

test('typing 2468 into the basic unit’s C at normal speed under a 4× slower CPU gives 2468 everywhere', async ({
  page,
}) => {
  await open(page, 'basic-unit/');
  // The chapter's live cell runs the trained model once (it loads when near the screen); let it
  // answer first, as a reader who scrolled past it would, then come back to the field.
  await page.locator('[data-live-unit]').first().scrollIntoViewIfNeeded();
  await expect(page.getByText(/the model predicts/).first()).toBeVisible({ timeout: 90_000 });
  const cdp = await slowDown(page);
  const c = page.getByLabel('channels C');
  await c.click();
  await c.press('ControlOrMeta+a');
  await page.keyboard.type('2468', { delay: 50 });
  await expect(c).toHaveValue('2468');
  await expect(page).toHaveURL(/[?&]c=2468(&|$)/);
  const spec = basicUnit(2468, 28, 28);
  await expect(page.locator('[data-total="flops"]')).toHaveText(groupDigits(spec.totals.flops));
  await expect(page.locator('[data-total="params"]')).toHaveText(groupDigits(spec.totals.params));
  // Settled: nothing resurrects an older value a moment later.
  await page.waitForTimeout(1500);
  await expect(c).toHaveValue('2468');
  await expect(page).toHaveURL(/[?&]c=2468(&|$)/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  // The typed number was one history entry: Back returns to the default, Forward to 2468.
  await page.goBack();
  await expect(c).toHaveValue('116');
  await expect(page).not.toHaveURL(/c=/);
  await page.goForward();
  await expect(c).toHaveValue('2468');

  // To the next chapter through its link, and Back: the page and its value come back.
  await page.locator('nav.prev-next a').last().click();
  await expect(page).not.toHaveURL(/basic-unit/);
  await page.goBack();
  await expect(page).toHaveURL(/basic-unit\/\?c=2468/);
  await expect(page.getByLabel('channels C')).toHaveValue('2468');
  await expect(page.locator('[data-total="flops"]')).toHaveText(groupDigits(spec.totals.flops));
});

test('a value out of range is refused with a reason, and the previous one stays in use', async ({ page }) => {
  await open(page, 'basic-unit/?c=48');
  const c = page.getByLabel('channels C');
  await expect(c).toHaveValue('48');
  await c.fill('-4');
  await expect(page.getByRole('status').filter({ hasText: 'C must be from 1 to' })).toContainText('Still using C = 48');
  await expect(page).toHaveURL(/[?&]c=48(&|$)/);
  await expect(page.locator('[data-total="params"]')).toHaveText(groupDigits(basicUnit(48, 28, 28).totals.params));
});

test('ten quick ArrowRight presses on a slider under a 4× slower CPU move it ten steps', async ({ page }) => {
  await open(page, 'channel-shuffle/');
  const cell = page
    .locator('section.cell')
    .filter({ has: page.getByRole('spinbutton', { name: 'channels C' }) })
    .first();
  const slider = cell.getByRole('slider', { name: 'channels C' });
  await expect(cell.getByRole('spinbutton', { name: 'channels C' })).toHaveValue('8');
  await slowDown(page);
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight', { delay: 30 });
  await expect(slider).toHaveValue('18');
  await expect(cell.getByRole('spinbutton', { name: 'channels C' })).toHaveValue('18');
  await expect(page).toHaveURL(/[?&]sc=18(&|$)/);
});
