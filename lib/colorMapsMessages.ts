import { messages } from './i18n';

/** A colour map in words, for a colour scale's text alternative (lib/colorMaps.ts schemeWords). */
export const colorMapsMessages = messages({
  en: {
    diverging: (lo: string, hi: string) => `purple is ${lo}, white is 0, green is ${hi}`,
    sequential: (lo: string, hi: string) => `dark purple is ${lo}, through blue and green to yellow at ${hi}`,
    grey: (lo: string, hi: string) => `black is ${lo}, white is ${hi}, grey in between`,
  },
  zh: {
    diverging: (lo: string, hi: string) => `紫色为 ${lo}，白色为 0，绿色为 ${hi}`,
    sequential: (lo: string, hi: string) => `深紫色为 ${lo}，经蓝色、绿色渐变到黄色为 ${hi}`,
    grey: (lo: string, hi: string) => `黑色为 ${lo}，白色为 ${hi}，中间为灰色`,
  },
});
