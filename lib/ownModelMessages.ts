import { messages, type Locale } from './i18n';

/**
 * Why a reader's own model cannot be opened, in both editions. The recogniser runs in the model
 * worker, which does not know the page's language: it builds each refusal as a code and parameters
 * (`ownProblem`), where a parameter may itself be a phrase (what was expected, what was found), and
 * the page says it in its edition's words (`ownProblemText`). The English text is the error's message.
 * A leaf module (only lib/i18n.ts): the explorer page imports it without the recogniser.
 */
const nodesEn = (descs: readonly string[]) =>
  descs.length === 0 ? 'nothing (the tensor is not used)' : descs.join(' and ');
const nodesZh = (descs: readonly string[]) =>
  descs.length === 0 ? '没有任何操作（这个张量没有被使用）' : descs.join(' 和 ');

export const ownModelMessages = messages({
  en: {
    // refusals
    notOnnx: (detail: string) => `This file is not an ONNX model (it could not be decoded: ${detail}).`,
    notOnnxEmpty: () => 'This file is not an ONNX model (it has no graph, no IR version or no opset).',
    tooLarge: (size: string, max: string) =>
      `The file is ${size}; the explorer opens models up to ${max} (the largest ShuffleNetV2, 2.0×, is about 30 MB).`,
    fileTooLarge: (fileName: string, size: string, max: string) =>
      `“${fileName}” is ${size}; the explorer opens files up to ${max} (a browser tab holds several copies of the model while it runs). ShuffleNetV2 2.0× is about 29 MB.`,
    unsupportedOpset: (opset: string, min: number, max: number) =>
      `The model uses ONNX opset ${opset || 'of no default domain'}; the explorer reads opsets ${min} to ${max}. Export again with torch.onnx.export(…, opset_version=17).`,
    externalWeights: (name: string) =>
      `The weights of "${name}" are stored in a separate file; export the model into one .onnx file.`,
    foreignOp: (domain: string, op: string, name: string) =>
      `The model uses the operator ${domain}.${op} ("${name}"), which the explorer's runtime does not know. Export without runtime-specific optimisations.`,
    unsupportedNode: (op: string, name: string, why: string) =>
      `The model uses ${op} ("${name}")${why}, which is not part of a ShuffleNetV2 and which the explorer cannot show.`,
    notShuffleNet: (expected: string, found: string) =>
      `This is not a ShuffleNetV2: expected ${expected}, but found ${found}.`,
    noWeights: () =>
      'The file describes a ShuffleNetV2 but holds no weights, so it cannot run. Export it again with its weights.',
    cannotOpen: (reason: string) => `The runtime could not open the model: ${reason}`,
    failedToRun: (reason: string) => `The model was recognised but failed to run: ${reason}`,
    couldNotOpen: (reason: string) => `The model could not be opened: ${reason}`,
    cannotOpenFiles: () => 'This worker cannot open model files.',
    // why an op cannot be shown (after its name)
    whyNone: () => '',
    whyNeither: (input: string) => ` with an input "${input}" that is neither a feature map nor a constant`,
    whyPosition: () => ' on a feature map in an unexpected position',
    whyNot4d: () => ' with weights that are not a 4-D initializer',
    whyNot2d: () => ' with weights that are not a 2-D initializer',
    whyConstant: () => ' joining a feature map with a constant',
    whyStep: () => ' with a step other than 1',
    // what was expected
    oneImageInput: () => 'one image input',
    float32Input: () => 'a float32 image input',
    nchwInput: () => 'an N×C×H×W image input',
    stemConv: () => 'a convolution (the stem) reading the image',
    stemRelu: () => 'the stem convolution to be followed by a ReLU',
    unitsAfterStem: () => 'ShuffleNetV2 units after the stem',
    downOpensStage: () => 'a down-sampling unit (two branches) to open the first stage',
    splitOrBranches: (unit: string) =>
      `${unit}: a channel split (Split, or two Slices from chunk) or two branches reading the same tensor`,
    firstHalfToConcat: (unit: string) => `the first half of ${unit}'s split to go straight to the concat`,
    convOnSecondHalf: (unit: string) => `a 1×1 convolution on the second half of ${unit}'s split`,
    branchToBe: (unit: string, ops: string) => `the branch of ${unit} to be ${ops}`,
    leftBranchToBe: (unit: string, ops: string) => `the left branch of ${unit} to be ${ops}`,
    rightBranchToBe: (unit: string, ops: string) => `the right branch of ${unit} to be ${ops}`,
    pathsMeet: (unit: string) =>
      `${unit}'s two paths to meet in a channel concat (untouched half or left branch first)`,
    shuffleAfterConcat: (unit: string) =>
      `a channel shuffle (Reshape → Transpose → Reshape) after the concat of ${unit}`,
    concatUnits: () => 'units that concatenate their two branches',
    conv5Conv: () => 'conv5 (a 1×1 convolution) after the last unit',
    conv5Chain: () => 'conv5: one 1×1 conv-BN-ReLU after the last unit',
    globalPoolAfterConv5: () => 'a global average pool (ReduceMean over H and W, or GlobalAveragePool) after conv5',
    flattenAfterPool: () => 'a flatten after the global pool',
    globalPoolWhole: () => 'a global average pool over the whole feature map',
    fcAfterPool: () => 'a fully connected classifier (Gemm, or MatMul + Add) after the pool',
    classifierIsOutput: () => 'the classifier to be the graph output',
    onlyShuffleNet: () => 'nothing but the ShuffleNetV2 layers on the data path',
    // what was found
    nodes: nodesEn,
    ops: (chain: string) => chain,
    inputsFound: (count: number, names: string) => `${count} inputs (${names})`,
    otherElementType: () => 'an input of another element type',
    dimsFound: (count: number) => `an input with ${count} dimensions`,
    basicUnitFound: () => 'a basic unit (a channel split)',
    shuffleFound: (grouped: string, perm: string, out: string) =>
      `a reshape to (${grouped}), a transpose (${perm}) and a reshape to (${out})`,
    residualAdd: (name: string) =>
      `element-wise Add on the data path ("${name}" adds two feature maps): residual connections, which ShuffleNetV2 units do not have`,
    elementwise: (op: string, name: string) =>
      `element-wise ${op} of two feature maps ("${name}"), e.g. attention gating, which ShuffleNetV2 units do not have`,
    poolTo: (shape: string) => `a pool to (${shape})`,
    graphOutputs: (names: string) => `graph outputs ${names}`,
    moreOps: (count: number, nodes: string) => `${count} more op(s): ${nodes}`,
  },
  zh: {
    notOnnx: (detail: string) => `这个文件不是 ONNX 模型（无法解码：${detail}）。`,
    notOnnxEmpty: () => '这个文件不是 ONNX 模型（它没有计算图、没有 IR 版本或没有 opset）。',
    tooLarge: (size: string, max: string) =>
      `这个文件有 ${size}；网络探索器最多打开 ${max} 的模型（最大的 ShuffleNetV2，2.0×，约 30 MB）。`,
    fileTooLarge: (fileName: string, size: string, max: string) =>
      `“${fileName}”有 ${size}；网络探索器最多打开 ${max} 的文件（模型运行时，浏览器标签页里要同时保存它的好几份副本）。ShuffleNetV2 2.0× 约 29 MB。`,
    unsupportedOpset: (opset: string, min: number, max: number) =>
      `这个模型使用的 ONNX opset 是${opset ? ` ${opset}` : '（没有默认域的 opset）'}；网络探索器支持 opset ${min} 到 ${max}。请用 torch.onnx.export(…, opset_version=17) 重新导出。`,
    externalWeights: (name: string) => `“${name}”的权重保存在另一个文件里；请把模型导出为单个 .onnx 文件。`,
    foreignOp: (domain: string, op: string, name: string) =>
      `这个模型使用了算子 ${domain}.${op}（“${name}”），网络探索器的运行时不认识它。请在导出时不要做针对特定运行时的优化。`,
    unsupportedNode: (op: string, name: string, why: string) =>
      `这个模型使用了 ${op}（“${name}”）${why}，它不属于 ShuffleNetV2，网络探索器也无法显示它。`,
    notShuffleNet: (expected: string, found: string) => `这不是 ShuffleNetV2。预期：${expected}；实际发现：${found}。`,
    noWeights: () => '这个文件描述了一个 ShuffleNetV2，但不含权重，所以无法运行。请连同权重重新导出。',
    cannotOpen: (reason: string) => `运行时无法打开这个模型：${reason}`,
    failedToRun: (reason: string) => `模型已识别，但运行失败：${reason}`,
    couldNotOpen: (reason: string) => `无法打开这个模型：${reason}`,
    cannotOpenFiles: () => '这个 Worker 不能打开模型文件。',
    whyNone: () => '',
    whyNeither: (input: string) => `，其输入“${input}”既不是特征图也不是常量`,
    whyPosition: () => '，作用在一个位置出乎意料的特征图上',
    whyNot4d: () => '，其权重不是 4 维的 initializer',
    whyNot2d: () => '，其权重不是 2 维的 initializer',
    whyConstant: () => '，把特征图和一个常量拼接在一起',
    whyStep: () => '，步长（step）不是 1',
    oneImageInput: () => '一个图像输入',
    float32Input: () => '一个 float32 图像输入',
    nchwInput: () => '一个 N×C×H×W 的图像输入',
    stemConv: () => '一个读取图像的卷积（主干 stem）',
    stemRelu: () => '起始层卷积之后跟一个 ReLU',
    unitsAfterStem: () => '主干之后是 ShuffleNetV2 的单元',
    downOpensStage: () => '第一个阶段以空间下采样单元（两个分支）开始',
    splitOrBranches: (unit: string) =>
      `${unit}：一次通道分割（Split，或 chunk 产生的两个 Slice），或者读取同一个张量的两个分支`,
    firstHalfToConcat: (unit: string) => `${unit} 分割出的前一半直接进入拼接`,
    convOnSecondHalf: (unit: string) => `${unit} 分割出的后一半上的一个 1×1 卷积`,
    branchToBe: (unit: string, ops: string) => `${unit} 的分支是 ${ops}`,
    leftBranchToBe: (unit: string, ops: string) => `${unit} 的左分支是 ${ops}`,
    rightBranchToBe: (unit: string, ops: string) => `${unit} 的右分支是 ${ops}`,
    pathsMeet: (unit: string) => `${unit} 的两条路径在一次通道拼接中汇合（保持不变的一半或左分支在前）`,
    shuffleAfterConcat: (unit: string) => `${unit} 的拼接之后是一次通道混洗（Reshape → Transpose → Reshape）`,
    concatUnits: () => '把两个分支拼接起来的单元',
    conv5Conv: () => '最后一个单元之后是 conv5（一个 1×1 卷积）',
    conv5Chain: () => 'conv5：最后一个单元之后是一个 1×1 conv-BN-ReLU',
    globalPoolAfterConv5: () => 'conv5 之后是全局平均池化（在 H 和 W 上做 ReduceMean，或 GlobalAveragePool）',
    flattenAfterPool: () => '全局池化之后是一次展平（flatten）',
    globalPoolWhole: () => '在整张特征图上做全局平均池化',
    fcAfterPool: () => '池化之后是全连接分类器（Gemm，或 MatMul + Add）',
    classifierIsOutput: () => '分类器就是计算图的输出',
    onlyShuffleNet: () => '数据路径上只有 ShuffleNetV2 的层',
    nodes: nodesZh,
    ops: (chain: string) => chain,
    inputsFound: (count: number, names: string) => `${count} 个输入（${names}）`,
    otherElementType: () => '一个其他元素类型的输入',
    dimsFound: (count: number) => `一个 ${count} 维的输入`,
    basicUnitFound: () => '一个基本单元（有通道分割）',
    shuffleFound: (grouped: string, perm: string, out: string) =>
      `一次变形到 (${grouped})、一次转置 (${perm}) 和一次变形到 (${out})`,
    residualAdd: (name: string) =>
      `数据路径上的逐元素相加（Add）：“${name}”把两张特征图相加，即残差连接，而 ShuffleNetV2 的单元没有残差连接`,
    elementwise: (op: string, name: string) =>
      `两张特征图的逐元素 ${op}（“${name}”），例如注意力门控，而 ShuffleNetV2 的单元没有这种操作`,
    poolTo: (shape: string) => `一次池化到 (${shape})`,
    graphOutputs: (names: string) => `计算图的输出是 ${names}`,
    moreOps: (count: number, nodes: string) => `另外 ${count} 个操作：${nodes}`,
  },
});

type Texts = (typeof ownModelMessages)['en'];
export type OwnProblemCode = keyof Texts;
type Arg = string | number | readonly string[] | OwnProblem;

/** A refusal (or a part of one) as code and parameters; a text parameter may be a phrase of its own. */
export interface OwnProblem {
  code: OwnProblemCode;
  args: Arg[];
}

type Phrased<P> = { [I in keyof P]: P[I] extends string ? string | OwnProblem : P[I] };

/** Builds a refusal or phrase with its parameters checked against the texts. */
export function ownProblem<K extends OwnProblemCode>(code: K, ...args: Phrased<Parameters<Texts[K]>>): OwnProblem {
  return { code, args: args as unknown as Arg[] };
}

/** A refusal in the reader's words. */
export function ownProblemText(p: OwnProblem, locale: Locale = 'en'): string {
  const args = p.args.map((a) => (isOwnProblem(a) ? ownProblemText(a, locale) : a));
  return (ownModelMessages[locale][p.code] as (...a: unknown[]) => string)(...args);
}

/** A refusal received from the model worker, checked (with its phrases) before it is said. */
export function isOwnProblem(value: unknown): value is OwnProblem {
  const p = value as { code?: unknown; args?: unknown } | null;
  return (
    typeof p === 'object' &&
    !!p &&
    typeof p.code === 'string' &&
    Object.hasOwn(ownModelMessages.en, p.code) &&
    Array.isArray(p.args) &&
    p.args.every((a) => typeof a !== 'object' || Array.isArray(a) || isOwnProblem(a))
  );
}
