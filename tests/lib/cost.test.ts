import { describe, expect, it } from 'vitest';
import { formatCount } from '../../lib/format';
import { channelsForRatio, conv, convFlops, convMac, convParams, macLowerBound, validateConv } from '../../lib/cost';

describe('convolution cost', () => {
  it('counts a 1x1 conv as the paper does: B = hwc1c2, MAC = hw(c1+c2) + c1c2', () => {
    const l = conv({ h: 56, w: 56, cin: 128, cout: 128 });
    expect(convFlops(l)).toBe(56 * 56 * 128 * 128);
    expect(convParams(l)).toBe(128 * 128);
    expect(convMac(l)).toBe(56 * 56 * 256 + 128 * 128);
  });

  it('counts a strided 3x3 depthwise conv', () => {
    const l = conv({ h: 28, w: 28, cin: 24, cout: 24, kernel: 3, stride: 2, groups: 24 });
    expect(convParams(l)).toBe(9 * 24);
    expect(convFlops(l)).toBe(14 * 14 * 9 * 24);
    expect(convMac(l)).toBe(28 * 28 * 24 + 14 * 14 * 24 + 9 * 24);
  });

  it('reaches the G1 lower bound exactly when c1 = c2 and stays above it otherwise', () => {
    const h = 8,
      w = 8;
    const equal = conv({ h, w, cin: 64, cout: 64 });
    expect(convMac(equal)).toBeCloseTo(macLowerBound(convFlops(equal), h, w), 9);
    const skewed = conv({ h, w, cin: 32, cout: 128 });
    expect(convFlops(skewed)).toBe(convFlops(equal));
    expect(convMac(skewed)).toBeGreaterThan(macLowerBound(convFlops(skewed), h, w));
  });

  it('finds channel pairs for a ratio at (nearly) fixed FLOPs', () => {
    const target = 56 * 56 * 128 * 128;
    const { c1, c2 } = channelsForRatio(target, 56, 56, 6);
    expect(c2 / c1).toBeCloseTo(6, 1);
    expect(Math.abs(56 * 56 * c1 * c2 - target) / target).toBeLessThan(0.05);
  });

  it('explains invalid layers instead of computing nonsense', () => {
    expect(validateConv(conv({ h: 4, w: 4, cin: 10, cout: 12, groups: 4 }))).toMatch(/must divide/);
    expect(validateConv(conv({ h: 4, w: 4, cin: 0, cout: 12 }))).toMatch(/positive/);
    expect(validateConv(conv({ h: 4, w: 4, cin: 8, cout: 12, groups: 4 }))).toBeNull();
  });

  it('formats counts', () => {
    expect(formatCount(1234)).toBe('1234');
    expect(formatCount(146_000_000)).toBe('146M');
    expect(formatCount(2_280_000)).toBe('2.28M');
  });
});
