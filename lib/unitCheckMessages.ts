import { messages } from './i18n';

/** Why a shuffle, a V2 unit or a V1 unit cannot be built with the reader's settings (lib/shuffle.ts, lib/units.ts, lib/v1.ts). */
export const unitCheckMessages = messages({
  en: {
    positive: (name: string, v: number) => `${name} must be a positive whole number (got ${v}).`,
    channels: 'channels',
    outputChannels: 'output channels',
    shuffleIndivisible: (g: number, c: number, perGroup: number) =>
      `g = ${g} does not divide C = ${c}: the reshape to (g, C/g) = (${g}, ${c}/${g} ≈ ${perGroup}) would need a fractional number of channels per group.`,
    basicOdd: (c: number) => `A basic unit splits its ${c} channels in half, so C must be even.`,
    basicWidth: (c: number) => `A basic unit keeps its width: output channels equal input channels (${c}).`,
    downOdd: (cout: number) =>
      `A down-sampling unit concatenates two equal branches, so its output channels must be even (got ${cout}).`,
    stride: (s: number) => `stride must be 1 or 2 (got ${s}).`,
    ratio: (r: number) => `the bottleneck ratio must be between 0 and 4 (got ${r}).`,
    v1Stride1: (c: number) =>
      `A stride-1 V1 unit adds its shortcut to the branch, so output channels must equal input channels (${c}).`,
    v1Stride2: (cout: number, c: number) =>
      `A stride-2 V1 unit concatenates the pooled input with the branch, so it needs more output (${cout}) than input (${c}) channels.`,
    v1Bottleneck: (ratio: number, cout: number, b: number) =>
      `The bottleneck is ${ratio} × ${cout} output channels = ${b}, not a whole number of channels.`,
    v1GroupsInput: (g: number, c: number) =>
      `g = ${g} does not divide the ${c} input channels of the first 1×1 group conv.`,
    v1GroupsBottleneck: (g: number, b: number, ratio: number, cout: number) =>
      `g = ${g} does not divide the bottleneck width ${b} (= ${ratio} × ${cout}): the group convs and the shuffle need whole groups.`,
    v1GroupsOutput: (g: number, out: number) =>
      `g = ${g} does not divide the ${out} output channels of the second 1×1 group conv.`,
  },
  zh: {
    positive: (name: string, v: number) => `${name} 必须是正整数（当前为 ${v}）。`,
    channels: '通道数',
    outputChannels: '输出通道数',
    shuffleIndivisible: (g: number, c: number, perGroup: number) =>
      `g = ${g} 不能整除 C = ${c}：重排为 (g, C/g) = (${g}, ${c}/${g} ≈ ${perGroup}) 时，每组的通道数不是整数。`,
    basicOdd: (c: number) => `基本单元把它的 ${c} 个通道一分为二，所以 C 必须是偶数。`,
    basicWidth: (c: number) => `基本单元保持宽度不变：输出通道数等于输入通道数（${c}）。`,
    downOdd: (cout: number) => `空间下采样单元拼接两个相同宽度的分支，所以输出通道数必须是偶数（当前为 ${cout}）。`,
    stride: (s: number) => `步长必须是 1 或 2（当前为 ${s}）。`,
    ratio: (r: number) => `瓶颈比例必须在 0 到 4 之间（当前为 ${r}）。`,
    v1Stride1: (c: number) => `步长为 1 的 V1 单元把捷径与分支相加，所以输出通道数必须等于输入通道数（${c}）。`,
    v1Stride2: (cout: number, c: number) =>
      `步长为 2 的 V1 单元把池化后的输入与分支拼接，所以输出通道数（${cout}）必须多于输入通道数（${c}）。`,
    v1Bottleneck: (ratio: number, cout: number, b: number) =>
      `瓶颈宽度为 ${ratio} × ${cout} 个输出通道 = ${b}，不是整数个通道。`,
    v1GroupsInput: (g: number, c: number) => `g = ${g} 不能整除第一个 1×1 分组卷积的 ${c} 个输入通道。`,
    v1GroupsBottleneck: (g: number, b: number, ratio: number, cout: number) =>
      `g = ${g} 不能整除瓶颈宽度 ${b}（= ${ratio} × ${cout}）：分组卷积和混洗都需要完整的分组。`,
    v1GroupsOutput: (g: number, out: number) => `g = ${g} 不能整除第二个 1×1 分组卷积的 ${out} 个输出通道。`,
  },
});
