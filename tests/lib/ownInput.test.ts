/** The own model's input: a fixed picture cropped to the model's size and normalised per RGB channel. */
import { describe, expect, it } from 'vitest';
import { preprocessPixels } from '../../lib/manifest';
import { IMAGENET_MEAN, IMAGENET_STD, rgbaToInput, rgbaToPlanes, testPicture } from '../../lib/onnxRecognizeInput';

/** 4×4 RGBA: each pixel's red = 16·x, green = 16·y, blue = 200, alpha 0 (ignored). */
const W = 4;
const fixed = Uint8Array.from({ length: W * W * 4 }, (_, k) => {
  const i = k >> 2,
    x = i % W,
    y = Math.floor(i / W);
  return [16 * x, 16 * y, 200, 0][k % 4];
});

describe('RGB normalisation per channel', () => {
  it('gives (pixel/255 − mean_c)/std_c with ImageNet’s statistics, channel planes in order', () => {
    const planes = rgbaToPlanes(fixed, W, W, { size: 4, cropRatio: 1 });
    expect(Array.from(planes.subarray(0, 4))).toEqual([0, 16, 32, 48]); // red, first row
    expect(Array.from(planes.subarray(16, 20))).toEqual([0, 0, 0, 0]); // green, first row
    expect(planes[32]).toBe(200); // blue
    const input = preprocessPixels(planes, { mean: 0, std: 1, channelMean: IMAGENET_MEAN, channelStd: IMAGENET_STD });
    expect(input[0]).toBeCloseTo((0 - 0.485) / 0.229, 6); // −2.117904
    expect(input[3]).toBeCloseTo((48 / 255 - 0.485) / 0.229, 6); // −1.296024
    expect(input[16 + 12]).toBeCloseTo((48 / 255 - 0.456) / 0.224, 6); // green, last row
    expect(input[32]).toBeCloseTo((200 / 255 - 0.406) / 0.225, 6); // 1.681307
  });

  it('matches the float preprocessing to within rounding to whole pixel values', () => {
    const { data, width, height } = testPicture();
    const p = { size: 64, cropRatio: 224 / 256, mean: IMAGENET_MEAN, std: IMAGENET_STD };
    const exact = rgbaToInput(data, width, height, p);
    const rounded = preprocessPixels(rgbaToPlanes(data, width, height, p), {
      mean: 0,
      std: 1,
      channelMean: IMAGENET_MEAN,
      channelStd: IMAGENET_STD,
    });
    let worst = 0;
    for (let i = 0; i < exact.length; i++) worst = Math.max(worst, Math.abs(exact[i] - rounded[i]));
    expect(worst).toBeLessThanOrEqual(0.5 / 255 / Math.min(...IMAGENET_STD) + 1e-6);
    expect(exact.length).toBe(3 * 64 * 64);
  });

  it('the built-in test picture is the same every time and not flat', () => {
    const a = testPicture(),
      b = testPicture();
    expect(a.data).toEqual(b.data);
    expect(new Set(a.data).size).toBeGreaterThan(50);
  });
});
