import { messages } from './i18n';

/** Why C and g make no channel shuffle (lib/shuffle.ts shuffleError). */
export const shuffleMessages = messages({
  en: {
    channelsPositive: (c: number) => `C must be a positive whole number (got ${c}).`,
    groupsPositive: (g: number) => `g must be a positive whole number (got ${g}).`,
    notDividing: (g: number, c: number, perGroup: number) =>
      `g = ${g} does not divide C = ${c}: the reshape to (g, C/g) = (${g}, ${c}/${g} ≈ ${perGroup}) would need a fractional number of channels per group.`,
  },
  zh: {
    channelsPositive: (c: number) => `C 必须是正整数（输入的是 ${c}）。`,
    groupsPositive: (g: number) => `g 必须是正整数（输入的是 ${g}）。`,
    notDividing: (g: number, c: number, perGroup: number) =>
      `g = ${g} 不能整除 C = ${c}：reshape 为 (g, C/g) = (${g}, ${c}/${g} ≈ ${perGroup}) 时，每组的通道数将不是整数。`,
  },
});
