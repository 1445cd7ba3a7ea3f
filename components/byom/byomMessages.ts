import { messages } from '../../lib/i18n';

/**
 * The texts of "Open your own ShuffleNetV2": the picker, the summary, the own model's input. Why a file
 * is refused is lib/ownModelMessages.ts (the recogniser builds those in the model worker); the facts of
 * the summary are lib/onnxRecognizeSummary.ts.
 */
export const byomMessages = messages({
  en: {
    title: 'Open your own ShuffleNetV2 (.onnx)',
    introStart: 'A ShuffleNetV2 exported from PyTorch (torchvision’s ',
    introEnd: ', any custom widths, ONNX opset 13 to 21) opens in the explorer, op by op, at its own input size.',
    back: 'Back to the book’s model',
    choose: 'Choose a ShuffleNetV2 .onnx file (or drop it here)',
    reading: 'Reading the model…',
    privacy: 'The file never leaves your computer: it is read and run in this browser tab, and nothing is uploaded.',
    refused: (file: string, why: string) => `“${file}”: ${why}`,
    unreadable: (file: string, detail: string) => `“${file}” could not be read (${detail}).`,
    foundIn: (file: string) => `Found in “${file}”, every unit recognised:`,
    foundRegion: (file: string) => `What was found in ${file}`,
    testPicture: 'the built-in test picture',
    yourPicture: (file: string) => `your picture “${file}”`,
    inputCaption: (source: string, size: number, rgb: boolean) =>
      `Input: ${source}, centre-cropped and resized to ${size}×${size}${rgb ? ' RGB' : ''}`,
    inputPreview: (size: number) => `The input, ${size}×${size}`,
    useTestPicture: 'Use the built-in test picture',
    normalisation: 'Normalisation: (pixel/255 − mean) / std, per channel',
    mean: (channel: string) => `Mean ${channel}`,
    std: (channel: string) => `Std ${channel}`,
  },
  zh: {
    title: '打开你自己的 ShuffleNetV2（.onnx）',
    introStart: '从 PyTorch 导出的 ShuffleNetV2（torchvision 的 ',
    introEnd: '，或任意自定义宽度，ONNX opset 13 到 21）可以在网络探索器中按它自己的输入尺寸打开，逐个操作查看。',
    back: '回到本书的模型',
    choose: '选择一个 ShuffleNetV2 .onnx 文件（或把它拖到这里）',
    reading: '正在读取模型…',
    privacy: '文件不会离开你的电脑：它在这个浏览器标签页中读取和运行，不会上传任何内容。',
    refused: (file: string, why: string) => `“${file}”：${why}`,
    unreadable: (file: string, detail: string) => `无法读取“${file}”（${detail}）。`,
    foundIn: (file: string) => `在“${file}”中找到的内容（每个单元都已识别）：`,
    foundRegion: (file: string) => `在 ${file} 中找到的内容`,
    testPicture: '内置的测试图片',
    yourPicture: (file: string) => `你的图片“${file}”`,
    inputCaption: (source: string, size: number, rgb: boolean) =>
      `输入：${source}，居中裁剪并缩放到 ${size}×${size}${rgb ? ' RGB' : ''}`,
    inputPreview: (size: number) => `输入图像，${size}×${size}`,
    useTestPicture: '使用内置的测试图片',
    normalisation: '归一化：每个通道 (pixel/255 − 均值) / 标准差',
    mean: (channel: string) => `均值 ${channel}`,
    std: (channel: string) => `标准差 ${channel}`,
  },
});
