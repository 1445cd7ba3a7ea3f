import { messages } from '../../lib/i18n';

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];
const countWord = (n: number) => COUNT_WORDS[n] ?? String(n);
const TIMES = ['never', 'once', 'twice'];
const timesWord = (n: number) => TIMES[n] ?? `${countWord(n)} times`;
const pointsText = (p: number) =>
  `${Math.abs(p).toFixed(1)} percentage point${Math.abs(p).toFixed(1) === '1.0' ? '' : 's'}`;
const ZH_COUNT = ['零', '一', '两', '三', '四', '五', '六'];
const zhCount = (n: number) => ZH_COUNT[n] ?? String(n);

/** The shuffle-experiments chapter: the twins, the verdicts chosen by their results, the intervention cell. */
export const experimentsMessages = messages({
  en: {
    // said in words from the measured results
    versus: (diff: number) =>
      Math.abs(diff) < 0.05
        ? 'the same, to a tenth of a point, as'
        : `${pointsText(diff)} ${diff < 0 ? 'below' : 'above'}`,
    notTrained: 'This twin has not finished training for this edition, so there is no comparison yet.',
    versusSentence: (mean: string, versus: string) => `Its mean test accuracy is ${mean}, ${versus} the baseline's`,
    singleRuns: ' (from single runs, so without a spread to compare it with)',
    withinNoise: (spread: string) =>
      `, which is within twice the largest run-to-run spread (±${spread} points): a difference this size is what retraining the same network from another random start can do`,
    beyondNoise: (spread: string) =>
      `, more than twice the largest run-to-run spread (±${spread} points): a real difference for this network and recipe`,
    fullStop: '.',
    verdictPending:
      'The twins without the shuffle have not all finished training for this edition, so this section cannot say yet what the shuffle is worth here.',
    mattersLittle: 'On this network and data, the shuffle matters little.',
    matters: 'On this network and data, the shuffle matters.',
    verdictBody: (none: string, perm: string, runs: number, min: string, max: string, spread: string) =>
      `Without it, the mean test accuracy is ${none} the baseline's; with a random permutation in its place, ${perm}. Training the baseline itself ${timesWord(runs)} from different random starts gave accuracies from ${min} to ${max}, and the largest standard deviation of any twin over its runs is ${spread} points.`,
    littleWhy: (fewest: number, all: boolean) =>
      `The differences the shuffle makes are of the size that retraining from another random start makes: with ${all ? countWord(fewest) : `as few as ${countWord(fewest)}`} runs per twin, they cannot be told apart from chance.`,
    mattersWhy:
      'The difference is more than twice that spread, larger than retraining from another random start makes.',
    littleLead: 'That does not contradict the paper. Three things make this network forgiving of a missing shuffle:',
    mattersLead: 'It matters even though three things make this network forgiving of a missing shuffle:',
    costRegion: 'Size and cost of each twin',
    network: 'Network',
    accuracyMeanSd: 'Accuracy, mean ± sd',
    parameters: 'Parameters',
    multiplyAddsPerImage: 'Multiply-adds per image',
    preliminary: 'Some twins are still training for this edition: rows with fewer than three runs are preliminary.',
    v1Pending: 'The V1 twin has not finished training for this edition, so there is no comparison yet.',
    v1Sentence: (macs: string, params: string, mean: string, versus: string) =>
      `With ${macs} the baseline's multiply-adds and ${params} its parameters, the V1 units reach a mean test accuracy of ${mean}, ${versus} the baseline's.`,
    v1NoRuns: 'Without repeated runs there is no spread to judge the difference by.',
    v1Within:
      'That is within twice the largest run-to-run spread: at this size and on this data, the two unit designs cannot be told apart by their accuracy.',
    v1Better:
      'That is more than twice the largest run-to-run spread: for this network and recipe, at equal arithmetic, the V1 units are the more accurate design.',
    v2Better:
      'That is more than twice the largest run-to-run spread: for this network and recipe, at equal arithmetic, the V2 units are the more accurate design.',
    // the twins cell
    opening: (name: string) => `Opening ${name}`,
    timing: (name: string) => `Timing ${name}`,
    twinsFailed: (why: string) => `The twins could not run: ${why}`,
    heldOutImages: 'the held-out images',
    twinsShows: "the twin networks' answers and speeds",
    stillTraining: 'The twin networks are still being trained for this edition of the book.',
    runningTwins: 'Running the twins',
    twinsRegion: 'The twins on this image',
    whatDiffers: 'What differs',
    answer: 'Answer',
    multiplyAdds: 'Multiply-adds',
    medianHere: 'Median time here',
    medianTitle: (runs: number) => `Median time of one image in this browser, ${runs} runs each`,
    // the results chart
    chartLabel: (summary: string) =>
      `Test accuracy of each twin network over independently trained copies, mean ± one standard deviation. ${summary}`,
    runPoint: (label: string, run: number, accuracy: string) => `${label}, run ${run}: ${accuracy}`,
    // the intervention cell
    booksNetwork: "the book's network",
    v1Twin: 'the V1-units twin',
    measureFailed: (why: string) => `The measurement failed: ${why}`,
    unitOption: (stage: number, unit: number, down: boolean, channels: number) =>
      `stage ${stage}, unit ${unit} (${down ? 'down-sampling' : 'basic'}, ${channels} channels)`,
    everyUnit: 'every unit',
    networkLabel: 'Network',
    unitLabel: 'Unit',
    intervention: 'Intervention',
    channelsOff: 'Channels to switch off',
    apply: 'Apply',
    clothingNetwork: 'the clothing network',
    interventionShows: 'its prediction with and without your intervention',
    editFailed: (why: string) => `The edited network could not be opened: ${why}`,
    unmodifiedCaption: (v1: boolean) => `Unmodified${v1 ? ' V1-units twin' : ''}: probability of each class`,
    unmodifiedTitle: 'Unmodified network, class probabilities',
    withAt: (stage: number, unit: number) => `With the intervention at stage ${stage}, unit ${unit}`,
    withEvery: 'With the intervention at every unit',
    intervenedTitle: 'Intervened network, class probabilities',
    editing: 'Editing the network…',
    noIntervention: 'No intervention applied.',
    downNoHalf:
      'A down-sampling unit has no untouched half: both of its branches convolve the whole input. Pick a basic unit.',
    pickOneUnit: 'Channels are numbered per unit; pick one unit to switch some of its channels off.',
    // accuracy on the held-out images
    measure: (n: string) => `Measure accuracy on ${n} held-out images`,
    measuring: 'Measuring held-out accuracy',
    progress: (done: number, total: number) => `${done} of ${total}`,
    accuracyTitle: 'Accuracy on the held-out images',
    unmodified: 'Unmodified',
    withIntervention: 'With the intervention',
    accuracySummary: (after: number, total: number, before: number, changed: number) =>
      `${after} of ${total} right with the intervention, ${before} without; ${changed} images change their answer.`,
  },
  zh: {
    versus: (diff: number) =>
      Math.abs(diff) < 0.05
        ? '与基线相同（精确到十分之一个百分点）'
        : `比基线${diff < 0 ? '低' : '高'} ${Math.abs(diff).toFixed(1)} 个百分点`,
    notTrained: '这个对照模型在本版中还没有训练完，所以暂时无法比较。',
    versusSentence: (mean: string, versus: string) => `它的平均测试准确率为 ${mean}，${versus}`,
    singleRuns: '（只有单次训练，所以没有离散程度可供比较）',
    withinNoise: (spread: string) =>
      `，在最大的训练间离散程度（±${spread} 个百分点）的两倍以内：同一个网络从另一个随机起点重新训练，就可能造成这么大的差异`,
    beyondNoise: (spread: string) =>
      `，超过了最大的训练间离散程度（±${spread} 个百分点）的两倍：对这个网络和训练方案来说，这是真实的差异`,
    fullStop: '。',
    verdictPending: '去掉混洗的对照模型在本版中还没有全部训练完，所以这一节还无法说明混洗在这里值多少。',
    mattersLittle: '在这个网络和这份数据上，混洗的作用很小。',
    matters: '在这个网络和这份数据上，混洗是有作用的。',
    verdictBody: (none: string, perm: string, runs: number, min: string, max: string, spread: string) =>
      `去掉它，平均测试准确率${none}；用随机置换代替它，${perm}。基线本身从不同的随机起点训练了 ${runs} 次，准确率从 ${min} 到 ${max}；各对照模型在多次训练中的最大标准差为 ${spread} 个百分点。`,
    littleWhy: (fewest: number, all: boolean) =>
      `混洗造成的差异与从另一个随机起点重新训练造成的差异大小相当：每个对照模型${all ? '' : '最少只'}训练了${zhCount(fewest)}次，这些差异无法与偶然区分开。`,
    mattersWhy: '差异超过了这个离散程度的两倍，比从另一个随机起点重新训练造成的差异更大。',
    littleLead: '这与论文并不矛盾。有三点使这个网络对缺少混洗很宽容：',
    mattersLead: '尽管有三点使这个网络对缺少混洗很宽容，混洗仍然有作用：',
    costRegion: '各对照模型的规模与代价',
    network: '网络',
    accuracyMeanSd: '准确率，平均值 ± 标准差',
    parameters: '参数量',
    multiplyAddsPerImage: '每张图像的乘加次数',
    preliminary: '有些对照模型在本版中仍在训练：少于三次训练的行只是初步结果。',
    v1Pending: 'V1 对照模型在本版中还没有训练完，所以暂时无法比较。',
    v1Sentence: (macs: string, params: string, mean: string, versus: string) =>
      `乘加次数是基线的 ${macs}、参数量是基线的 ${params}，V1 单元的平均测试准确率为 ${mean}，${versus}。`,
    v1NoRuns: '没有重复训练，就没有离散程度可以用来判断这个差异。',
    v1Within: '这在最大的训练间离散程度的两倍以内：在这个规模和这份数据上，两种单元设计无法从准确率上区分开。',
    v1Better: '这超过了最大的训练间离散程度的两倍：对这个网络和训练方案来说，在计算量相同时，V1 单元是更准确的设计。',
    v2Better: '这超过了最大的训练间离散程度的两倍：对这个网络和训练方案来说，在计算量相同时，V2 单元是更准确的设计。',
    opening: (name: string) => `正在打开“${name}”`,
    timing: (name: string) => `正在计时“${name}”`,
    twinsFailed: (why: string) => `对照模型无法运行：${why}`,
    heldOutImages: '留出的测试图像',
    twinsShows: '各对照模型的答案和速度',
    stillTraining: '本版的对照模型仍在训练中。',
    runningTwins: '正在运行对照模型',
    twinsRegion: '各对照模型在这张图像上的表现',
    whatDiffers: '不同之处',
    answer: '答案',
    multiplyAdds: '乘加次数',
    medianHere: '这里的中位时间',
    medianTitle: (runs: number) => `在这个浏览器中处理一张图像的中位时间，每个模型运行 ${runs} 次`,
    chartLabel: (summary: string) => `各对照模型在多个独立训练副本上的测试准确率，平均值 ± 一个标准差。${summary}`,
    runPoint: (label: string, run: number, accuracy: string) => `${label}，第 ${run} 次训练：${accuracy}`,
    booksNetwork: '本书的网络',
    v1Twin: 'V1 单元对照模型',
    measureFailed: (why: string) => `测量失败：${why}`,
    unitOption: (stage: number, unit: number, down: boolean, channels: number) =>
      `阶段 ${stage}，单元 ${unit}（${down ? '空间下采样单元' : '基本单元'}，${channels} 个通道）`,
    everyUnit: '所有单元',
    networkLabel: '网络',
    unitLabel: '单元',
    intervention: '干预',
    channelsOff: '要关闭的通道',
    apply: '应用',
    clothingNetwork: '服装分类网络',
    interventionShows: '它在有无干预时的预测',
    editFailed: (why: string) => `修改后的网络无法打开：${why}`,
    unmodifiedCaption: (v1: boolean) => `未修改的${v1 ? ' V1 单元对照模型' : '网络'}：每个类别的概率`,
    unmodifiedTitle: '未修改的网络，各类别的概率',
    withAt: (stage: number, unit: number) => `在阶段 ${stage}、单元 ${unit} 施加干预后`,
    withEvery: '在所有单元施加干预后',
    intervenedTitle: '施加干预后的网络，各类别的概率',
    editing: '正在修改网络……',
    noIntervention: '没有施加干预。',
    downNoHalf: '空间下采样单元没有保持不变的一半：它的两个分支都卷积整个输入。请选择一个基本单元。',
    pickOneUnit: '通道按单元编号；请选择一个单元，再关闭它的部分通道。',
    measure: (n: string) => `在 ${n} 张留出的测试图像上测量准确率`,
    measuring: '正在测量测试集准确率',
    progress: (done: number, total: number) => `${done} / ${total}`,
    accuracyTitle: '在留出的测试图像上的准确率',
    unmodified: '未修改',
    withIntervention: '施加干预后',
    accuracySummary: (after: number, total: number, before: number, changed: number) =>
      `施加干预后 ${total} 张中答对 ${after} 张，未干预时答对 ${before} 张；有 ${changed} 张图像的答案改变了。`,
  },
});
