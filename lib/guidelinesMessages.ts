import { messages } from './i18n';

/** The texts lib/guidelines.ts builds for the G1–G4 calculators: structure names, errors, op labels. */
export const guidelinesLibMessages = messages({
  en: {
    oneFragment: '1-fragment',
    fragments: (n: number, layout: string) => `${n}-fragment-${layout}`,
    series: 'series',
    parallel: 'parallel',
    widthError: (c: number) => `The width must be a positive whole number (got ${c}).`,
    parallelError: (n: number, c: number) =>
      `${n} parallel fragments each produce c/${n} channels, so ${n} must divide c = ${c}.`,
    conv1x1: (cin: number, cout: number) => `1×1 conv ${cin}→${cout}`,
    conv3x3: (cin: number, cout: number) => `3×3 conv ${cin}→${cout}`,
    addShortcut: 'Add (shortcut)',
    relu: (i: number) => `ReLU ${i}`,
  },
  zh: {
    oneFragment: '单碎片',
    fragments: (n: number, layout: string) => `${n} 碎片${layout}`,
    series: '串联',
    parallel: '并联',
    widthError: (c: number) => `宽度必须是正整数（当前为 ${c}）。`,
    parallelError: (n: number, c: number) => `${n} 个并联碎片各输出 c/${n} 个通道，所以 ${n} 必须整除 c = ${c}。`,
    conv1x1: (cin: number, cout: number) => `1×1 卷积 ${cin}→${cout}`,
    conv3x3: (cin: number, cout: number) => `3×3 卷积 ${cin}→${cout}`,
    addShortcut: 'Add（捷径）',
    relu: (i: number) => `ReLU ${i}`,
  },
});
