import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { chapterNumber, glossary } from '../../lib/glossary';
import { LEGACY_PROGRESS_KEY, PROGRESS_STORAGE_KEY } from '../../lib/progress';
import { shufflePermutation } from '../../lib/shuffle';
import { groupDigits } from '../../lib/format';
import { basicUnit } from '../../lib/units';
import { v1Unit, v2WidthForFlops } from '../../lib/v1';

const exercise = (page: Page, id: string) => page.locator(`[data-exercise-id="${id}"]`);

async function answer(page: Page, id: string, value: string) {
  const ex = exercise(page, id);
  await ex.getByLabel('Your answer').fill(value);
  await ex.getByRole('button', { name: 'Check' }).click();
}

async function choose(page: Page, id: string, option: RegExp) {
  const ex = exercise(page, id);
  await ex.getByLabel(option).check();
  await ex.getByRole('button', { name: 'Check' }).click();
}

const count = (page: Page) => page.getByTestId('progress-count');

test.describe('review exercises', () => {
  test('check right and wrong answers instantly, with explanations', async ({ page }) => {
    await open(page, 'review/');
    const params = basicUnit(116, 28, 28).totals.params;

    await answer(page, 'review-basic-params', String(Math.round(params / 8)));
    const ex = exercise(page, 'review-basic-params');
    await expect(ex.getByRole('status')).toHaveText(/Not quite\. Your answer is about 8× too small\./);
    await ex.getByRole('button', { name: 'Show the solution' }).click();
    await expect(ex.getByText(`Answer: ${params.toLocaleString('en-US')} parameters.`)).toBeVisible();

    await answer(page, 'review-basic-params', params.toLocaleString('en-US'));
    await expect(ex.getByText('Correct.')).toBeVisible();

    await answer(page, 'review-split-116', 'fifty-eight');
    await expect(exercise(page, 'review-split-116').locator('.error-note')).toContainText('not a number');

    const noRelu = exercise(page, 'review-no-relu');
    await expect(noRelu.getByRole('button', { name: 'Check' })).toBeDisabled();
    await expect(noRelu.getByRole('radio')).toHaveCount(3);
    await choose(page, 'review-no-relu', /first 1×1/);
    await expect(noRelu.getByRole('status')).toContainText('Not this one.');
    await expect(noRelu.getByRole('status')).not.toContainText('at least one');
    await choose(page, 'review-no-relu', /depthwise/);
    await expect(exercise(page, 'review-no-relu').getByText('Correct.')).toBeVisible();
    await expect(exercise(page, 'review-no-relu').getByText(/followed by BN only/)).toBeVisible();

    await expect(count(page)).toHaveText(/^2 of \d+ answered correctly/);
    await expect(
      page
        .locator('[data-exercise-id="review-mac-1x1"]')
        .getByText(new RegExp(`^Exercise ${chapterNumber('review')}\\.1`)),
    ).toBeVisible();

    // answered, wrong, revealed and invalid states are accessible too
    await exercise(page, 'review-g2').getByRole('button', { name: 'Show the solution' }).click();
    const axe = await new AxeBuilder({ page }).include('[data-exercises]').include('[data-progress-summary]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('keyboard only: choose with arrow keys, check with Enter', async ({ page }) => {
    await open(page, 'review/');
    const ex = exercise(page, 'review-stage-start');
    await ex.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(ex.getByRole('radio').nth(1)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(ex.getByRole('button', { name: 'Check' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(ex.getByRole('status')).toContainText('Not this one');
    const num = exercise(page, 'review-split-116');
    await num.getByLabel('Your answer').focus();
    await page.keyboard.type('58');
    await page.keyboard.press('Enter');
    await expect(num.getByRole('status')).toContainText('Correct.');
  });

  test('progress survives a reload and can be cleared', async ({ page }) => {
    await open(page, 'review/');
    const total = await page.locator('[data-exercise-id]').count();
    expect(total).toBeGreaterThan(10);
    await expect(count(page)).toHaveText(`0 of ${total} answered correctly on this page`);

    await answer(page, 'review-shuffle-out3', String(shufflePermutation(8, 2)[3]));
    await answer(page, 'review-shuffle-in1', '7'); // wrong on purpose
    await expect(count(page)).toHaveText(`1 of ${total} answered correctly on this page`);

    await page.reload({ waitUntil: 'networkidle' });
    await expect(count(page)).toHaveText(`1 of ${total} answered correctly on this page`);
    await expect(exercise(page, 'review-shuffle-out3').getByText('Answered correctly · 1 try')).toBeVisible();
    await expect(exercise(page, 'review-shuffle-in1').getByText('Last answer not right yet · 1 try')).toBeVisible();

    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_STORAGE_KEY))!).version).toBe(
      2,
    );

    await page.getByRole('button', { name: 'Clear my progress' }).click();
    await expect(count(page)).toHaveText(`0 of ${total} answered correctly on this page`);
    await expect(page.getByText('Your progress was cleared.')).toBeVisible();
    await expect(exercise(page, 'review-shuffle-out3').getByText(/Answered correctly/)).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_STORAGE_KEY)).toBeNull();

    await page.reload({ waitUntil: 'networkidle' });
    await expect(count(page)).toHaveText(`0 of ${total} answered correctly on this page`);
  });

  test('progress kept by the first edition of the book is still shown, and moved to the new key', async ({ page }) => {
    await open(page, 'review/');
    await page.evaluate(
      (key) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            'review-g2': { correct: true, attempts: 2, updated: 1 },
            'basic-unit-params': { correct: true, attempts: 1, updated: 1 },
          }),
        ),
      LEGACY_PROGRESS_KEY,
    );
    await page.reload({ waitUntil: 'networkidle' });
    await expect(count(page)).toHaveText(/^1 of \d+ answered correctly/);
    await expect(exercise(page, 'review-g2').getByText('Answered correctly · 2 tries')).toBeVisible();
    await expect(page.getByTestId('progress-book')).toHaveText(
      /2 exercises answered correctly, including exercises in other chapters/,
    );
    expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_PROGRESS_KEY)).toBeNull();
  });

  test('with storage blocked, answers still count on the page and the reader is told progress cannot be kept', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await open(page, 'review/');
    await expect(page.locator('[data-progress-summary] [data-storage-note]')).toContainText('progress cannot be kept');
    await answer(page, 'review-shuffle-out3', String(shufflePermutation(8, 2)[3]));
    await expect(exercise(page, 'review-shuffle-out3').getByRole('status')).toContainText('progress cannot be kept');
    await expect(count(page)).toHaveText(/^1 of \d+ answered correctly/);
  });

  test('with storage full, answers still count on the page and the reader is told', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await open(page, 'v1-vs-v2/');
    const flops = v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 }).totals.flops;
    await answer(page, 'v1v2-flops', String(flops));
    await expect(exercise(page, 'v1v2-flops').getByRole('status')).toContainText(
      'storage is full, so your progress cannot be kept',
    );
    await expect(page.getByTestId('exercises-tally')).toContainText('1 of 3 answered correctly');
  });

  test('answers in other chapters count in the review', async ({ page }) => {
    await open(page, 'v1-vs-v2/');
    const flops = v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 }).totals.flops;
    await answer(page, 'v1v2-flops', flops.toLocaleString('en-US'));
    await expect(exercise(page, 'v1v2-flops').getByText('Correct.')).toBeVisible();
    await open(page, 'review/');
    await expect(count(page)).toHaveText(/^0 of \d+/);
    await expect(page.getByTestId('progress-book')).toHaveText(
      /1 exercise answered correctly, including exercises in other chapters/,
    );
  });
});

test.describe('glossary', () => {
  test('every Term link on the chapters targets an existing glossary entry', async ({ page }) => {
    const ids = new Set(glossary.map((t) => t.id));
    let links = 0;
    for (const slug of ['v1-vs-v2/', 'misconceptions/', 'review/']) {
      await open(page, slug);
      const hrefs = await page.$$eval('a[data-term]', (as) =>
        as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
      );
      links += hrefs.length;
      for (const href of hrefs) {
        const id = /\/glossary\/#(.+)$/.exec(href)?.[1];
        expect(id && ids.has(id), `${href} on ${slug}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(10);
    await open(page, 'glossary/');
    for (const id of ids) await expect(page.locator(`dt[id="${id}"]`)).toHaveCount(1);
  });

  test('a term link leads to its definition, and the sidebar links the glossary', async ({ page }) => {
    await open(page, 'misconceptions/');
    // A term opens its definition in place (a tap works on touch screens); its link leads to the glossary.
    const term = page.locator('a[data-term="feature-reuse"]').first().locator('xpath=../..').getByRole('button');
    await term.click();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await page.locator('a[data-term="feature-reuse"]').first().click();
    await expect(page).toHaveURL(/\/glossary\/#feature-reuse$/);
    await expect(page.locator('dt#feature-reuse')).toBeInViewport();
    await expect(
      page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: 'Glossary' }),
    ).toHaveAttribute('href', /\/glossary\/$/);
  });
});

test.describe('V1 against V2', () => {
  test('the numbers follow the controls, and impossible settings are explained', async ({ page }) => {
    await open(page, 'v1-vs-v2/');
    const row = (metric: string) => page.locator(`tr[data-metric="${metric}"] td`);
    const v1 = v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 }).totals;
    await expect(row('flops').nth(1)).toHaveText(groupDigits(v1.flops));
    // It opens at equal FLOPs: V2 as wide as V1's multiply-adds allow, then at the same input width.
    const matched = v2WidthForFlops('basic', v1.flops, 28, 28);
    await expect(row('mac').nth(2)).toHaveText(groupDigits(basicUnit(matched, 28, 28).totals.mac));
    await page.getByRole('button', { name: 'the same input width' }).click();
    await expect(page).toHaveURL(/vm=input/);
    await expect(row('mac').nth(2)).toHaveText(groupDigits(basicUnit(240, 28, 28).totals.mac));

    await page.getByLabel('V1 groups g').selectOption('8');
    await expect(page.locator('.error-note')).toContainText('g = 8 does not divide the bottleneck width 60');
    await page.getByRole('button', { name: 'Use C = 224' }).click();
    await expect(page).toHaveURL(/c=224/);
    await expect(page.locator('.error-note')).toHaveCount(0);
    await expect(row('params').nth(1)).toHaveText(
      groupDigits(v1Unit({ c: 224, h: 28, w: 28, groups: 8, stride: 1 }).totals.params),
    );
    await expect(page.getByRole('img', { name: /ShuffleNet V1 unit, stride 1, g = 8/ })).toBeVisible();

    // An empty field is not a value: C stays 224 and the field says so.
    await page.getByLabel('input channels C').fill('');
    await expect(page.getByRole('status').filter({ hasText: 'Enter a value for C.' })).toContainText(
      'Still using C = 224',
    );
    await expect(page).toHaveURL(/vc=224/);
  });
});

test('the channel shuffle demo gives the same order on every run', async ({ page }) => {
  await open(page, 'misconceptions/');
  const again = page.getByRole('button', { name: 'Run both again' });
  await again.click();
  await again.click();
  await expect(page.getByTestId('determinism-result')).toContainText(
    'Channel shuffle: 5 runs so far, one and the same order every time',
  );
  const expected = shufflePermutation(12, 3).join(', ');
  const rows = page.getByRole('img', { name: /^channel shuffle, run \d+:/ });
  await expect(rows).toHaveCount(3);
  for (const name of await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))) {
    expect(name?.split(': ')[1]).toBe(expected);
  }
});
