import { messages } from './i18n';

/** Why a width makes no chain of basic units (lib/mixing.ts mixingError). */
export const mixingMessages = messages({
  en: {
    atLeastTwo: (c: number) => `C must be a whole number of at least 2 (got ${c}).`,
    odd: (c: number) => `A basic unit splits its channels in half, so C must be even (got ${c}).`,
  },
  zh: {
    atLeastTwo: (c: number) => `C 必须是不小于 2 的整数（输入的是 ${c}）。`,
    odd: (c: number) => `基本单元把通道分成两半，所以 C 必须是偶数（输入的是 ${c}）。`,
  },
});
