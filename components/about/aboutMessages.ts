import { messages } from '../../lib/i18n';

/** "About this model": the headings and sentences around the numbers read from a model's manifest. */
export const aboutMessages = messages({
  en: {
    title: (model: string) => `About this model: ${model}`,
    architecture: 'Architecture',
    imagesWith: (h: number, w: number, c: number) =>
      `A ShuffleNetV2 for ${h}×${w} images with ${c} channel${c > 1 ? 's' : ''}: a `,
    stem: (kernel: number, stride: number, channels: number) =>
      `${kernel}×${kernel} convolution (stride ${stride}) to ${channels} channels, then `,
    stage: (channels: number, h: number, w: number, repeats: number) =>
      `${channels} channels at ${h}×${w} (${repeats} units)`,
    listSeparator: ', ',
    head: (channels: number, classes: number) =>
      `, a 1×1 convolution to ${channels} channels, global average pooling and ${classes} classes. `,
    costs: (params: string, multiplyAdds: string) =>
      `${params} parameters and ${multiplyAdds} multiply-adds per image.`,
    data: 'Data',
    trainedOn: 'Trained on ',
    testedOn: '; tested on ',
    end: '.',
    training: 'Training',
    epochs: (epochs: number) => `${epochs} epochs, `,
    augmentation: ' Augmentation: ',
    accuracy: 'Accuracy',
    accuracyText: (percent: string, images: string) => `${percent} % of ${images} test images classified correctly.`,
    howObtained: 'How each of these numbers is obtained: ',
    howNumbers: 'How this book computes its numbers',
  },
  zh: {
    title: (model: string) => `关于这个模型：${model}`,
    architecture: '架构',
    imagesWith: (h: number, w: number, c: number) => `一个用于 ${h}×${w}、${c} 通道图像的 ShuffleNetV2：先是一个`,
    stem: (kernel: number, stride: number, channels: number) =>
      ` ${kernel}×${kernel} 卷积（步长 ${stride}），输出 ${channels} 个通道；然后是 `,
    stage: (channels: number, h: number, w: number, repeats: number) =>
      `${h}×${w} 上的 ${channels} 个通道（${repeats} 个单元）`,
    listSeparator: '，',
    head: (channels: number, classes: number) =>
      `；再接一个输出 ${channels} 个通道的 1×1 卷积、全局平均池化和 ${classes} 个类别。`,
    costs: (params: string, multiplyAdds: string) => `参数量 ${params}，每张图像 ${multiplyAdds} 次乘加。`,
    data: '数据',
    trainedOn: '训练数据：',
    testedOn: '；测试数据：',
    end: '。',
    training: '训练',
    epochs: (epochs: number) => `${epochs} 个 epoch，`,
    augmentation: ' 数据增强：',
    accuracy: '准确率',
    accuracyText: (percent: string, images: string) => `${images} 张测试图像中有 ${percent} % 分类正确。`,
    howObtained: '这些数字各自是怎样得到的：',
    howNumbers: '本书的数字从何而来',
  },
});
