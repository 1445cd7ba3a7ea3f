import { messages } from './i18n';

/**
 * What the exercise checker (lib/exercise.ts) and the progress tally (lib/progress.ts) say to a reader,
 * in both editions. Numbers arrive already formatted, so both languages show them the same way.
 */
export const checkerMessages = messages({
  en: {
    typeFirst: 'Type a number first.',
    notPercent: 'This answer is not a percentage; leave out the % sign.',
    badComma: (raw: string) =>
      `"${raw}" has a comma that is not a thousands separator; use a dot for decimals (1.5, not 1,5).`,
    notNumber: (raw: string) =>
      `"${raw}" is not a number I can read. Type digits only (the unit is given); for example 1234, 1,234, 1.2e3 or 1.2k.`,
    tooLarge: (raw: string) => `"${raw}" is too large.`,
    within: (slack: string) => `within ${slack}`,
    or: ' or ',
    answerSmaller: 'The answer is smaller.',
    answerLarger: 'The answer is larger.',
    notZero: 'The answer is not zero.',
    checkSign: 'Check the sign.',
    nearMiss: (percent: number, tooLarge: boolean) =>
      `Your answer is ${percent}% ${tooLarge ? 'too large' : 'too small'}.`,
    farMiss: (factor: string, tooLarge: boolean) =>
      `Your answer is about ${factor}× ${tooLarge ? 'too large' : 'too small'}.`,
    percentHint: (value: string, percent: string) =>
      ` The answer is a percentage: ${value} as a percentage is ${percent}%.`,
    unitHint: (unit: string, value: string, inUnit: string) =>
      ` The answer is asked in ${unit}s: ${value} is ${inUnit} ${unit}.`,
    powerOfTenHint: ' Check the units, or a power of ten.',
    correct: 'Correct.',
    notQuite: (miss: string) => `Not quite. ${miss}`,
    tooFewOptions: 'A choice exercise needs at least two options.',
    multipleNeedsRight: 'A multiple-choice exercise needs at least one correct option.',
    singleNeedsOneRight: 'A single-choice exercise needs exactly one correct option.',
    wrongAndMissing: 'Not quite: some of your choices are wrong, and a right option is missing.',
    wrongChosen: 'Not quite: your choices include a wrong one. Its explanation says why.',
    rightMissing: 'Not quite: everything you chose is right, but a right option is missing.',
    answeredOf: (correct: number, total: number) => `${correct} of ${total} answered correctly`,
  },
  zh: {
    typeFirst: '请先输入一个数。',
    notPercent: '这道题的答案不是百分数，请去掉 % 号。',
    badComma: (raw: string) => `“${raw}”中的逗号不是千位分隔符；小数请用小数点（写 1.5，不写 1,5）。`,
    notNumber: (raw: string) =>
      `无法把“${raw}”读成一个数。请只输入数字（单位已经给出），例如 1234、1,234、1.2e3、1.2k 或 12万。`,
    tooLarge: (raw: string) => `“${raw}”太大了。`,
    within: (slack: string) => `允许误差 ${slack}`,
    or: ' 或 ',
    answerSmaller: '答案更小。',
    answerLarger: '答案更大。',
    notZero: '答案不是零。',
    checkSign: '请检查正负号。',
    nearMiss: (percent: number, tooLarge: boolean) => `你的答案${tooLarge ? '大' : '小'}了 ${percent}%。`,
    farMiss: (factor: string, tooLarge: boolean) =>
      tooLarge ? `你的答案太大，约为正确答案的 ${factor} 倍。` : `你的答案太小，约为正确答案的 1/${factor}。`,
    percentHint: (value: string, percent: string) => `答案是一个百分数：${value} 写成百分数是 ${percent}%。`,
    unitHint: (unit: string, value: string, inUnit: string) =>
      `题目要求以“${unit}”为单位：${value} 即 ${inUnit} ${unit}。`,
    powerOfTenHint: '请检查单位，或者是否差了 10 的整数次幂。',
    correct: '正确。',
    notQuite: (miss: string) => `还不对。${miss}`,
    tooFewOptions: '选择题至少需要两个选项。',
    multipleNeedsRight: '多选题至少需要一个正确选项。',
    singleNeedsOneRight: '单选题需要恰好一个正确选项。',
    wrongAndMissing: '还不对：你选的选项中有错的，而且漏选了正确的选项。',
    wrongChosen: '还不对：你选的选项中有一个是错的，它的解释说明了原因。',
    rightMissing: '还不对：你选的都对，但还漏选了正确的选项。',
    answeredOf: (correct: number, total: number) => `共 ${total} 道，答对 ${correct} 道`,
  },
});
