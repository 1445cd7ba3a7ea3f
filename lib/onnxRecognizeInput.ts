/**
 * The input a reader's model expects, and a photo turned into it.
 *
 * A torchvision ShuffleNetV2 is trained on ImageNet: RGB, resized so the shorter side is 256 and
 * centre-cropped to 224×224 (torchvision's evaluation transform), then each channel normalised
 * with ImageNet's mean and standard deviation. A model of another input size keeps the same
 * crop ratio (224/256 = 0.875). The explorer shows these as editable defaults: only the reader
 * knows how their own model was trained.
 */
import type { RecognisedModel } from './onnxRecognize';

export interface RgbPreprocessing {
  /** output height = width */
  size: number;
  /** the centre crop covers this share of the resized shorter side (torchvision: 224/256) */
  cropRatio: number;
  /** per channel, applied after pixel/255: (x − mean) / std */
  mean: number[];
  std: number[];
}

/** torchvision's ImageNet statistics (transforms.Normalize in its reference scripts). */
export const IMAGENET_MEAN = [0.485, 0.456, 0.406];
export const IMAGENET_STD = [0.229, 0.224, 0.225];

/** The defaults for a recognised model: its own input size, ImageNet normalisation for RGB. */
export function defaultPreprocessing(m: RecognisedModel): RgbPreprocessing {
  const [, c, h] = m.input.shape;
  const rgb = c === 3;
  return {
    size: h,
    cropRatio: 224 / 256,
    mean: rgb ? [...IMAGENET_MEAN] : Array(c).fill(0.5),
    std: rgb ? [...IMAGENET_STD] : Array(c).fill(0.5),
  };
}

/**
 * RGBA pixels (row-major, as canvas ImageData gives them) → the model's 1×3×size×size float
 * input: centre crop of the shorter side × cropRatio, area-averaged down (point-sampled up) to
 * size×size, normalised per channel. Alpha is ignored.
 */
export function rgbaToInput(rgba: ArrayLike<number>, width: number, height: number, p: RgbPreprocessing): Float32Array {
  const side = Math.min(width, height) * p.cropRatio;
  const x0 = (width - side) / 2;
  const y0 = (height - side) / 2;
  const scale = side / p.size;
  const plane = p.size * p.size;
  const out = new Float32Array(3 * plane);
  for (let oy = 0; oy < p.size; oy++) {
    for (let ox = 0; ox < p.size; ox++) {
      const sum = [0, 0, 0];
      let weight = 0;
      // area average over the source pixels this output pixel covers (at least one sample)
      const sx0 = x0 + ox * scale,
        sy0 = y0 + oy * scale;
      const steps = Math.max(1, Math.ceil(scale));
      for (let j = 0; j < steps; j++) {
        for (let i = 0; i < steps; i++) {
          const sx = Math.min(width - 1, Math.max(0, Math.floor(sx0 + (i + 0.5) * (scale / steps))));
          const sy = Math.min(height - 1, Math.max(0, Math.floor(sy0 + (j + 0.5) * (scale / steps))));
          const k = 4 * (sy * width + sx);
          for (let c = 0; c < 3; c++) sum[c] += rgba[k + c];
          weight += 1;
        }
      }
      for (let c = 0; c < 3; c++) out[c * plane + oy * p.size + ox] = (sum[c] / weight / 255 - p.mean[c]) / p.std[c];
    }
  }
  return out;
}

/**
 * The same crop and resize as rgbaToInput, kept as 8-bit channel planes (C×H×W, 0–255) so the
 * explorer can show the picture and normalise it per channel when it runs (lib/manifest.ts
 * preprocessPixels with channelMean/channelStd). Rounding to whole pixel values moves an input by
 * at most 0.5/255 before normalisation.
 */
export function rgbaToPlanes(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
  p: Pick<RgbPreprocessing, 'size' | 'cropRatio'>,
): Uint8Array {
  const unit = rgbaToInput(rgba, width, height, { ...p, mean: [0, 0, 0], std: [1 / 255, 1 / 255, 1 / 255] });
  return Uint8Array.from(unit, (v) => Math.round(v));
}

/**
 * The built-in test picture: drawn from a formula, the same on every machine, nothing to download:
 * a sky-to-grass gradient with a red disc and a blue square, 256×256 RGBA.
 */
export function testPicture(side = 256): { data: Uint8ClampedArray; width: number; height: number } {
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const k = 4 * (y * side + x);
      const t = y / (side - 1);
      let rgb = t < 0.6 ? [120 + 80 * t, 170 + 60 * t, 235] : [60, 150 - 40 * t, 50];
      const dx = x - side * 0.35,
        dy = y - side * 0.45;
      if (dx * dx + dy * dy < (side * 0.18) ** 2) rgb = [220, 40 + (x % 16) * 4, 30];
      if (x > side * 0.58 && x < side * 0.85 && y > side * 0.3 && y < side * 0.62) rgb = [30, 60, 200 - ((x + y) % 32)];
      data.set([rgb[0], rgb[1], rgb[2], 255], k);
    }
  }
  return { data, width: side, height: side };
}
