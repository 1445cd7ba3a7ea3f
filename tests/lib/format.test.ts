import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatMillions,
  formatPercent,
  formatProbability,
  formatShape,
  formatValue,
  groupDigits,
} from '../../lib/format';

describe('formatting', () => {
  it('groups digits with narrow no-break spaces, rounds, and writes a true minus', () => {
    expect(groupDigits(1234567)).toBe('1\u202f234\u202f567');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(-1000.4)).toBe('−1\u202f000');
  });

  it('shortens counts from 10 000 on, to 3 significant digits', () => {
    expect(formatCount(9999)).toBe('9999');
    expect(formatCount(819200)).toBe('819k');
    expect(formatCount(146e6)).toBe('146M');
    expect(formatCount(1.234e9)).toBe('1.23G');
    expect(formatCount(146.5e6, 4)).toBe('146.5M');
    expect(formatCount(0.5)).toBe('0.500');
  });

  it('writes the paper’s millions as printed', () => {
    expect(formatMillions(41e6)).toBe('41M');
    expect(formatMillions(1.4e6)).toBe('1.4M');
  });

  it('writes shapes channels first, from a shape object or a list of dimensions', () => {
    expect(formatShape({ c: 116, h: 28, w: 28 })).toBe('116×28×28');
    expect(formatShape([48, 14, 14])).toBe('48×14×14');
    expect(formatShape([256])).toBe('256');
  });

  it('writes readout values to 3 significant digits, exponents only at the extremes', () => {
    expect(formatValue(0)).toBe('0');
    expect(formatValue(0.123456)).toBe('0.123');
    expect(formatValue(-2.5)).toBe('-2.50');
    expect(formatValue(12345)).toBe('1.23e+4');
    expect(formatValue(0.0001234)).toBe('1.23e-4');
  });

  it('writes fractions as percentages, changes with a sign, tiny probabilities without a misleading 0.0%', () => {
    expect(formatPercent(0.123)).toBe('12.3%');
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatChange(0.123)).toBe('+12.3%');
    expect(formatChange(-0.04)).toBe('−4.0%');
    expect(formatProbability(0.973)).toBe('97.3%');
    expect(formatProbability(0)).toBe('0.0%');
    expect(formatProbability(3.2e-6)).toBe('<0.1%');
    expect(formatProbability(3.2e-6, true)).toBe('3.2e-4%');
  });
});
