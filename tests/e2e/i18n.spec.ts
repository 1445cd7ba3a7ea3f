import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { builtPages, expect, open, test } from './fixtures';

/**
 * The Chinese edition: every English page has a Chinese twin with the same cells, exercises and
 * section anchors; the language switch leads to the same place and back; a Chinese page shows no
 * English UI text once its widgets have run. (Every other page check — console, requests, links,
 * axe, text without JavaScript, phone width — covers the Chinese pages too, since they are built pages.)
 */
const pages = builtPages();
const english = pages.filter((p) => !p.startsWith('zh/'));
const twinOf = (relative: string) => `zh/${relative}`;

test.describe.configure({ timeout: 120_000 });

function builtHtml(relative: string): string {
  return fs.readFileSync(path.join('out', relative, 'index.html'), 'utf8');
}

/** What a twin must share with its original, read from the static HTML. */
function structure(html: string) {
  const all = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);
  return {
    headings: all(/<h[23][^>]*\sid="([^"]+)"/g),
    cells: (html.match(/<section class="cell[ "]/g) ?? []).length,
    exercises: all(/data-exercise-id="([^"]+)"/g),
    figures: (html.match(/<figure[ >]/g) ?? []).length,
  };
}

test('every English page has a Chinese twin, and no Chinese page lacks an English one', () => {
  expect(english.length).toBeGreaterThan(10);
  const missing = english.filter((p) => !pages.includes(twinOf(p)));
  expect(missing).toEqual([]);
  const orphans = pages.filter((p) => p.startsWith('zh/') && !english.includes(p.slice(3)));
  expect(orphans).toEqual([]);
});

for (const relative of english) {
  const name = relative || '(home)';
  test(`${name}: the Chinese twin has the same cells, exercises, figures and anchors`, () => {
    const en = builtHtml(relative);
    const zh = builtHtml(twinOf(relative));
    expect(structure(zh)).toEqual(structure(en));
    expect(en).toMatch(/<html lang="en"/);
    expect(zh).toMatch(/<html lang="zh-Hans"/);
    for (const html of [en, zh]) {
      expect(html).toMatch(/<link rel="alternate" hrefLang="en" href="[^"]*\/"/);
      expect(html).toMatch(/<link rel="alternate" hrefLang="zh-Hans" href="[^"]*\/zh\/[^"]*"/);
    }
  });
}

/** Names, codes and units a Chinese page may write in Latin letters. */
const KEPT_IN_LATIN = new RegExp(
  `(?<![A-Za-z])(${[
    'ShuffleNet ?[Vv][12]\\*?',
    'ShuffleNetV[12]',
    'MobileNet ?[Vv][12]',
    'ResNe[Xx]t?',
    'Xception',
    'DenseNet',
    'SENet',
    'Light-Head R-CNN',
    'Fashion-MNIST',
    'MNIST',
    'ImageNet',
    'COCO',
    'PyTorch',
    'torchvision',
    'ONNX( Runtime( Web)?)?',
    'onnxruntime-web',
    'WebAssembly',
    'Web Worker',
    'Chromium',
    'GitHub',
    'arXiv',
    'Top-[15]',
    'ReLU',
    'BN',
    'Conv',
    'G?FLOPs',
    'MFLOPs',
    'MAC',
    'GPU',
    'CPU',
    'ARM',
    'Snapdragon',
    'GTX',
    'squeeze-and-excitation',
    'Page Up',
    'Page Down',
    '[A-Z][a-z]+ et al\\.?',
  ].join('|')})(?![A-Za-z])`,
  'g',
);
const ENGLISH_PHRASE = /[A-Za-z][a-z]+(?:[ -][A-Za-z][a-z]+)+/g;

/** Text and accessible texts of the page a reader meets, without code, math and marked English. */
async function untranslated(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skip = 'code, pre, kbd, samp, script, style, .katex, math, [lang^="en"], [hidden], [aria-hidden="true"]';
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip)) continue;
      const text = node.textContent?.trim();
      if (text) found.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (el.closest(skip)) continue;
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(attr);
        if (value) found.push(value);
      }
    }
    found.push(document.title);
    return found;
  });
  const phrases = texts.flatMap((t) => t.replace(KEPT_IN_LATIN, ' ').match(ENGLISH_PHRASE) ?? []);
  return [...new Set(phrases)];
}

for (const relative of english) {
  const name = relative || '(home)';
  test(`${name}: the Chinese page shows no English UI text`, async ({ page }) => {
    await open(page, twinOf(relative));
    // Let live figures load and draw their texts (progress, predictions, labels).
    await page.waitForTimeout(1500);
    expect(await untranslated(page)).toEqual([]);
  });
}

for (const relative of english) {
  const name = relative || '(home)';
  test(`${name}: the language switch leads to the same place in the other edition, keeping the state, and back`, async ({
    page,
    baseURL,
  }) => {
    const address = `${relative}?lang-test=1#contents`;
    await page.goto(address.replace(/^\//, ''));
    await page.locator('.language-switch').click();
    await page.waitForURL((url) => url.pathname.endsWith(`/zh/${relative}`));
    expect(page.url()).toBe(new URL(`zh/${address}`, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await page.locator('.language-switch').click();
    await page.waitForURL((url) => !url.pathname.includes('/zh/'));
    expect(page.url()).toBe(new URL(address, baseURL).href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}
