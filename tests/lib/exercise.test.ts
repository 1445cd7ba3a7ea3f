import { describe, expect, it } from 'vitest';
import {
  checkChoice,
  checkNumeric,
  choiceError,
  describeMiss,
  formatNumber,
  multipleChoiceMessage,
  parseNumber,
  toleranceText,
  withinTolerance,
} from '../../lib/exercise';

const value = (raw: string, percent = false) => {
  const r = parseNumber(raw, { percent });
  return r.ok ? r.value : r.error;
};

describe('parseNumber', () => {
  it('reads the ways readers write numbers', () => {
    expect(value('819200')).toBe(819200);
    expect(value(' 819,200 ')).toBe(819200);
    expect(value('819 200')).toBe(819200);
    expect(value('819\u2009200')).toBe(819200);
    expect(value('819\u202f200')).toBe(819200);
    expect(value('1,234,567.5')).toBe(1234567.5);
    expect(value('8.192e5')).toBeCloseTo(819200, 6);
    expect(value('1.2E-3')).toBeCloseTo(0.0012, 12);
    expect(value('819k')).toBe(819000);
    expect(value('0.8M')).toBeCloseTo(800000, 6);
    expect(value('2G')).toBe(2e9);
    expect(value('.5')).toBe(0.5);
    expect(value('-3')).toBe(-3);
    expect(value('\u22123')).toBe(-3);
    expect(value('12.5%', true)).toBe(12.5);
  });

  it('explains what it cannot read instead of guessing', () => {
    expect(value('')).toMatch(/Type a number/);
    expect(value('1,5')).toMatch(/dot for decimals/);
    expect(value('12,34')).toMatch(/dot for decimals/);
    expect(value('abc')).toMatch(/not a number/);
    expect(value('12 params')).toMatch(/not a number/);
    expect(value('1.2.3')).toMatch(/not a number/);
    expect(value('12%')).toMatch(/not a percentage/);
    expect(value('1e999')).toMatch(/too large/);
  });
});

describe('tolerance', () => {
  it('is exact by default, absolute, relative, or either', () => {
    expect(withinTolerance(7598, 7598)).toBe(true);
    expect(withinTolerance(7597, 7598)).toBe(false);
    expect(withinTolerance(10.4, 10, 0.5)).toBe(true);
    expect(withinTolerance(10.6, 10, 0.5)).toBe(false);
    expect(withinTolerance(1004, 1000, { rel: 0.005 })).toBe(true);
    expect(withinTolerance(1006, 1000, { rel: 0.005 })).toBe(false);
    expect(withinTolerance(1006, 1000, { rel: 0.005, abs: 10 })).toBe(true);
    expect(withinTolerance(0.1 + 0.2, 0.3)).toBe(true);
  });

  it('is described in words', () => {
    expect(toleranceText(0)).toBeNull();
    expect(toleranceText(0.01)).toBe('within 0.01');
    expect(toleranceText({ rel: 0.005 })).toBe('within 0.5%');
  });
});

describe('how far off a wrong answer is', () => {
  it('an answer 800× too small says so as a ratio, not as a percentage', () => {
    const m = describeMiss(1024, 819200);
    expect(m).toBe('Your answer is about 800× too small.');
    expect(m).not.toMatch(/%/);
    expect(describeMiss(819200 * 3.3, 819200)).toBe('Your answer is about 3.3× too large.');
    expect(describeMiss(819200 / 2, 819200)).toBe('Your answer is about 2× too small.');
  });

  it('a near miss is a percentage, rounded as a reader would say it', () => {
    expect(describeMiss(900000, 819200)).toBe('Your answer is 10% too large.');
    expect(describeMiss(700000, 819200)).toBe('Your answer is 15% too small.');
    expect(describeMiss(7597, 7598)).toBe('Your answer is 0.01% too small.');
    // the boundary: within a factor 1.5 it is a percentage, beyond it a ratio
    expect(describeMiss(140, 100)).toBe('Your answer is 40% too large.');
    expect(describeMiss(160, 100)).toBe('Your answer is about 1.6× too large.');
  });

  it('a miss by a power of ten points at the units, and names the unit when it is the unit’s own power', () => {
    expect(describeMiss(81920, 819200)).toBe('Your answer is about 10× too small. Check the units, or a power of ten.');
    expect(describeMiss(2_457_600, 2.46, 'million')).toBe(
      'Your answer is about 1,000,000× too large. The answer is asked in millions: 2,457,600 is 2.458 million.',
    );
    expect(describeMiss(0.125, 12.5, '%')).toBe(
      'Your answer is about 100× too small. The answer is a percentage: 0.125 as a percentage is 12.5%.',
    );
    expect(describeMiss(1250, 12.5, '%')).toBe(
      'Your answer is about 100× too large. Check the units, or a power of ten.',
    );
  });

  it('a wrong sign or a zero answer is said plainly', () => {
    expect(describeMiss(-5, 5)).toBe('Check the sign.');
    expect(describeMiss(3, 0)).toBe('The answer is smaller.');
    expect(describeMiss(0, 3)).toBe('The answer is not zero.');
  });
});

describe('checkNumeric', () => {
  it('accepts a right answer in any notation and tells a wrong one how far off it is', () => {
    expect(checkNumeric('819,200', 819200).status).toBe('correct');
    expect(checkNumeric('8.192e5', 819200).status).toBe('correct');
    expect(checkNumeric('819k', 819200).status).toBe('incorrect');
    expect(checkNumeric('819k', 819200, { rel: 0.005 }).status).toBe('correct');
    expect(checkNumeric('1024', 819200).message).toBe('Not quite. Your answer is about 800× too small.');
    expect(checkNumeric('x', 5).status).toBe('invalid');
  });

  it('takes a % sign only when the unit is %', () => {
    expect(checkNumeric('12.5%', 12.5, 0.05, '%').status).toBe('correct');
    expect(checkNumeric('12.5', 12.5, 0.05, '%').status).toBe('correct');
    expect(checkNumeric('12.5%', 12.5, 0.05).status).toBe('invalid');
  });

  it('formats answers for display', () => {
    expect(formatNumber(819200)).toBe('819,200');
    expect(formatNumber(1.8763)).toBe('1.876');
    expect(formatNumber(0.125)).toBe('0.125');
  });
});

describe('choices', () => {
  const one = [{ correct: true }, { correct: false }, { correct: false }];
  const many = [{ correct: true }, { correct: true }, { correct: false }];

  it('is correct exactly when the selection equals the correct set', () => {
    expect(checkChoice(one, [0])).toBe(true);
    expect(checkChoice(one, [1])).toBe(false);
    expect(checkChoice(one, [0, 1])).toBe(false);
    expect(checkChoice(many, [0])).toBe(false);
    expect(checkChoice(many, [1, 0])).toBe(true);
  });

  it('names the kind of mistake in a multiple-choice answer', () => {
    expect(multipleChoiceMessage(many, [0, 1])).toBe('Correct.');
    expect(multipleChoiceMessage(many, [0])).toMatch(/everything you chose is right, but a right option is missing/);
    expect(multipleChoiceMessage(many, [0, 1, 2])).toMatch(/include a wrong one/);
    expect(multipleChoiceMessage(many, [0, 2])).toMatch(
      /some of your choices are wrong, and a right option is missing/,
    );
  });

  it('refuses malformed exercises: single choice needs exactly one right option', () => {
    expect(choiceError(one, false)).toBeNull();
    expect(choiceError(many, false)).toMatch(/exactly one correct/);
    expect(choiceError(many, true)).toBeNull();
    expect(
      choiceError(
        one.map(() => ({ correct: false })),
        true,
      ),
    ).toMatch(/at least one correct/);
    expect(choiceError(one.slice(0, 1), false)).toMatch(/two options/);
  });
});
