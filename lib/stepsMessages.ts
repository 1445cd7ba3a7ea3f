import { messages } from './i18n';

/**
 * The explorer's words for the network's steps and ops (lib/steps.ts, lib/opNames.ts,
 * lib/overview.ts): titles, what each step computes, the overview's short labels and groups.
 */
export const stepsMessages = messages({
  en: {
    unitTitle: (stage: number, unit: number, down: boolean) =>
      `Stage ${stage}, unit ${unit} (${down ? 'down-sampling' : 'basic'})`,
    describeBasic: (channels: number, half: number, rest: number, size: string, outSize: string) =>
      `split ${channels} channels into ${half} untouched + ${rest} through the branch, concat, shuffle; ${size} stays ${outSize}`,
    describeDown: (channels: number, out: number, size: string, outSize: string) =>
      `two branches on all ${channels} channels at stride 2, concat to ${out} channels, shuffle; ${size} → ${outSize}`,
    inputTitle: 'Input image',
    inputRgb: (size: string, channels: number) =>
      `the ${size} picture, ${channels} channels, each normalised as (pixel/255 − its mean) / its std`,
    inputGray: (size: string, mean: number, std: number) =>
      `the ${size} picture, normalised as (pixel/255 − ${mean}) / ${std}`,
    stemTitle: 'Stem convolution',
    stemOperation: (kernel: number, stride: number, filters: number) =>
      `${kernel}×${kernel} convolution, stride ${stride}, ${filters} filters, BN, ReLU`,
    maxPoolTitle: 'Max pool',
    maxPoolOperation: (kernel: number, stride: number) =>
      `${kernel}×${kernel} max pool, stride ${stride}: the largest value of each window`,
    conv5Operation: (channels: number) => `1×1 convolution to ${channels} channels, BN, ReLU`,
    poolTitle: 'Global average pool',
    poolOperation: (maps: number, size: string) => `the mean of each of the ${maps} maps over its ${size} positions`,
    fcTitle: 'Fully connected layer (logits)',
    fcOperation: (inputs: number, classes: number) =>
      `${inputs} → ${classes} weighted sums plus biases, one score per class`,
    softmaxTitle: 'Softmax (class probabilities)',
    softmaxOperation: 'exponentiate the scores and divide by their sum',
    splitLabel: (channels: number, half: number) => `channel split: ${channels} channels into two halves of ${half}`,
    basicLeft: 'untouched half',
    basicRight: 'branch',
    downLeft: 'left branch',
    downRight: 'right branch',
    branchHalf: 'half entering the branch',
    opTitle: (stage: number, unit: number, where: string, label: string) =>
      `Stage ${stage}, unit ${unit}${where ? ` · ${where}` : ''} · ${label}`,
    shortInput: 'in',
    shortStem: 'stem',
    shortPool: 'pool',
    shortSoftmax: 'soft',
    shortSplit: 'split',
    shortConcat: 'cat',
    shortShuffle: 'shuf',
    shortDw: 'dw',
    groupIn: 'In',
    groupStage: (stage: number) => `Stage ${stage}`,
    groupHead: 'Head',
  },
  zh: {
    unitTitle: (stage: number, unit: number, down: boolean) =>
      `阶段 ${stage}，单元 ${unit}（${down ? '空间下采样单元' : '基本单元'}）`,
    describeBasic: (channels: number, half: number, rest: number, size: string, outSize: string) =>
      `把 ${channels} 个通道分割为保持不变的 ${half} 个和进入分支的 ${rest} 个，拼接，混洗；${size} 保持为 ${outSize}`,
    describeDown: (channels: number, out: number, size: string, outSize: string) =>
      `两个分支都以步长 2 处理全部 ${channels} 个通道，拼接为 ${out} 个通道，混洗；${size} → ${outSize}`,
    inputTitle: '输入图像',
    inputRgb: (size: string, channels: number) =>
      `${size} 的图片，${channels} 个通道，每个通道按 (像素/255 − 该通道均值) / 该通道标准差 归一化`,
    inputGray: (size: string, mean: number, std: number) => `${size} 的图片，按 (像素/255 − ${mean}) / ${std} 归一化`,
    stemTitle: '起始层（stem）',
    stemOperation: (kernel: number, stride: number, filters: number) =>
      `${kernel}×${kernel} 卷积，步长 ${stride}，${filters} 个卷积核，BN，ReLU`,
    maxPoolTitle: '最大池化',
    maxPoolOperation: (kernel: number, stride: number) =>
      `${kernel}×${kernel} 最大池化，步长 ${stride}：取每个窗口中的最大值`,
    conv5Operation: (channels: number) => `1×1 卷积到 ${channels} 个通道，BN，ReLU`,
    poolTitle: '全局平均池化',
    poolOperation: (maps: number, size: string) => `${maps} 张特征图各自在其 ${size} 个位置上的均值`,
    fcTitle: '全连接层（logits）',
    fcOperation: (inputs: number, classes: number) => `${inputs} → ${classes} 个加权和再加偏置，每个类别一个分数`,
    softmaxTitle: 'softmax（类别概率）',
    softmaxOperation: '对分数取指数，再除以它们的和',
    splitLabel: (channels: number, half: number) => `通道分割：${channels} 个通道分成两半，每半 ${half} 个`,
    basicLeft: '保持不变的一半',
    basicRight: '分支',
    downLeft: '左分支',
    downRight: '右分支',
    branchHalf: '进入分支的一半',
    opTitle: (stage: number, unit: number, where: string, label: string) =>
      `阶段 ${stage}，单元 ${unit}${where ? ` · ${where}` : ''} · ${label}`,
    shortInput: '输入',
    shortStem: '起始',
    shortPool: '池化',
    shortSoftmax: 'softmax',
    shortSplit: '分割',
    shortConcat: '拼接',
    shortShuffle: '混洗',
    shortDw: '深度',
    groupIn: '输入',
    groupStage: (stage: number) => `阶段 ${stage}`,
    groupHead: '输出头',
  },
});

/** The op names of lib/opNames.ts. */
export const opNameMessages = messages({
  en: {
    split: 'channel split',
    identity: 'identity (untouched)',
    conv1x1: '1×1 conv',
    groupConv: (groups: number) => `1×1 group conv (g = ${groups})`,
    dwconv: (stride: number) => `3×3 depthwise conv${stride > 1 ? `, stride ${stride}` : ''}`,
    avgpool: (stride: number) => `3×3 average pool${stride > 1 ? `, stride ${stride}` : ''}`,
    concat: 'concat',
    add: 'Add',
    shuffle: (groups: number) => `channel shuffle (g = ${groups})`,
    thenRelu: (name: string) => `${name}, then ReLU`,
  },
  zh: {
    split: '通道分割',
    identity: '恒等（保持不变）',
    conv1x1: '1×1 卷积',
    groupConv: (groups: number) => `1×1 分组卷积（g = ${groups}）`,
    dwconv: (stride: number) => `3×3 深度卷积${stride > 1 ? `，步长 ${stride}` : ''}`,
    avgpool: (stride: number) => `3×3 平均池化${stride > 1 ? `，步长 ${stride}` : ''}`,
    concat: '拼接',
    add: '逐元素相加（Add）',
    shuffle: (groups: number) => `通道混洗（g = ${groups}）`,
    thenRelu: (name: string) => `${name}，然后 ReLU`,
  },
});
