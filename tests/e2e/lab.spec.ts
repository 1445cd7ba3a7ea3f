import AxeBuilder from '@axe-core/playwright';
import { expect, open, test } from './fixtures';

/**
 * The benchmark lab in real Chromium: the worker bundles and starts, onnxruntime-web's wasm
 * loads inside it (also under the sub-path), the quick setting runs to a result with progress,
 * and Cancel stops a run.
 */
test.describe('benchmark lab', () => {
  test('the static page shows each experiment’s cost table before anything runs', async ({ page }) => {
    await open(page, '/benchmark-lab/');
    const labs = page.locator('[data-experiment]');
    await expect(labs).toHaveCount(4);
    const g1 = page.locator('[data-experiment="g1"]');
    await expect(g1.getByRole('cell', { name: '90 → 180 → 90' })).toBeVisible();
    await expect(g1.getByRole('button', { name: 'Run G1' })).toBeEnabled();
    await expect(g1.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    // the paper's figures are marks on the reader's (still empty) rows: 1:12 at 748 of 1480 batches/s on the GPU
    await expect(
      g1.getByRole('img', { name: /not yet measured.*c₁:c₂ = 1:12: not measured \(paper GPU 51%, paper ARM 76%\)/ }),
    ).toBeVisible();
    await expect(
      page.locator('[data-experiment="g4"]').getByRole('img', { name: /neither: not measured \(paper GPU 117%/ }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Run all four' })).toBeEnabled();
  });

  test('the first button is on the first screen, on a desktop and on a phone', async ({ page }) => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(viewport);
      await open(page, '/benchmark-lab/');
      const box = (await page.getByRole('button', { name: 'Run all four' }).boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
  });

  test('G1 quick runs in the worker with progress, then charts and tabulates the result', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/benchmark-lab/');
    const lab = page.locator('[data-experiment="g1"]');
    const worker = page.waitForEvent('worker');
    await lab.getByRole('button', { name: 'Run G1' }).click();
    // the benchmark runs in a dedicated worker served from this site (and its sub-path)
    const workerUrl = new URL((await worker).url());
    expect(workerUrl.origin).toBe(new URL(baseURL!).origin);
    expect(workerUrl.pathname.startsWith(new URL(baseURL!).pathname)).toBe(true);
    await expect(lab).toHaveAttribute('data-status', 'running');
    // progress appears while running (the page stays responsive: other cells' buttons are disabled meanwhile)
    await expect(lab.locator('progress')).toBeVisible();
    await expect(page.locator('[data-experiment="g2"]').getByRole('button', { name: 'Run G2' })).toBeDisabled();
    await expect(lab).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    await expect(page.locator('[data-experiment="g2"]').getByRole('button', { name: 'Run G2' })).toBeEnabled();

    const chart = lab.getByRole('img', { name: /^G1: speed of each variant .* on your device/ });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute(
      'aria-label',
      /c₁:c₂ = 1:1: 100% \(paper GPU 100%, paper ARM 100%\); c₁:c₂ = 1:2: \d+%( inconclusive)? \(paper GPU \d+%, paper ARM \d+%\); c₁:c₂ = 1:6: \d+%.*; c₁:c₂ = 1:12: \d+%/,
    );
    await expect(lab.getByText(/1 thread/)).toBeVisible();
    await expect(lab.getByText(/logical cores reported|core count not reported/)).toBeVisible();
    // timing columns are filled with positive medians
    const medians = await lab.locator('tbody tr td:nth-child(6)').allInnerTexts();
    expect(medians).toHaveLength(4);
    for (const m of medians) expect(Number.parseFloat(m)).toBeGreaterThan(0);

    // copy as markdown: clipboard and the visible fallback box hold the same table
    await lab.getByRole('button', { name: 'Copy as table' }).click();
    const box = lab.getByLabel('Table text');
    await expect(box).toBeVisible();
    const text = await box.inputValue();
    expect(text.split('\n').filter((l) => l.startsWith('| c₁:c₂'))).toHaveLength(4);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await lab.getByLabel('format').selectOption('tsv');
    await lab.getByRole('button', { name: 'Copy as table' }).click();
    await expect(box).toHaveValue(/variant\tchannels\t/);

    // the result state (chart, timing columns, copy box) is accessible too
    const axe = await new AxeBuilder({ page }).include('[data-experiment="g1"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('exercises give instant feedback', async ({ page }) => {
    await open(page, '/benchmark-lab/');
    const q = page.locator('#exercise-lab-median');
    await q.getByLabel('Both rise by about the same amount.').check();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.getByRole('status')).toContainText('Not this one');
    await q.getByLabel('The median barely moves; the mean rises noticeably.').check();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(q.getByRole('status')).toContainText('Correct.');
    await expect(q.getByText(/robustness/)).toBeVisible();
  });

  test('Cancel stops a full-setting run and no result is shown', async ({ page }) => {
    test.setTimeout(120_000);
    await open(page, '/benchmark-lab/?lab-setting=full');
    const lab = page.locator('[data-experiment="g4"]');
    await expect(lab.getByLabel('setting')).toHaveValue('full');
    await lab.getByRole('button', { name: 'Run G4' }).click();
    // wait until timing has really started (a progress step beyond building the graphs)
    await expect(lab.getByText(/Warming up|Timing/)).toBeVisible({ timeout: 60_000 });
    await lab.getByRole('button', { name: 'Cancel' }).click();
    await expect(lab).toHaveAttribute('data-status', 'cancelled', { timeout: 10_000 });
    await expect(lab.getByText('Cancelled.')).toBeVisible();
    await expect(lab.getByRole('img', { name: /^G4: speed of each variant .* on your device/ })).toHaveCount(0);
    // the worker is still usable afterwards
    await lab.getByLabel('setting').selectOption('quick');
    await lab.getByRole('button', { name: 'Run G4' }).click();
    await expect(lab).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
    await expect(lab.getByRole('img', { name: /^G4: speed of each variant .* on your device/ })).toBeVisible();
  });
});
