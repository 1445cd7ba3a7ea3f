import { CHAPTER_SLUGS } from '../../lib/glossary';
import { axeViolations, expect, open, test } from './fixtures';

/**
 * The front page: its text and ways in are in the static HTML; the live figure fetches the runtime
 * only once it is seen (or touched), then runs the digits model and draws one basic unit.
 */
test.describe('front page', () => {
  test('reads without JavaScript: title, both ways in and every chapter card', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('./', baseURL).href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start reading' })).toHaveAttribute('href', /why-shufflenet-v2\/$/);
    await expect(page.getByRole('link', { name: 'Open the explorer' })).toHaveAttribute('href', /explore\/$/);
    // every chapter and the explorer page, each card with its picture
    await expect(page.locator('#contents + ol > li > a')).toHaveCount(CHAPTER_SLUGS.length + 1);
    await expect(page.locator('#contents + ol > li > a [data-thumb] svg')).toHaveCount(CHAPTER_SLUGS.length + 1);
    await expect(page.locator('#contents + ol > li:last-child > a')).toHaveAttribute('href', /explore\/$/);
    await expect(page.getByText(/needs JavaScript/).first()).toBeAttached();
    await context.close();
  });

  test('the live figure runs once seen, and follows a drawing', async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, '/');
    const figure = page.locator('[data-home-figure]');
    await expect(figure).toHaveAttribute('data-state', 'ready', { timeout: 90_000 });
    await expect(figure.getByRole('img', { name: /Probability of each digit; highest:/ })).toBeVisible();
    const pad = figure.locator('canvas[data-draw-pad]');
    const box = (await pad.boundingBox())!;
    // a "1": one vertical stroke
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(box.x + box.width / 2, box.y + box.height * (0.15 + 0.07 * k));
    await page.mouse.up();
    await expect(figure.getByText('Your drawing, as the network sees it (28×28).')).toBeVisible();
    await expect(figure.getByRole('img', { name: /highest: 1/ })).toBeVisible({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('results chapter', () => {
  test('Fig. 1 redrawn: platform switch, pointing at a dot shows its row, axe clean', async ({ page }) => {
    await open(page, '/results/');
    const fig = page.locator('[data-figure="accuracy-speed"]');
    await expect(fig.locator('[data-readout]')).toContainText('ShuffleNet v2 2×: 591 MFLOPs');
    await fig.getByLabel('platform').selectOption('arm');
    await expect(fig).toHaveAttribute('data-platform', 'arm');
    await fig.getByRole('button', { name: 'ShuffleNet v1 2× (g=3)' }).click();
    await expect(fig.locator('[data-readout]')).toContainText('ShuffleNet v1 2× (g=3): 524 MFLOPs');
    await page.locator('summary', { hasText: 'Table 8 in numbers' }).click();
    await expect(page.getByRole('region', { name: "The paper's Table 8: ImageNet error and speed" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
