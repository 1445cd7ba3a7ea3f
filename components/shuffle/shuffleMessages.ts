import { messages } from '../../lib/i18n';

/** The channel-shuffle cells' texts: controls, the permutation drawings, the step-by-step view. */
export const shuffleCellMessages = messages({
  en: {
    channels: 'channels C',
    groups: 'groups g',
    reshapeChain: (rows: number, cols: number) => `reshape (${rows}, ${cols}) → transpose → flatten`,
    reshapeAgain: (rows: number, cols: number) => `reshape (${rows}, ${cols}) → transpose → flatten, again`,
    secondStep: 'Second step',
    secondStepColon: 'second step:',
    reshapeGC: 'reshape (g, C/g)',
    reshapeCG: 'reshape (C/g, g)',
    sameAgain: 'the same shuffle again',
    rowInput: 'input channels',
    rowShuffled: 'after the shuffle',
    rowSecond: 'after the second step',
    inverseFigure: (c: number, g: number, inverse: boolean, order: string) =>
      `Channel shuffle of ${c} channels with g = ${g}, followed by ${inverse ? 'the (C/g, g) reshape' : 'the same shuffle again'}. The channels end in the order ${order}.`,
    list: ', ',
    trivial: 'With g = 1 or g = C the shuffle leaves every channel where it is, so there is nothing to undo.',
    restoredInverse: (perGroup: number, g: number) =>
      `Back in the original order: the (${perGroup}, ${g}) reshape is the inverse of the (${g}, ${perGroup}) shuffle.`,
    restoredSquare: (g: number) =>
      `Back in the original order — but only because g = C/g = ${g}: transposing a square matrix twice gives it back.`,
    notRestored: (order: string) =>
      `Not the original order: [${order}]. Shuffling twice with the same reshape is not an undo unless g = C/g.`,
    // mixing
    asTorchvision: '(2, C/2), as torchvision',
    itsInverse: '(C/2, 2), its inverse',
    rowText: (output: number, inputs: string) => `output ${output}: inputs ${inputs}`,
    rowSeparator: '; ',
    matrixFigure: (caption: string, rows: string) => `${caption}. ${rows}.`,
    inputsAxis: (last: number) => `inputs 0 … ${last} →`,
    outputsAxis: (last: number) => `outputs 0 … ${last} →`,
    colon: ': ',
    mixSummary: (both: number, c: number, single: number) =>
      `${both} of ${c} outputs see both halves; ${single} still copy a single input channel.`,
    afterUnit: 'after unit',
    shuffleReshape: 'shuffle reshape',
    withShuffle: (units: number) => `With shuffle, after ${units} unit${units > 1 ? 's' : ''}`,
    withoutShuffle: (units: number) => `Without shuffle, after ${units} unit${units > 1 ? 's' : ''}`,
    mixingTable: 'Mixing unit by unit',
    colBoth: 'see both halves, with shuffle',
    colWithout: 'without',
    colSingle: 'single-channel copies, with shuffle',
    stageItem: (k: number, label: string) => `${k}: ${label}`,
    // the shuffle cell
    pytorch: (g: number, c: number, floor: number, need: number) =>
      ` In PyTorch, x.view(b, ${g}, ${c} // ${g}, h, w) = x.view(b, ${g}, ${floor}, h, w) would ask for ${need} channels where there are ${c}, and raise a RuntimeError.`,
    tooMany: (c: number, max: number) =>
      `The shuffle works for C = ${c}, but this drawing shows at most ${max} channels; choose a smaller C.`,
    reshapeUsed: 'Reshape used for the shuffle',
    codePyTorch: (c: number) => `PyTorch: x has shape (b, ${c}, h, w)`,
    codeTypeScript: 'TypeScript: output channel i reads input channel perm[i]',
    rowInputByGroup: 'input channels (coloured by group)',
    rowOutputLands: 'output channels: where each input channel lands',
    shuffleFigure: (c: number, rows: number, cols: number, reads: string) =>
      `Channel shuffle of ${c} channels with the reshape (${rows}, ${cols}). Output channel i reads input channel ${reads}.`,
    inverseNote: (rows: number, cols: number) =>
      `With the reshape (C/g, g) = (${rows}, ${cols}) the channels are grouped the other way: this is the inverse of the (g, C/g) shuffle, the permutation that puts shuffled channels back in order.`,
    // the steps
    stepIn: '1. The channels in order',
    stepGrid: '2. Written into the grid, row by row',
    stepTransposed: '3. The grid transposed',
    stepOut: '4. Read out, row by row',
    captionIn: (c: number) => `${c} channels, coloured by the group they belong to.`,
    captionGrid: (rows: number, cols: number) =>
      `Reshape to (${rows}, ${cols}): ${rows} row${rows > 1 ? 's' : ''} of ${cols}, the first ${cols} channels in the first row, the next ${cols} in the second, and so on.`,
    captionTransposed: (rows: number, cols: number, fromColumns: boolean) =>
      `Transpose: rows become columns, so the grid is now ${cols} row${cols > 1 ? 's' : ''} of ${rows}. Each row holds one channel from every ${fromColumns ? 'column' : 'former row'}.`,
    captionOut: (order: string) => `Flatten: reading the transposed grid row by row gives the output order ${order}.`,
    stepsGroup: 'Steps of the shuffle',
    back: '← Back',
    next: 'Next →',
    startAgain: 'Start again',
    stepOf: (k: number, n: number) => `step ${k} of ${n}`,
    stepsStage: (title: string) => `Channel shuffle in steps: ${title}. Use the arrow keys to step.`,
    stepsFigure: (title: string, rows: number, cols: number, order: string) =>
      `${title}: ${rows} row${rows > 1 ? 's' : ''} of ${cols}, in reading order ${order}.`,
  },
  zh: {
    channels: '通道数 C',
    groups: '分组数 g',
    reshapeChain: (rows: number, cols: number) => `重塑为 (${rows}, ${cols}) → 转置 → 展平`,
    reshapeAgain: (rows: number, cols: number) => `再做一次：重塑为 (${rows}, ${cols}) → 转置 → 展平`,
    secondStep: '第二步',
    secondStepColon: '第二步：',
    reshapeGC: '重塑为 (g, C/g)',
    reshapeCG: '重塑为 (C/g, g)',
    sameAgain: '再做一次同样的混洗',
    rowInput: '输入通道',
    rowShuffled: '混洗之后',
    rowSecond: '第二步之后',
    inverseFigure: (c: number, g: number, inverse: boolean, order: string) =>
      `对 ${c} 个通道做 g = ${g} 的通道混洗，随后${inverse ? '重塑为 (C/g, g)' : '再做一次同样的混洗'}。通道最终的顺序为 ${order}。`,
    list: '，',
    trivial: 'g = 1 或 g = C 时，混洗让每个通道都留在原位，所以没有什么需要撤销。',
    restoredInverse: (perGroup: number, g: number) =>
      `回到了原来的顺序：重塑为 (${perGroup}, ${g}) 正是 (${g}, ${perGroup}) 混洗的逆。`,
    restoredSquare: (g: number) => `回到了原来的顺序——但这只是因为 g = C/g = ${g}：方阵转置两次就回到原样。`,
    notRestored: (order: string) =>
      `不是原来的顺序：[${order}]。除非 g = C/g，用同样的重塑方式混洗两次并不能撤销混洗。`,
    asTorchvision: '(2, C/2)，与 torchvision 相同',
    itsInverse: '(C/2, 2)，它的逆',
    rowText: (output: number, inputs: string) => `输出 ${output}：输入 ${inputs}`,
    rowSeparator: '；',
    matrixFigure: (caption: string, rows: string) => `${caption}。${rows}。`,
    inputsAxis: (last: number) => `输入 0 … ${last} →`,
    outputsAxis: (last: number) => `输出 0 … ${last} →`,
    colon: '：',
    mixSummary: (both: number, c: number, single: number) =>
      `${c} 个输出中有 ${both} 个同时看到两半；${single} 个仍只复制单个输入通道。`,
    afterUnit: '经过的单元数',
    shuffleReshape: '混洗的重塑方式',
    withShuffle: (units: number) => `有混洗，经过 ${units} 个单元后`,
    withoutShuffle: (units: number) => `无混洗，经过 ${units} 个单元后`,
    mixingTable: '逐个单元的混合情况',
    colBoth: '看到两半（有混洗）',
    colWithout: '无混洗',
    colSingle: '单通道副本（有混洗）',
    stageItem: (k: number, label: string) => `${k}：${label}`,
    pytorch: (g: number, c: number, floor: number, need: number) =>
      `在 PyTorch 中，x.view(b, ${g}, ${c} // ${g}, h, w) = x.view(b, ${g}, ${floor}, h, w) 需要 ${need} 个通道，而实际有 ${c} 个，因此会抛出 RuntimeError。`,
    tooMany: (c: number, max: number) => `C = ${c} 时混洗可以进行，但这幅图最多只画 ${max} 个通道；请选择更小的 C。`,
    reshapeUsed: '混洗所用的重塑方式',
    codePyTorch: (c: number) => `PyTorch：x 的形状为 (b, ${c}, h, w)`,
    codeTypeScript: 'TypeScript：输出通道 i 读取输入通道 perm[i]',
    rowInputByGroup: '输入通道（按组着色）',
    rowOutputLands: '输出通道：每个输入通道落到哪里',
    shuffleFigure: (c: number, rows: number, cols: number, reads: string) =>
      `用重塑 (${rows}, ${cols}) 对 ${c} 个通道做通道混洗。输出通道 i 读取输入通道 ${reads}。`,
    inverseNote: (rows: number, cols: number) =>
      `用重塑 (C/g, g) = (${rows}, ${cols}) 时，通道按另一种方式分组：这是 (g, C/g) 混洗的逆，即把混洗后的通道恢复原序的置换。`,
    stepIn: '1. 按顺序排列的通道',
    stepGrid: '2. 逐行写入网格',
    stepTransposed: '3. 转置网格',
    stepOut: '4. 逐行读出',
    captionIn: (c: number) => `${c} 个通道，按所属的组着色。`,
    captionGrid: (rows: number, cols: number) =>
      `重塑为 (${rows}, ${cols})：${rows} 行，每行 ${cols} 个；前 ${cols} 个通道在第一行，接下来的 ${cols} 个在第二行，依此类推。`,
    captionTransposed: (rows: number, cols: number, fromColumns: boolean) =>
      `转置：行变成列，网格现在是 ${cols} 行，每行 ${rows} 个。每一行都含有${fromColumns ? '每一列' : '原先每一行'}中的一个通道。`,
    captionOut: (order: string) => `展平：逐行读出转置后的网格，得到输出顺序 ${order}。`,
    stepsGroup: '混洗的步骤',
    back: '← 上一步',
    next: '下一步 →',
    startAgain: '重新开始',
    stepOf: (k: number, n: number) => `第 ${k} 步，共 ${n} 步`,
    stepsStage: (title: string) => `分步演示通道混洗：${title}。用方向键前后移动。`,
    stepsFigure: (title: string, rows: number, cols: number, order: string) =>
      `${title}：${rows} 行，每行 ${cols} 个，阅读顺序为 ${order}。`,
  },
});
