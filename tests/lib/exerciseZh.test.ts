import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkNumeric,
  choiceError,
  describeMiss,
  multipleChoiceMessage,
  parseNumber,
  toleranceText,
  unitScale,
} from '../../lib/exercise';
import { summaryText } from '../../lib/progress';

const value = (raw: string, percent = false) => {
  const r = parseNumber(raw, { percent }, 'zh');
  return r.ok ? r.value : r.error;
};

describe('the exercise checker in Chinese', () => {
  it('reads numbers typed with a Chinese input method, in both editions', () => {
    expect(value('８１９，２００')).toBe(819200);
    expect(value('１２．５％', true)).toBe(12.5);
    expect(value('1。5')).toBe(1.5);
    expect(value('12万')).toBe(120000);
    expect(value('0.82百万')).toBe(820000);
    expect(value('3.5亿')).toBe(350000000);
    expect(value('2千')).toBe(2000);
    const english = parseNumber('12万');
    expect(english.ok && english.value).toBe(120000);
  });

  it('still refuses what is not a number, and says so in Chinese', () => {
    expect(value('')).toBe('请先输入一个数。');
    expect(value('10²')).toMatch(/^无法把“10²”读成一个数/);
    expect(value('1,5')).toMatch(/^“1,5”中的逗号不是千位分隔符/);
    expect(value('12%')).toMatch(/不是百分数/);
    expect(value('1e999')).toBe('“1e999”太大了。');
  });

  it('says the tolerance in Chinese', () => {
    expect(toleranceText(0.01, 'zh')).toBe('允许误差 0.01');
    expect(toleranceText({ abs: 0.01, rel: 0.005 }, 'zh')).toBe('允许误差 0.01 或 0.5%');
    expect(toleranceText(0, 'zh')).toBeNull();
    expect(toleranceText({ abs: 0.01, rel: 0.005 })).toBe('within 0.01 or 0.5%');
  });

  it('tells a near miss as a percentage and a big miss as a ratio', () => {
    expect(describeMiss(900000, 819200, undefined, 'zh')).toBe('你的答案大了 10%。');
    expect(describeMiss(700000, 819200, undefined, 'zh')).toBe('你的答案小了 15%。');
    expect(describeMiss(25, 10, undefined, 'zh')).toBe('你的答案太大，约为正确答案的 2.5 倍。');
    expect(describeMiss(0, 10, undefined, 'zh')).toBe('答案不是零。');
    expect(describeMiss(-5, 10, undefined, 'zh')).toBe('请检查正负号。');
  });

  it('names a Chinese scale unit when the miss is exactly its power of ten', () => {
    expect(describeMiss(2_457_600, 2.46, '百万', 'zh')).toBe(
      '你的答案太大，约为正确答案的 1,000,000 倍。题目要求以“百万”为单位：2,457,600 即 2.458 百万。',
    );
    expect(describeMiss(819_200, 81.92, '万', 'zh')).toMatch(/题目要求以“万”为单位：819,200 即 81.92 万。$/);
    expect(describeMiss(0.125, 12.5, '%', 'zh')).toBe(
      '你的答案太小，约为正确答案的 1/100。答案是一个百分数：0.125 写成百分数是 12.5%。',
    );
    // The English edition's words for the same miss are unchanged.
    expect(describeMiss(2_457_600, 2.46, 'million')).toBe(
      'Your answer is about 1,000,000× too large. The answer is asked in millions: 2,457,600 is 2.458 million.',
    );
  });

  it('points a counting unit (个参数, 次乘加 …) at a power of ten, never at a scale it does not have', () => {
    for (const unit of ['个参数', '次乘加', '个通道', '个元素', '个百分点', '像素', '行']) {
      expect(unitScale(unit), unit).toBeUndefined();
      expect(describeMiss(0.8192, 819_200, unit, 'zh'), unit).toBe(
        '你的答案太小，约为正确答案的 1/1,000,000。请检查单位，或者是否差了 10 的整数次幂。',
      );
    }
    expect(unitScale('toString')).toBeUndefined();
  });

  it('gives the verdicts in Chinese', () => {
    expect(checkNumeric('2.46', 2.46, 0.01, '百万', 'zh')).toMatchObject({ status: 'correct', message: '正确。' });
    expect(checkNumeric('2460000', 2.46, 0.01, '百万', 'zh').message).toMatch(/^还不对。你的答案太大/);
    expect(checkNumeric('abc', 2.46, 0.01, '百万', 'zh').status).toBe('invalid');
    const options = [{ correct: true }, { correct: false }, { correct: true }];
    expect(multipleChoiceMessage(options, [0, 2], 'zh')).toBe('正确。');
    expect(multipleChoiceMessage(options, [0, 1], 'zh')).toBe('还不对：你选的选项中有错的，而且漏选了正确的选项。');
    expect(multipleChoiceMessage(options, [0, 1, 2], 'zh')).toMatch(/有一个是错的/);
    expect(multipleChoiceMessage(options, [0], 'zh')).toMatch(/你选的都对，但还漏选了/);
    expect(choiceError([{ correct: true }], false, 'zh')).toBe('选择题至少需要两个选项。');
    expect(summaryText({ correct: 3, answered: 3, total: 4 }, 'zh')).toBe('共 4 道，答对 3 道');
    expect(summaryText({ correct: 3, answered: 3, total: 4 })).toBe('3 of 4 answered correctly');
  });
});

/** Numeric exercises of a chapter source, by id, with their unit (if any). */
function numericUnits(file: string): Map<string, string | undefined> {
  const text = fs.readFileSync(file, 'utf8');
  const out = new Map<string, string | undefined>();
  for (const m of text.matchAll(/<NumericExercise\b/g)) {
    const rest = text.slice(m.index);
    const props = rest.slice(0, rest.search(/\n\/?>/));
    const id = /\bid="([^"]+)"/.exec(props)?.[1];
    if (id) out.set(id, /\bunit="([^"]+)"/.exec(props)?.[1]);
  }
  return out;
}

describe('the units of the translated exercises', () => {
  const zhDir = path.join(process.cwd(), 'content', 'zh');
  const twins = fs
    .readdirSync(zhDir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => {
      const english = numericUnits(path.join(process.cwd(), 'content', f));
      return [...numericUnits(path.join(zhDir, f))].map(([id, zh]) => ({ id, zh, en: english.get(id) }));
    });

  it('finds the Chinese chapters’ numeric exercises', () => {
    expect(twins.filter((t) => t.zh !== undefined).length).toBeGreaterThanOrEqual(10);
  });

  it.each(twins)('$id: the Chinese unit "$zh" carries the same power of ten as "$en"', ({ zh, en }) => {
    expect(zh === undefined).toBe(en === undefined);
    if (zh === undefined || en === undefined) return;
    expect(unitScale(zh)).toBe(unitScale(en));
    // A % answer takes a typed % sign in both editions.
    expect(zh === '%').toBe(en === '%');
  });
});
