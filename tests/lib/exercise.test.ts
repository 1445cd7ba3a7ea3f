import { describe, expect, it } from 'vitest';
import { checkChoice, checkNumeric, choiceError, isMultipleChoice, parseNumber, withinTolerance } from '../../lib/exercise';

const value = (raw: string, percent = false) => {
  const r = parseNumber(raw, { percent });
  return r.ok ? r.value : r.error;
};

describe('parseNumber', () => {
  it('reads the ways readers write numbers', () => {
    expect(value('1234')).toBe(1234);
    expect(value(' 1,234 ')).toBe(1234);
    expect(value('1,234,567.5')).toBe(1234567.5);
    expect(value('1 234')).toBe(1234);
    expect(value('1\u2009234')).toBe(1234);
    expect(value('1.2e3')).toBe(1200);
    expect(value('1.2E-3')).toBeCloseTo(0.0012, 12);
    expect(value('.5')).toBe(0.5);
    expect(value('-3')).toBe(-3);
    expect(value('\u22123')).toBe(-3);
    expect(value('819.2k')).toBeCloseTo(819200, 6);
    expect(value('0.82M')).toBeCloseTo(820000, 6);
    expect(value('2G')).toBe(2e9);
    expect(value('12.5%', true)).toBe(12.5);
  });

  it('explains what it cannot read instead of guessing', () => {
    expect(value('')).toMatch(/Type a number/);
    expect(value('1,5')).toMatch(/dot for decimals/);
    expect(value('12,34')).toMatch(/dot for decimals/);
    expect(value('abc')).toMatch(/not a number/);
    expect(value('1.2.3')).toMatch(/not a number/);
    expect(value('12%')).toMatch(/not a percentage/);
    expect(value('1e999')).toMatch(/too large/);
  });
});

describe('tolerance', () => {
  it('absolute, relative, or either', () => {
    expect(withinTolerance(10.4, 10, 0.5)).toBe(true);
    expect(withinTolerance(10.6, 10, 0.5)).toBe(false);
    expect(withinTolerance(1004, 1000, { rel: 0.005 })).toBe(true);
    expect(withinTolerance(1006, 1000, { rel: 0.005 })).toBe(false);
    expect(withinTolerance(1006, 1000, { rel: 0.005, abs: 10 })).toBe(true);
    expect(withinTolerance(0.1 + 0.2, 0.3, 0)).toBe(true);
  });
});

describe('checkNumeric', () => {
  it('accepts a right answer within the default tolerance and reports how far off a wrong one is', () => {
    expect(checkNumeric('819,200', 819200).status).toBe('correct');
    expect(checkNumeric('819k', 819200).status).toBe('correct');
    const high = checkNumeric('900000', 819200);
    expect(high.status).toBe('incorrect');
    expect(high.message).toMatch(/10% too high/);
    expect(checkNumeric('700000', 819200).message).toMatch(/15% too low/);
    expect(checkNumeric('81920', 819200).message).toMatch(/factor of 1\/10/);
    expect(checkNumeric('-5', 5).message).toMatch(/sign/);
    expect(checkNumeric('x', 5).status).toBe('invalid');
  });

  it('takes percentages when asked to', () => {
    expect(checkNumeric('12.5%', 12.5, 0.05, { percent: true }).status).toBe('correct');
    expect(checkNumeric('12.5%', 12.5, 0.05).status).toBe('invalid');
  });
});

describe('choices', () => {
  const opts = [
    { text: 'a', correct: true, why: 'because' },
    { text: 'b', correct: false, why: 'no' },
    { text: 'c', correct: false, why: 'no' },
  ];
  it('is correct exactly when the selection equals the correct set', () => {
    expect(checkChoice(opts, [0])).toBe(true);
    expect(checkChoice(opts, [1])).toBe(false);
    expect(checkChoice(opts, [0, 1])).toBe(false);
    const multi = opts.map((o, i) => ({ ...o, correct: i !== 2 }));
    expect(isMultipleChoice(multi)).toBe(true);
    expect(isMultipleChoice(opts)).toBe(false);
    expect(checkChoice(multi, [0])).toBe(false);
    expect(checkChoice(multi, [1, 0])).toBe(true);
  });
  it('refuses malformed exercises', () => {
    expect(choiceError(opts.map((o) => ({ ...o, correct: false })))).toMatch(/at least one correct/);
    expect(choiceError(opts.slice(0, 1))).toMatch(/two options/);
    expect(choiceError(opts)).toBeNull();
  });
});
