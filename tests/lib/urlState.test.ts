import { describe, expect, it } from 'vitest';
import { boolParam, enumParam, floatParam, formatParam, intParam, stringParam } from '../../lib/urlState';

describe('URL codecs', () => {
  it('parse valid values and fall back to the default on anything else', () => {
    const c = intParam(6, 1, 32);
    expect(c.parse('12')).toBe(12);
    expect(c.parse('0')).toBe(6);
    expect(c.parse('1.5')).toBe(6);
    expect(c.parse(undefined)).toBe(6);
    expect(floatParam(0.5, 0, 1).parse('0.25')).toBe(0.25);
    expect(floatParam(0.5, 0, 1).parse('NaN')).toBe(0.5);
    expect(enumParam(['digits', 'fashion'] as const, 'digits').parse('fashion')).toBe('fashion');
    expect(enumParam(['digits', 'fashion'] as const, 'digits').parse('cats')).toBe('digits');
    expect(boolParam(false).parse('1')).toBe(true);
    expect(stringParam('').parse('abcdefghijklmnopqrstuvwxyz'.repeat(4))).toHaveLength(104);
    expect(intParam(6, 1, 32).parse(' 12 ')).toBe(12);
  });

  it('round-trips through format', () => {
    const c = floatParam(1, 0, 10);
    expect(c.parse(c.format(2.345))).toBe(2.345);
  });

  it('leaves a value equal to its default out of the URL', () => {
    const c = intParam(6);
    expect(formatParam(c, 6)).toBeUndefined();
    expect(formatParam(c, 7)).toBe('7');
  });
});
