import { messages, type Locale } from './i18n';

/**
 * Why a value cannot be recomputed (lib/valueComputation.ts), in both editions: the explorer's value
 * panel shows these. The errors keep their English text as their message.
 */
export const valueMessages = messages({
  en: {
    notMap: (dims: string) => `expected a batch-1 map or vector, got dims ${dims}`,
    outside: (channel: number, row: number, column: number, size: string) =>
      `position (channel ${channel}, row ${row}, column ${column}) is outside ${size}`,
    missingInput: (name: string) => `the input tensor "${name}" is missing`,
    noWindow: (layer: string) => `${layer}: the manifest does not give the max pool's window`,
    allPadding: (layer: string, row: number, column: number) =>
      `${layer}: the window at row ${row}, column ${column} is all padding`,
    notDescribed: (layer: string) => `the manifest does not say how "${layer}" is computed`,
    weightsNeeded: (layer: string) => `${layer}: its weights are needed`,
  },
  zh: {
    notMap: (dims: string) => `需要批大小为 1 的特征图或向量，得到的维度是 ${dims}`,
    outside: (channel: number, row: number, column: number, size: string) =>
      `位置（通道 ${channel}，第 ${row} 行，第 ${column} 列）超出了 ${size} 的范围`,
    missingInput: (name: string) => `缺少输入张量“${name}”`,
    noWindow: (layer: string) => `${layer}：模型清单没有给出最大池化的窗口`,
    allPadding: (layer: string, row: number, column: number) => `${layer}：第 ${row} 行、第 ${column} 列的窗口全是填充`,
    notDescribed: (layer: string) => `模型清单没有说明“${layer}”是怎样计算的`,
    weightsNeeded: (layer: string) => `${layer}：需要它的权重`,
  },
});

type Texts = (typeof valueMessages)['en'];
type Code = keyof Texts;
export type ValueProblem = { [K in Code]: { code: K; args: Parameters<Texts[K]> } }[Code];

/** A value that cannot be recomputed, as code and parameters; its message is the English text. */
export class ValueError extends RangeError {
  constructor(readonly problem: ValueProblem) {
    super(valueProblemText(problem, 'en'));
    this.name = 'ValueError';
  }
}

/** Builds the error with its parameters checked against the texts. */
export function valueError<K extends Code>(code: K, ...args: Parameters<Texts[K]>): ValueError {
  return new ValueError({ code, args } as ValueProblem);
}

export function valueProblemText(p: ValueProblem, locale: Locale): string {
  return (valueMessages[locale][p.code] as (...a: unknown[]) => string)(...p.args);
}
