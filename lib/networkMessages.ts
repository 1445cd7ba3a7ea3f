import { messages } from './i18n';

/** Why a network specification or the reader's widths make no network (lib/network.ts). */
export const networkMessages = messages({
  en: {
    input: 'The input size and channels must be positive whole numbers.',
    conv1: 'Conv1 needs a positive whole number of channels, kernel size and stride.',
    noStage: 'The network needs at least one stage.',
    stageChannels: (stage: string, c: number) => `${stage} needs a positive whole number of channels (got ${c}).`,
    stageOdd: (stage: string, c: number) =>
      `${stage} has ${c} channels, an odd number. Its down-sampling unit concatenates two equal branches and its basic units split the channels in half, so every stage width must be even.`,
    stageUnits: (stage: string, n: number) => `${stage} needs at least one unit (got ${n}).`,
    conv5: (c: number) => `Conv5 needs a positive whole number of channels (got ${c}).`,
    classes: (n: number) => `The classifier needs a positive whole number of classes (got ${n}).`,
    notANumber: 'that is not a number',
    got: (n: number) => `got ${n}`,
    stageRange: (stage: number, max: number, why: string) =>
      `Stage${stage} channels must be a whole number from 2 to ${max} (${why}).`,
    conv5Range: (max: number, why: string) => `Conv5 channels must be a whole number from 1 to ${max} (${why}).`,
  },
  zh: {
    input: '输入的尺寸和通道数必须是正整数。',
    conv1: 'Conv1 的通道数、卷积核大小和步长都必须是正整数。',
    noStage: '网络至少需要一个阶段。',
    stageChannels: (stage: string, c: number) => `${stage} 的通道数必须是正整数（输入的是 ${c}）。`,
    stageOdd: (stage: string, c: number) =>
      `${stage} 有 ${c} 个通道，是奇数。它的空间下采样单元拼接两个同样宽的分支，它的基本单元把通道分成两半，所以每个阶段的宽度都必须是偶数。`,
    stageUnits: (stage: string, n: number) => `${stage} 至少需要一个单元（输入的是 ${n}）。`,
    conv5: (c: number) => `Conv5 的通道数必须是正整数（输入的是 ${c}）。`,
    classes: (n: number) => `分类器的类别数必须是正整数（输入的是 ${n}）。`,
    notANumber: '这不是一个数',
    got: (n: number) => `输入的是 ${n}`,
    stageRange: (stage: number, max: number, why: string) =>
      `Stage${stage} 的通道数必须是 2 到 ${max} 之间的整数（${why}）。`,
    conv5Range: (max: number, why: string) => `Conv5 的通道数必须是 1 到 ${max} 之间的整数（${why}）。`,
  },
});
