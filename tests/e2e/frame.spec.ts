import { expect, open, test } from './fixtures';

test('the theme toggle switches theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page, '/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
  expect(await background()).not.toBe(light);
});

test('the system dark preference applies without a choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, '/');
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});

test('cell state round-trips through the URL, and back/forward restore it', async ({ page }) => {
  await open(page, 'why-shufflenet-v2/');
  const ratio = page.getByRole('slider', { name: /skewed layer ratio/ });
  const output = page.locator('output', { hasText: '1 :' });
  await expect(output).toHaveText('1 : 6');
  await ratio.focus();
  await page.keyboard.press('ArrowRight');
  await expect(output).toHaveText('1 : 7');
  await expect(page).toHaveURL(/ratio=7/);
  await page.waitForTimeout(700); // a new gesture, so a new history entry
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/ratio=8/);
  const shared = page.url();
  await page.goBack();
  await expect(page).toHaveURL(/ratio=7/);
  await expect(output).toHaveText('1 : 7');
  await page.goForward();
  await expect(output).toHaveText('1 : 8');

  const fresh = await page.context().newPage();
  await fresh.goto(shared, { waitUntil: 'networkidle' });
  await expect(fresh.locator('output', { hasText: '1 :' })).toHaveText('1 : 8');
  await fresh.close();
});

test('the sidebar is keyboard navigable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, '/');
  await page.keyboard.press('Tab'); // skip link
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const firstChapter = page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').first();
  for (let i = 0; i < 6 && !(await firstChapter.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstChapter).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/why-shufflenet-v2\/$/);
  await expect(page.locator('h1')).toHaveText('Why ShuffleNetV2 exists');
});

test('on a phone the contents collapse and open with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await open(page, 'why-shufflenet-v2/');
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  const firstLink = nav.getByRole('link').first();
  await expect(firstLink).toBeHidden();
  await nav.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(firstLink).toBeVisible();
});
