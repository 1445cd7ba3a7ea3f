/**
 * Turning a drawing or an uploaded picture into the 28×28 image the models were trained on.
 *
 * Both data sets store white ink on a black background (0 = background, 255 = full ink), but
 * they were framed differently, and a network only recognises what looks like its training data:
 *
 * - MNIST digits were size-normalised to fit a 20×20 box (keeping the aspect ratio, with
 *   anti-aliasing), then placed in the 28×28 field so that their centre of mass sits at the
 *   centre, pixel index 14 (LeCun et al., 1998). `frameLikeMnist` does the same.
 * - Fashion-MNIST products were trimmed to the object and resized so that the longer edge is 28
 *   pixels (Xiao et al., 2017). `frameToFit` does the same, centring the bounding box.
 *
 * Images here are plain row-major arrays of "ink" values in 0..255 (no DOM). The caller turns a
 * canvas's RGBA pixels into ink with `rgbaToGray` (and `invertGray` for dark ink on light paper).
 */

export interface GrayImage {
  /** row-major, 0 = background, 255 = full ink */
  data: Float32Array;
  width: number;
  height: number;
}

export interface Box {
  x0: number;
  y0: number;
  /** exclusive */
  x1: number;
  y1: number;
}

export type Framing = 'mnist' | 'fit';

export const SIZE = 28;
/** The box MNIST scales a digit into before centring it by mass. */
export const MNIST_BOX = 20;
/** Where MNIST puts a digit's centre of mass, in pixel-centre coordinates (pixel i spans [i, i+1)). */
export const MNIST_CENTRE = SIZE / 2 + 0.5;

/** Luminance of RGBA pixels, composited over `background` (0 black … 255 white) where transparent. */
export function rgbaToGray(rgba: ArrayLike<number>, width: number, height: number, background = 255): GrayImage {
  if (rgba.length !== width * height * 4)
    throw new RangeError(`expected ${width}×${height}×4 RGBA values, got ${rgba.length}`);
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i++) {
    const a = rgba[4 * i + 3] / 255;
    const lum = 0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2];
    data[i] = lum * a + background * (1 - a);
  }
  return { data, width, height };
}

export function invertGray(image: GrayImage): GrayImage {
  return { ...image, data: image.data.map((v) => 255 - v) };
}

/**
 * Whether a picture looks like dark ink on light paper (and so needs inverting): the mean of its
 * border pixels — usually background — is brighter than mid-grey.
 */
export function looksLightBackground(image: GrayImage): boolean {
  const { data, width, height } = image;
  let sum = 0;
  let n = 0;
  for (let x = 0; x < width; x++) {
    sum += data[x] + data[(height - 1) * width + x];
    n += 2;
  }
  for (let y = 1; y < height - 1; y++) {
    sum += data[y * width] + data[y * width + width - 1];
    n += 2;
  }
  return n > 0 && sum / n > 127.5;
}

/** The smallest box holding every pixel brighter than `threshold`, or null for an empty image. */
export function inkBounds(image: GrayImage, threshold = 0): Box | null {
  const { data, width, height } = image;
  let x0 = width,
    y0 = height,
    x1 = -1,
    y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/**
 * Resamples the `box` of `image` to outW×outH by area averaging: every output pixel is the mean
 * of the source area it covers, with partial pixels weighted by their overlap. This is the
 * anti-aliasing MNIST's normalisation used; it also works (as smooth nearest-neighbour) when enlarging.
 */
export function resampleArea(image: GrayImage, box: Box, outW: number, outH: number): GrayImage {
  const out = new Float32Array(outW * outH);
  const sx = (box.x1 - box.x0) / outW;
  const sy = (box.y1 - box.y0) / outH;
  for (let oy = 0; oy < outH; oy++) {
    const fy0 = box.y0 + oy * sy,
      fy1 = fy0 + sy;
    for (let ox = 0; ox < outW; ox++) {
      const fx0 = box.x0 + ox * sx,
        fx1 = fx0 + sx;
      let sum = 0;
      for (let y = Math.floor(fy0); y < Math.min(Math.ceil(fy1), image.height); y++) {
        const wy = Math.min(fy1, y + 1) - Math.max(fy0, y);
        if (wy <= 0) continue;
        for (let x = Math.floor(fx0); x < Math.min(Math.ceil(fx1), image.width); x++) {
          const wx = Math.min(fx1, x + 1) - Math.max(fx0, x);
          if (wx > 0) sum += wx * wy * image.data[y * image.width + x];
        }
      }
      out[oy * outW + ox] = sum / (sx * sy);
    }
  }
  return { data: out, width: outW, height: outH };
}

/** Centre of mass of the ink in pixel-index coordinates (pixel i spans [i, i+1), its centre is i + 0.5). */
export function centreOfMass(image: GrayImage): { x: number; y: number } | null {
  let m = 0,
    mx = 0,
    my = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const v = image.data[y * image.width + x];
      m += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  return m > 0 ? { x: mx / m, y: my / m } : null;
}

/** The box scaled so its longer side is `target` pixels, keeping the aspect ratio (each side ≥ 1). */
export function fitSize(width: number, height: number, target: number): { width: number; height: number } {
  const s = target / Math.max(width, height);
  return { width: Math.max(1, Math.round(width * s)), height: Math.max(1, Math.round(height * s)) };
}

/** Pastes `small` into a SIZE×SIZE field with its top-left corner at (dx, dy); what falls outside is lost. */
function paste(small: GrayImage, dx: number, dy: number): Uint8Array {
  const out = new Uint8Array(SIZE * SIZE);
  for (let y = 0; y < small.height; y++) {
    const ty = y + dy;
    if (ty < 0 || ty >= SIZE) continue;
    for (let x = 0; x < small.width; x++) {
      const tx = x + dx;
      if (tx < 0 || tx >= SIZE) continue;
      out[ty * SIZE + tx] = Math.max(0, Math.min(255, Math.round(small.data[y * small.width + x])));
    }
  }
  return out;
}

/** MNIST framing: bounding box → 20×20 keeping aspect → centre of mass at the centre of 28×28. */
export function frameLikeMnist(image: GrayImage, threshold = 0): Uint8Array | null {
  const box = inkBounds(image, threshold);
  if (!box) return null;
  const size = fitSize(box.x1 - box.x0, box.y1 - box.y0, MNIST_BOX);
  const small = resampleArea(image, box, size.width, size.height);
  const com = centreOfMass(small);
  if (!com) return null;
  // The MNIST files put the mass centre at index 14 (Σ i·v / Σ v over pixel indices, i.e. 14.5 in
  // this module's pixel-centre coordinates) — measured on the real digits in tests/lib/preprocess.test.ts.
  // Shift by whole pixels, as the original normalisation did, so the strokes stay as sharp as drawn.
  return paste(small, Math.round(MNIST_CENTRE - com.x), Math.round(MNIST_CENTRE - com.y));
}

/** Fashion-MNIST framing: bounding box → longer side 28 keeping aspect → box centred. */
export function frameToFit(image: GrayImage, threshold = 0): Uint8Array | null {
  const box = inkBounds(image, threshold);
  if (!box) return null;
  const size = fitSize(box.x1 - box.x0, box.y1 - box.y0, SIZE);
  const small = resampleArea(image, box, size.width, size.height);
  return paste(small, Math.floor((SIZE - size.width) / 2), Math.floor((SIZE - size.height) / 2));
}

export function frameImage(image: GrayImage, framing: Framing, threshold = 0): Uint8Array | null {
  return framing === 'mnist' ? frameLikeMnist(image, threshold) : frameToFit(image, threshold);
}

/**
 * An uploaded picture → 28×28 ink. Pictures are noisier than a drawing (JPEG artefacts, uneven
 * paper), so the bounding box only counts pixels with at least a fifth of the brightest ink, and
 * the faint rest below that is cleared so that it does not smear into the frame.
 */
export function preprocessPicture(image: GrayImage, framing: Framing, invert: boolean): Uint8Array | null {
  const ink = invert ? invertGray(image) : image;
  let lo = Infinity,
    hi = -Infinity;
  for (const v of ink.data) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi - lo > 8)) return null; // a flat picture has no ink to find
  // Stretch to the full range so a grey background becomes 0, like the black of the data sets.
  const floor = lo + 0.2 * (hi - lo);
  const stretched = ink.data.map((v) => (v <= floor ? 0 : ((v - floor) / (hi - floor)) * 255));
  return frameImage({ ...ink, data: stretched }, framing, 0);
}
