import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { formatCount } from '../../lib/format';
import { conv, convMac } from '../../lib/cost';
import { groupWidthForFlops } from '../../lib/guidelines';
import { EXPERIMENT_IDS } from '../../lib/labExperiments';
import { PAPER_TABLES } from '../../lib/paperTables';
import { shufflePermutation } from '../../lib/shuffle';
import { untouchedChannels } from '../../lib/mixing';
import { identityFromEighths } from '../../lib/split';

// Each test walks through several controls, each of which writes the URL and re-renders: give them room
// on a busy machine.
test.describe.configure({ timeout: 120_000 });

const cell = (page: Page, title: string | RegExp) => page.getByRole('region', { name: title });
const stat = (scope: Locator, label: string | RegExp) =>
  scope.locator('.stat', { has: scope.page().locator('.label', { hasText: label }) }).locator('.value');

/**
 * Presses `key` once per step and waits until the URL and the control's visible value show it: the
 * cells keep their state in the URL, so the next key press must come after the page has re-rendered.
 */
async function stepTo(page: Page, key: string, output: Locator, steps: [RegExp, string][]) {
  for (const [url, text] of steps) {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(url);
    await expect(output).toHaveText(text);
  }
}

/**
 * Waits until any live cell on the trained model (the lead inserts one into chapter 3) has loaded
 * and run: while it loads and runs the model it can keep the main thread busy for seconds on a
 * loaded machine, and the cells under test would answer late.
 */
async function settle(page: Page) {
  const live = page.locator('[data-live-unit]');
  for (let i = 0; i < (await live.count()); i++) {
    // 'idle': a cell far below the fold has not started loading (it starts when scrolled near)
    await expect(live.nth(i)).toHaveAttribute('data-state', /ready|error|idle/, { timeout: 90_000 });
  }
}

/** Opens `url` in a fresh page and hands it to `check`: what a reader who follows a shared link sees. */
async function reopen(page: Page, url: string, check: (fresh: Page) => Promise<void>) {
  const fresh = await page.context().newPage();
  await fresh.goto(url, { waitUntil: 'networkidle' });
  await settle(fresh);
  await check(fresh);
  await fresh.close();
}

test.describe('chapter 2: the four guidelines', () => {
  test("quotes the paper's Tables 1–4 with every GPU and ARM figure, from lib/paperTables", async ({ page }) => {
    await open(page, 'guidelines/');
    for (const id of EXPERIMENT_IDS) {
      const t = PAPER_TABLES[id];
      // the chapter draws each table as charts; its numbers are one click away, in the section's "how it was set up"
      await page.locator('summary', { hasText: `${t.table} in numbers` }).click();
      const table = page.getByRole('region', { name: `The paper's ${t.table}: measured speeds` });
      await expect(table.locator('tbody tr')).toHaveCount(t.rows.length);
      const last = t.rows[t.rows.length - 1];
      const cells = await table.locator('tbody tr').last().locator('th, td').allTextContents();
      expect(cells[0]).toBe(last.label);
      expect(cells).toEqual(expect.arrayContaining([...last.gpu.map(String), ...last.arm.map((v) => v.toFixed(1))]));
    }
  });

  test('G1: the ratio slider moves MAC off the bound, and the view survives a reload from the URL', async ({
    page,
  }) => {
    await open(page, 'guidelines/');
    const g1 = cell(page, 'G1: MAC against the channel ratio at fixed FLOPs');
    const ratio = g1.getByRole('slider', { name: /ratio c₁ : c₂/ });
    await expect(stat(g1, 'widths')).toHaveText('128 → 128');
    await expect(stat(g1, 'above the bound')).toHaveText('0.0%');
    await ratio.focus();
    await stepTo(page, 'ArrowRight', g1.locator('output', { hasText: ':' }), [
      [/g1r=2/, '1 : 2'],
      [/g1r=3/, '1 : 3'],
      [/g1r=4/, '1 : 4'],
      [/g1r=6/, '1 : 6'],
    ]);
    await expect(g1.locator('output', { hasText: '1 : 6' })).toBeVisible();
    await expect(stat(g1, 'widths')).toHaveText('52 → 312');
    await expect(stat(g1, 'MAC')).toHaveText(formatCount(convMac(conv({ h: 56, w: 56, cin: 52, cout: 312 }))));
    await expect(stat(g1, 'above the bound')).not.toHaveText('0.0%');
    await g1.getByLabel('feature map h×w').selectOption('14');
    await expect(page).toHaveURL(/g1hw=14/);
    await reopen(page, page.url(), async (fresh) => {
      const again = cell(fresh, 'G1: MAC against the channel ratio at fixed FLOPs');
      await expect(again.locator('output', { hasText: '1 : 6' })).toBeVisible();
      await expect(again.getByLabel('feature map h×w')).toHaveValue('14');
      await expect(stat(again, 'MAC')).toHaveText(formatCount(convMac(conv({ h: 14, w: 14, cin: 52, cout: 312 }))));
    });
  });

  test('G2: more groups at the same FLOPs need wider layers; G3 explains widths parallel fragments cannot split', async ({
    page,
  }) => {
    await open(page, 'guidelines/');
    const g2 = cell(page, 'G2: group convolutions with equal FLOPs');
    await expect(stat(g2, /width c/)).toHaveText(String(groupWidthForFlops(56 * 56 * 128 * 128, 56, 56, 2)));
    await g2.getByRole('slider', { name: /groups g/ }).focus();
    await stepTo(page, 'ArrowRight', g2.locator('output').nth(1), [[/g2g=4/, '4']]);
    await expect(stat(g2, /width c/)).toHaveText('256');

    const g3 = cell(page, 'G3: the same FLOPs in one, two or four fragments');
    await g3.getByLabel('structure').selectOption('parallel-4');
    await expect(stat(g3, 'steps that wait')).toHaveText('1');
    await expect(page).toHaveURL(/g3s=parallel-4/);
    await g3.getByLabel('width c of the 1-fragment conv').fill('30');
    await expect(page).toHaveURL(/g3c=30/);
    await expect(g3.locator('.error-note')).toContainText('4 must divide c = 30');
    await g3.getByLabel('structure').selectOption('series-4');
    await expect(g3.locator('.error-note')).toHaveCount(0);
    await expect(stat(g3, 'kernel launches')).toHaveText('4');
    await expect(g3.locator('tbody tr')).toHaveCount(4); // the 4-parallel row cannot exist for c = 30
    await reopen(page, page.url(), async (fresh) => {
      await expect(cell(fresh, /G3/).getByLabel('width c of the 1-fragment conv')).toHaveValue('30');
    });
  });

  test('G4: switching off ReLU and shortcut removes every element-wise operation', async ({ page }) => {
    await open(page, 'guidelines/');
    const g4 = cell(page, 'G4: element-wise operations in a ResNet bottleneck');
    await expect(stat(g4, 'element-wise share of MAC')).not.toHaveText('0.0%');
    // click, not uncheck(): the box is controlled by the URL, which updates a moment after the click
    const relu = g4.getByLabel('ReLU', { exact: true });
    await relu.click();
    await expect(page).toHaveURL(/g4relu=0/);
    await expect(relu).not.toBeChecked();
    const shortcut = g4.getByLabel('shortcut (Add)', { exact: true });
    await shortcut.click();
    await expect(shortcut).not.toBeChecked();
    await expect(stat(g4, 'element-wise share of MAC')).toHaveText('0.0%');
    await expect(g4.locator('tbody tr')).toHaveCount(3);
    await expect(page).toHaveURL(/g4sc=0/);
  });

  test('exercises give instant feedback and announce results for progress tracking', async ({ page }) => {
    await open(page, 'guidelines/');
    await page.evaluate(() => {
      (window as unknown as { heard: unknown[] }).heard = [];
      window.addEventListener('exercise-result', (e) =>
        (window as unknown as { heard: unknown[] }).heard.push((e as CustomEvent).detail),
      );
    });
    const ex = page.locator('[data-exercise-id="guidelines-g1-mac"]');
    await expect(ex.getByRole('button', { name: 'Check' })).toBeDisabled();
    await ex.getByLabel('Your answer').fill('1024');
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex.getByRole('status')).toContainText('about 800× too small');
    await expect(ex.getByText(/^Exercise 2\.1/)).toBeVisible();
    await ex
      .getByLabel('Your answer')
      .fill(convMac(conv({ h: 56, w: 56, cin: 128, cout: 128 })).toLocaleString('en-US'));
    await ex.getByLabel('Your answer').press('Enter');
    await expect(ex.getByRole('status')).toContainText('Correct');
    await expect(ex).toContainText('Answer:');

    const choice = page.locator('[data-exercise-id="guidelines-g2-groups"]');
    await choice.getByLabel('MAC stays the same, because the FLOPs are the same.').check();
    await choice.getByRole('button', { name: 'Check' }).click();
    await expect(choice).toContainText('FLOPs fallacy');
    await expect(choice.getByRole('status')).not.toContainText('at least one');
    const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
    expect(heard).toEqual([
      { id: 'guidelines-g1-mac', correct: false },
      { id: 'guidelines-g1-mac', correct: true },
      { id: 'guidelines-g2-groups', correct: false },
    ]);
  });
});

test.describe('chapter 3: channel split', () => {
  test('the split-ratio slider changes the branch width and cost; the URL restores it', async ({ page }) => {
    await open(page, 'channel-split/');
    await settle(page);
    const split = cell(page, /Channel split on a small tensor/);
    await expect(stat(split, 'branch 1×1 convs')).toHaveText('4 → 4');
    await expect(stat(split, 'FLOPs vs C′ = C/2')).toHaveText('100%');
    await split.getByRole('slider', { name: /untouched share/ }).focus();
    await stepTo(page, 'ArrowLeft', split.locator('output'), [[/spr=3/, '3/8 → C′ = 3']]);
    await expect(stat(split, 'branch 1×1 convs')).toHaveText('5 → 5');
    await expect(stat(split, 'FLOPs vs C′ = C/2')).not.toHaveText('100%');
    await split.getByLabel('channels C').selectOption('116');
    const branch = 116 - identityFromEighths(116, 3);
    await expect(stat(split, 'branch 1×1 convs')).toHaveText(`${branch} → ${branch}`);
    await reopen(page, page.url(), async (fresh) => {
      await expect(stat(cell(fresh, /Channel split on a small tensor/), 'branch 1×1 convs')).toHaveText(
        `${branch} → ${branch}`,
      );
    });
  });

  test('feature reuse counts whole channels and explains odd widths', async ({ page }) => {
    await open(page, 'channel-split/');
    await settle(page);
    const reuse = cell(page, /Feature reuse/);
    const width = reuse.getByLabel('channels C');
    await width.fill('7');
    await expect(reuse.locator('.error-note')).toContainText('must be even');
    await expect(page).toHaveURL(/rc=7/);
    await width.fill('116');
    await expect(reuse.locator('.error-note')).toHaveCount(0);
    const row3 = reuse.locator('tbody tr').nth(2);
    await expect(row3.locator('td').nth(1)).toHaveText(String(untouchedChannels(116, 3).length));
    await expect(page).toHaveURL(/rc=116/);
  });
});

test.describe('chapter 4: channel shuffle', () => {
  test('the permutation follows C and g, explains C = 10, g = 3, and round-trips through the URL', async ({ page }) => {
    await open(page, 'channel-shuffle/');
    const shuffle = cell(page, 'The shuffle as a permutation of channels');
    await expect(shuffle).toContainText(`[${shufflePermutation(8, 2).join(', ')}]`);
    await shuffle.getByRole('spinbutton', { name: 'channels C' }).fill('10');
    await expect(page).toHaveURL(/sc=10/);
    await shuffle.getByRole('spinbutton', { name: 'groups g' }).fill('3');
    const error = shuffle.locator('.error-note');
    await expect(error).toContainText('g = 3 does not divide C = 10');
    await expect(error).toContainText('RuntimeError');
    await expect(shuffle.locator('svg')).toHaveCount(0);
    await shuffle.getByRole('spinbutton', { name: 'channels C' }).fill('12');
    await expect(error).toHaveCount(0);
    await expect(shuffle).toContainText(`[${shufflePermutation(12, 3).join(', ')}]`);
    await expect(shuffle).toContainText('x.view(b, 3, 4, h, w)');
    await expect(page).toHaveURL(/sc=12/);
    await shuffle.getByRole('button', { name: 'reshape (C/g, g)' }).click();
    await expect(shuffle).toContainText(`[${shufflePermutation(12, 4).join(', ')}]`);
    await expect(page).toHaveURL(/sc=12/);
    await expect(page).toHaveURL(/sv=cg/);
    await reopen(page, page.url(), async (fresh) => {
      const again = cell(fresh, 'The shuffle as a permutation of channels');
      await expect(again.getByRole('spinbutton', { name: 'groups g' })).toHaveValue('3');
      await expect(again.getByRole('button', { name: 'reshape (C/g, g)' })).toHaveAttribute('aria-pressed', 'true');
      await expect(again).toContainText(`[${shufflePermutation(12, 4).join(', ')}]`);
    });
  });

  test('the shuffle animates in steps the reader controls, by button and by keyboard', async ({ page }) => {
    await open(page, 'channel-shuffle/');
    const shuffle = cell(page, 'The shuffle as a permutation of channels');
    const stage = shuffle.getByRole('group', { name: /Channel shuffle in steps/ });
    await expect(stage).toHaveAttribute('data-step', 'in');
    await shuffle.getByRole('button', { name: 'Next →' }).click();
    await expect(stage).toHaveAttribute('data-step', 'grid');
    await stage.focus();
    await page.keyboard.press('ArrowRight');
    await expect(stage).toHaveAttribute('data-step', 'transposed');
    await page.keyboard.press('End');
    await expect(stage).toContainText(`output order ${shufflePermutation(8, 2).join(', ')}`);
    await expect(shuffle.getByRole('button', { name: 'Next →' })).toBeDisabled();
    await page.keyboard.press('Home');
    await expect(stage).toHaveAttribute('data-step', 'in');
  });

  test('the (C/g, g) reshape undoes the shuffle; the same shuffle twice does not', async ({ page }) => {
    await open(page, 'channel-shuffle/');
    const inverse = cell(page, 'Undoing a shuffle');
    await expect(inverse).toContainText('Back in the original order');
    await inverse.getByRole('button', { name: 'the same shuffle again' }).click();
    await expect(inverse).toContainText('Not the original order');
    await expect(page).toHaveURL(/is=again/);
    await inverse.getByRole('spinbutton', { name: 'channels C' }).fill('4');
    await expect(page).toHaveURL(/ic=4/);
    await inverse.getByRole('spinbutton', { name: 'groups g' }).fill('2');
    await expect(inverse).toContainText('only because g = C/g = 2');
  });

  test('mixing spreads unit by unit with the shuffle and never without it', async ({ page }) => {
    await open(page, 'channel-shuffle/');
    const mixing = cell(page, 'Which inputs reach each output, unit after unit');
    // It opens after two units, where the two differ: 4 of 8 outputs mix with the shuffle, none without.
    await expect(mixing.locator('figcaption').first()).toContainText('4 of 8 outputs see both halves');
    await expect(mixing.locator('figcaption').nth(1)).toContainText('0 of 8 outputs see both halves');
    await mixing.getByRole('slider', { name: /after unit/ }).focus();
    await stepTo(page, 'ArrowRight', mixing.locator('output'), [[/mk=3/, '3']]);
    await expect(mixing.locator('figcaption').first()).toContainText('6 of 8 outputs see both halves');
    await expect(mixing.locator('figcaption').nth(1)).toContainText('0 of 8 outputs see both halves');
    await expect(page).toHaveURL(/mk=3/);
  });
});
