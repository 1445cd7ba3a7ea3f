import { messages } from './i18n';

/** The summary card of a reader's own model (lib/onnxRecognizeSummary.ts), in both editions. */
export const summaryMessages = messages({
  en: {
    published: (width: string) => `ShuffleNetV2 ${width}× (a published width)`,
    custom: () => 'A ShuffleNetV2 of a custom width',
    stage: (stage: number, repeats: number, channels: number, size: string) =>
      `stage${stage}: ${repeats} units (1 down-sampling + ${repeats - 1} basic), ${channels} channels, ${size}`,
    widthOf: (width: string, stages: string, conv5: number) => `${width}×: stage channels ${stages}, conv5 ${conv5}`,
    noWidth: () =>
      'none of the published widths (0.5×, 1.0×, 1.5×, 2.0×: stem 24, conv5 1024 or 2048, 4 + 8 + 4 units)',
    inputValue: (channels: number, size: string, assumed: boolean) =>
      `${channels} channel${channels === 1 ? '' : 's'}, ${size}${assumed ? ' (the file leaves the size open; assumed)' : ''}`,
    stemValue: (kernel: number, stride: number, channels: number, size: string, pooled: string) =>
      `${kernel}×${kernel} conv, stride ${stride}, ${channels} channels, ${size}${pooled ? `; max pool to ${pooled}` : ''}`,
    conv5Value: (channels: number, size: string) => `1×1 conv, ${channels} channels, ${size}`,
    classifierValue: (classes: string) => `global average pool, fully connected to ${classes} classes`,
    fileValue: (opset: number, megabytes: string, folded: boolean) =>
      `ONNX opset ${opset}, ${megabytes} MB; BatchNorm ${folded ? 'folded into the convolutions' : 'kept as separate layers'}`,
    input: () => 'input',
    stem: () => 'stem',
    stages: () => 'stages',
    conv5: () => 'conv5',
    classifier: () => 'classifier',
    channelWidths: () => 'channel widths',
    unitsPerStage: () => 'units per stage',
    parameters: () => 'parameters',
    multiplyAdds: () => 'multiply-adds per image',
    publishedWidth: () => 'published width',
    file: () => 'file',
  },
  zh: {
    published: (width: string) => `ShuffleNetV2 ${width}×（论文发表的宽度）`,
    custom: () => '自定义宽度的 ShuffleNetV2',
    stage: (stage: number, repeats: number, channels: number, size: string) =>
      `阶段 ${stage}：${repeats} 个单元（1 个空间下采样单元 + ${repeats - 1} 个基本单元），${channels} 个通道，${size}`,
    widthOf: (width: string, stages: string, conv5: number) => `${width}×：各阶段通道数 ${stages}，conv5 ${conv5}`,
    noWidth: () =>
      '不是论文发表的任何一种宽度（0.5×、1.0×、1.5×、2.0×：主干 24 个通道，conv5 1024 或 2048 个通道，4 + 8 + 4 个单元）',
    inputValue: (channels: number, size: string, assumed: boolean) =>
      `${channels} 个通道，${size}${assumed ? '（文件没有给出尺寸；这是假定的）' : ''}`,
    stemValue: (kernel: number, stride: number, channels: number, size: string, pooled: string) =>
      `${kernel}×${kernel} 卷积，步长 ${stride}，${channels} 个通道，${size}${pooled ? `；最大池化到 ${pooled}` : ''}`,
    conv5Value: (channels: number, size: string) => `1×1 卷积，${channels} 个通道，${size}`,
    classifierValue: (classes: string) => `全局平均池化，全连接到 ${classes} 个类别`,
    fileValue: (opset: number, megabytes: string, folded: boolean) =>
      `ONNX opset ${opset}，${megabytes} MB；批归一化（BN）${folded ? '已折叠进卷积' : '保留为单独的层'}`,
    input: () => '输入',
    stem: () => '主干（stem）',
    stages: () => '阶段',
    conv5: () => 'conv5',
    classifier: () => '分类器',
    channelWidths: () => '通道数',
    unitsPerStage: () => '每个阶段的单元数',
    parameters: () => '参数量',
    multiplyAdds: () => '每张图像的乘加次数',
    publishedWidth: () => '论文发表的宽度',
    file: () => '文件',
  },
});
