// Draws a test set of digits with the book's own drawing pad: headless Chromium opens the built
// explorer, moves the mouse along stroke templates (strokes.mjs) on the real pad, and keeps the
// 28×28 image the explorer itself makes of each drawing (its own preprocessing: crop to the ink,
// scale into 20×20, centre by mass), read back from the model input it ran. None of these
// drawings is MNIST, and the training never sees them.
//
// The pad has one brush (20 of its 280 pixels). How thick a stroke ends up in the 28×28 image
// depends on how large the digit is drawn: a digit 210 pixels tall gets ~1.7-pixel strokes, one
// 60 pixels tall ~5-pixel strokes. So the set is drawn at four sizes, i.e. four stroke widths.
//
//   nice npx next build && node training/eval/draw-pad-digits.mjs [--out out] [--per 3]
// Writes training/eval/pad-digits.bin (N×784 uint8 pixels, then N uint8 labels, then N uint8
// size indices) and training/eval/pad-digits.json (what the sizes are, how it was drawn).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from '../../scripts/browser.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { TEMPLATES, jitter, rng } from './strokes.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const OUT = arg('out', 'out');
const PER = Number(arg('per', 3)); // drawings per digit and size
const SEED = 12;
const PAD = 280; // the pad's own pixels (DrawPad SIDE)
const BRUSH = 20; // DrawPad BRUSH
/** digit heights on the pad, in its pixels; the stroke in the 28×28 image is about BRUSH·20/(height + BRUSH) */
const HEIGHTS = [210, 140, 90, 60];
const strokePx = (h) => Number(((BRUSH * 20) / (h + BRUSH)).toFixed(1));

if (!fs.existsSync(`${OUT}/explorer/index.html`)) {
  console.error(`No built explorer in ${OUT}/ — run \`npx next build\` first.`);
  process.exit(1);
}

const { server, url: base } = await startStaticServer({ root: OUT });
const browser = await chromium.launch(launchOptions());
const page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 } })).newPage();
await page.goto(`${base}explorer/?bench=1&model=digits`);
await page.waitForFunction(() => window.__explorerBench?.readyAt != null, null, { timeout: 120_000 });
const pad = page.locator('[data-draw-pad]');
await pad.scrollIntoViewIfNeeded();
const clear = page.getByRole('button', { name: 'Clear drawing' });

/** Strokes with points at least MIN_STEP pad pixels apart (the pad joins them with straight lines), ends kept. */
const MIN_STEP = 9;
function sparse(strokes) {
  return strokes.map((stroke) => {
    const out = [stroke[0]];
    for (const p of stroke.slice(1, -1)) {
      const q = out[out.length - 1];
      if (Math.hypot(p[0] - q[0], p[1] - q[1]) >= MIN_STEP) out.push(p);
    }
    if (stroke.length > 1) out.push(stroke[stroke.length - 1]);
    return out;
  });
}

/** The 28×28 pixels the explorer ran for the drawing on screen, once it stops changing. */
async function readInput() {
  let previous = null;
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.waitForTimeout(120);
    const pixels = await page.evaluate(() => {
      const bench = window.__explorerBench;
      const t = bench.tensors();
      return t ? t.input.data : null;
    });
    if (pixels && previous && pixels.every((v, i) => v === previous[i])) return pixels;
    previous = pixels;
  }
  throw new Error('the explorer never settled on a result for the drawing');
}

const { mean, std } = JSON.parse(fs.readFileSync(path.join(OUT, 'models', 'digits', 'manifest.json'), 'utf8')).input
  .preprocessing;
const random = rng(SEED);
const images = [];
const labels = [];
const sizes = [];
const started = Date.now();
for (const [si, height] of HEIGHTS.entries()) {
  for (let digit = 0; digit <= 9; digit++) {
    const styles = TEMPLATES[digit];
    for (let k = 0; k < PER; k++) {
      const strokes = jitter(styles[k % styles.length], height, PAD, random);
      await clear.click();
      const box = await pad.boundingBox();
      const at = ([x, y]) => [box.x + (x * box.width) / PAD, box.y + (y * box.height) / PAD];
      for (const stroke of sparse(strokes)) {
        await page.mouse.move(...at(stroke[0]));
        await page.mouse.down();
        for (const p of stroke.slice(1)) await page.mouse.move(...at(p));
        await page.mouse.up();
      }
      const input = await readInput();
      if (process.env.DEBUG)
        console.log(`digit ${digit} size ${height}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      images.push(Uint8Array.from(input, (v) => Math.round((v * std + mean) * 255)));
      labels.push(digit);
      sizes.push(si);
    }
  }
  console.log(`height ${height}: ${images.length} drawings so far (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}
await browser.close();
server.close();

const n = labels.length;
const bytes = new Uint8Array(n * 786);
images.forEach((im, i) => bytes.set(im, i * 784));
bytes.set(labels, n * 784);
bytes.set(sizes, n * 785);
fs.writeFileSync(path.join(HERE, 'pad-digits.bin'), bytes);
fs.writeFileSync(
  path.join(HERE, 'pad-digits.json'),
  `${JSON.stringify(
    {
      count: n,
      format: 'N×784 uint8 pixels row-major (0 = background), then N uint8 labels, then N uint8 indices into sizes',
      drawnWith:
        "the explorer's drawing pad in headless Chromium (mouse strokes from training/eval/strokes.mjs), framed by the explorer's own preprocessing",
      seed: SEED,
      perDigitAndSize: PER,
      sizes: HEIGHTS.map((h) => ({ digitHeightOnPad: h, padSide: PAD, brush: BRUSH, strokePxIn28: strokePx(h) })),
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${n} drawings to training/eval/pad-digits.{bin,json}`);
