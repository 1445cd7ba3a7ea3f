import { messages } from './i18n';

/** Why the sizes a reader typed into a unit's fields cannot be read (lib/units.ts; unitError's texts: unitCheckMessages). */
export const unitsMessages = messages({
  en: {
    enterValue: (name: string) => `Enter a value for ${name}.`,
    notWhole: (name: string, text: string) => `${name} must be a whole number (got “${text}”).`,
    atLeastOne: (name: string, n: number) => `${name} must be at least 1 (got ${n}).`,
    capped: (name: string, max: number, n: number) =>
      `${name} is capped at ${max} here to keep the numbers readable (got ${n}).`,
    tryTwo: 'try 2',
    tryNeighbours: (below: number, above: number) => `try ${below} or ${above}`,
    oddC: (c: number, hint: string) =>
      `C = ${c} is odd. The channel split gives each branch exactly half of the channels, so C must be even (${hint}).`,
    oddCout: (c: number, hint: string) =>
      `C_out = ${c} is odd. The output is the concatenation of two branches of C_out/2 channels each, so C_out must be even (${hint}).`,
  },
  zh: {
    enterValue: (name: string) => `请输入 ${name} 的值。`,
    notWhole: (name: string, text: string) => `${name} 必须是整数（输入的是“${text}”）。`,
    atLeastOne: (name: string, n: number) => `${name} 至少为 1（输入的是 ${n}）。`,
    capped: (name: string, max: number, n: number) => `为了让数字易读，这里 ${name} 最大为 ${max}（输入的是 ${n}）。`,
    tryTwo: '可以试试 2',
    tryNeighbours: (below: number, above: number) => `可以试试 ${below} 或 ${above}`,
    oddC: (c: number, hint: string) =>
      `C = ${c} 是奇数。通道分割给每个分支恰好一半的通道，所以 C 必须是偶数（${hint}）。`,
    oddCout: (c: number, hint: string) =>
      `C_out = ${c} 是奇数。输出由两个各有 C_out/2 个通道的分支拼接而成，所以 C_out 必须是偶数（${hint}）。`,
  },
});
