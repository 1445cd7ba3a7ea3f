import { describe, expect, it } from 'vitest';
import { recogniseShuffleNetV2 } from '../../lib/onnxRecognize';
import { IMAGENET_MEAN, IMAGENET_STD, defaultPreprocessing, rgbaToInput } from '../../lib/onnxRecognizeInput';
import { byomBytes } from '../model/byomHelpers';

/** A width×height RGBA image whose pixel colour is f(x, y). */
function image(
  width: number,
  height: number,
  f: (x: number, y: number) => [number, number, number],
): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(4 * width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set([...f(x, y), 255], 4 * (y * width + x));
  return rgba;
}

describe('the input of a reader model', () => {
  it("defaults to the model's own size and ImageNet normalisation", () => {
    const p = defaultPreprocessing(recogniseShuffleNetV2(byomBytes('x0.5-opset13-structure.onnx')));
    expect(p).toEqual({ size: 224, cropRatio: 0.875, mean: IMAGENET_MEAN, std: IMAGENET_STD });
    expect(defaultPreprocessing(recogniseShuffleNetV2(byomBytes('small-opset13.onnx'))).size).toBe(64);
  });

  it('normalises each channel, stored channel-first', () => {
    const p = { size: 4, cropRatio: 1, mean: IMAGENET_MEAN, std: IMAGENET_STD };
    const out = rgbaToInput(
      image(8, 8, () => [255, 0, 51]),
      8,
      8,
      p,
    );
    expect(out.length).toBe(3 * 16);
    const expected = [(1 - 0.485) / 0.229, (0 - 0.456) / 0.224, (0.2 - 0.406) / 0.225];
    for (let c = 0; c < 3; c++) for (let i = 0; i < 16; i++) expect(out[c * 16 + i]).toBeCloseTo(expected[c], 5);
  });

  it('crops the centre of the shorter side and keeps left and right in place', () => {
    // 400×300: a 10-px band of white at top and bottom falls outside the 262.5-px centre crop
    const rgba = image(400, 300, (x, y) =>
      y < 10 || y >= 290 ? [255, 255, 255] : x < 200 ? [255, 0, 0] : [0, 0, 255],
    );
    const p = { size: 8, cropRatio: 0.875, mean: [0, 0, 0], std: [1, 1, 1] };
    const out = rgbaToInput(rgba, 400, 300, p);
    const at = (c: number, x: number, y: number) => out[c * 64 + y * 8 + x];
    for (let y = 0; y < 8; y++) {
      expect([at(0, 0, y), at(1, 0, y), at(2, 0, y)]).toEqual([1, 0, 0]);
      expect([at(0, 7, y), at(1, 7, y), at(2, 7, y)]).toEqual([0, 0, 1]);
    }
  });
});
