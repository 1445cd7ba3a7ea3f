import { messages } from '../../lib/i18n';

/** The results chapter's charts and tables, redrawn from the paper's Tables 6–8 and torchvision's weights. */
export const resultsMessages = messages({
  en: {
    compareFig1: 'the four networks of the paper’s Fig. 1',
    compareCaveats: '… and MobileNet v1, IGCV, NAS models, SE',
    compareAll: 'every network with a measured speed',
    gpuAxis: 'GPU speed, batches/s (GTX 1080Ti) → faster',
    armAxis: 'ARM speed, images/s (Snapdragon 810) → faster',
    notMeasured: 'not measured',
    batchesPerS: 'batches/s',
    imagesPerS: 'images/s',
    describeRow: (model: string, mflops: number, error: number, accuracy: string, gpu: string, arm: string) =>
      `${model}: ${mflops} MFLOPs, top-1 error ${error} % (accuracy ${accuracy} %), GPU ${gpu}, ARM ${arm}`,
    platform: 'platform',
    gpuOption: 'GPU (GTX 1080Ti)',
    armOption: 'ARM (Snapdragon 810)',
    compare: 'compare',
    fig1Title: (name: string, series: string) =>
      `Top-1 accuracy on ImageNet against ${name} speed, from the paper's Table 8: ${series}. Up and right is better.`,
    listSep: ', ',
    accuracyAxis: 'top-1 accuracy, %',
    ownImpl: ' (the paper’s own reimplementation)',
    end: '.',
    rowsAt: 'rows at',
    levelOption: (level: number) => `${level === 500 ? '500+' : `about ${level}`} MFLOPs`,
    fig1Caption:
      'Redrawn from the paper’s Table 8 (its Fig. 1(a)(b) plots the four networks of the first choice). Each line joins a family’s models at about 40, 140, 300 and 500+ MFLOPs; the rightmost dot is the smallest model. GPU: batch 8; ARM: one thread, batch 1.',
    // Table 7
    show: 'show',
    mmapOption: 'accuracy (mmAP)',
    gpuSpeedOption: 'GPU speed (images/s)',
    table7Title: (what: string) =>
      `The paper's Table 7: COCO detection ${what} of five backbones at four complexity levels`,
    gpuSpeed: 'GPU speed',
    backboneAxis: 'backbone complexity, MFLOPs',
    imagesBatch4: 'images/s (batch 4)',
    table7Numbers: 'Table 7 in numbers',
    table7Region: "The paper's Table 7: COCO detection",
    table7Source:
      'Source: Ma et al. 2018, Table 7. Light-Head R-CNN on COCO minival, mmAP (mean of mAP at IoU 0.5 to 0.95); GPU speed in images per second at batch 4.',
    backbone: 'backbone',
    gpuImages: 'GPU (images/s)',
    // Table 6
    table6Title: "The paper's Table 6: ImageNet top-1 error of large models (lower is better)",
    errorAxis: 'top-1 error, % (lower is better)',
    errorAxisShort: 'top-1 error, %',
    table6Caption:
      'Source: Ma et al. 2018, Table 6. FLOPs in GFLOPs after each name. SE-ShuffleNet v2-164 adds squeeze-and-excitation and a residual path to every unit; ShuffleNet v1-50 is the paper’s reimplementation.',
    // Table 8 rows
    levelRegion: 'Rows of Table 8 at this complexity',
    model: 'model',
    // table headers: a \n is where a header breaks (it breaks nowhere else: class nowrap)
    errShort: 'top-1 err.\n%',
    gpuUnit: 'GPU\nbatches/s',
    armUnit: 'ARM\nimages/s',
    // torchvision
    pretrainedTitle:
      "Top-1 accuracy of torchvision's pretrained ShuffleNetV2 (bars) and of the paper's models (diamonds)",
    retrained: ' (retrained)',
    paper: 'paper',
    pretrainedAxis: 'top-1 accuracy on ImageNet val, % (axis from 50 %)',
    pretrainedCaption: (ported: string, recipe: string) =>
      `Bars: torchvision’s IMAGENET1K_V1 weights. Diamonds: the paper’s Table 8 (100 % minus its top-1 error). 0.5× and 1×: ${ported}. 1.5× and 2×: ${recipe}.`,
    // Table 8
    table8Summary: (n: number) => `Table 8 in numbers (all ${n} rows)`,
    table8Region: "The paper's Table 8: ImageNet error and speed",
    table8Source:
      'Source: Ma et al. 2018, Table 8 (arXiv 1807.11164). Top-1 error on ImageNet val, single centre crop of 224×224 (rows marked * 160×160, ** 192×192). GPU: GeForce GTX 1080Ti, batch 8, batches per second. ARM: Snapdragon 810, one thread, images per second. “our impl.”: the paper’s own reimplementation; “–”: no speed given.',
    errParen: 'top-1 err.\n(%)',
    gpuBatches: 'GPU\n(batches/s)',
    armImages: 'ARM\n(images/s)',
    about: (level: number) => `About ${level}${level === 500 ? '+' : ''} MFLOPs`,
  },
  zh: {
    compareFig1: '论文图 1 中的四个网络',
    compareCaveats: '……再加上 MobileNet v1、IGCV、NAS 模型、SE',
    compareAll: '所有测过速度的网络',
    gpuAxis: 'GPU 速度，批/秒（GTX 1080Ti）→ 越快',
    armAxis: 'ARM 速度，张/秒（Snapdragon 810）→ 越快',
    notMeasured: '未测',
    batchesPerS: '批/秒',
    imagesPerS: '张/秒',
    describeRow: (model: string, mflops: number, error: number, accuracy: string, gpu: string, arm: string) =>
      `${model}：${mflops} MFLOPs，Top-1 错误率 ${error} %（准确率 ${accuracy} %），GPU ${gpu}，ARM ${arm}`,
    platform: '平台',
    gpuOption: 'GPU（GTX 1080Ti）',
    armOption: 'ARM（Snapdragon 810）',
    compare: '比较',
    fig1Title: (name: string, series: string) =>
      `ImageNet 上的 Top-1 准确率与 ${name} 速度的关系，数据来自论文表 8：${series}。越靠右上越好。`,
    listSep: '、',
    accuracyAxis: 'Top-1 准确率，%',
    ownImpl: '（论文自己的复现）',
    end: '。',
    rowsAt: '显示的行',
    levelOption: (level: number) => `${level === 500 ? '500+' : `约 ${level}`} MFLOPs`,
    fig1Caption:
      '根据论文表 8 重绘（论文图 1(a)(b) 画的是第一个选项中的四个网络）。每条线连接同一系列在约 40、140、300 和 500+ MFLOPs 处的模型；最右边的点是最小的模型。GPU：批大小 8；ARM：单线程，批大小 1。',
    show: '显示',
    mmapOption: '准确率（mmAP）',
    gpuSpeedOption: 'GPU 速度（张/秒）',
    table7Title: (what: string) => `论文表 7：五种骨干网络在四个复杂度级别上的 COCO 检测${what}`,
    gpuSpeed: 'GPU 速度',
    backboneAxis: '骨干网络复杂度，MFLOPs',
    imagesBatch4: '张/秒（批大小 4）',
    table7Numbers: '表 7 的具体数字',
    table7Region: '论文表 7：COCO 检测',
    table7Source:
      '来源：Ma 等，2018，表 7。在 COCO minival 上的 Light-Head R-CNN，mmAP（IoU 从 0.5 到 0.95 的 mAP 的平均值）；GPU 速度为批大小 4 时每秒处理的图像数。',
    backbone: '骨干网络',
    gpuImages: 'GPU（张/秒）',
    table6Title: '论文表 6：大模型在 ImageNet 上的 Top-1 错误率（越低越好）',
    errorAxis: 'Top-1 错误率，%（越低越好）',
    errorAxisShort: 'Top-1 错误率，%',
    table6Caption:
      '来源：Ma 等，2018，表 6。名称后面是以 GFLOPs 计的 FLOPs。SE-ShuffleNet v2-164 在每个单元中加入了 squeeze-and-excitation 和一条残差路径；ShuffleNet v1-50 是论文的复现。',
    levelRegion: '表 8 中这一复杂度的各行',
    model: '模型',
    errShort: 'Top-1\n错误率 %',
    gpuUnit: 'GPU\n批/秒',
    armUnit: 'ARM\n张/秒',
    pretrainedTitle: 'torchvision 预训练 ShuffleNetV2（柱子）与论文模型（菱形）的 Top-1 准确率',
    retrained: '（重新训练）',
    paper: '论文',
    pretrainedAxis: 'ImageNet val 上的 Top-1 准确率，%（坐标轴从 50 % 开始）',
    pretrainedCaption: (ported: string, recipe: string) =>
      `柱子：torchvision 的 IMAGENET1K_V1 权重。菱形：论文表 8（100 % 减去其 Top-1 错误率）。0.5× 和 1×：${ported}。1.5× 和 2×：${recipe}。`,
    table8Summary: (n: number) => `表 8 的具体数字（全部 ${n} 行）`,
    table8Region: '论文表 8：ImageNet 错误率与速度',
    table8Source:
      '来源：Ma 等，2018，表 8（arXiv 1807.11164）。ImageNet val 上的 Top-1 错误率，224×224 单中心裁剪（标 * 的行为 160×160，** 为 192×192）。GPU：GeForce GTX 1080Ti，批大小 8，每秒批数。ARM：Snapdragon 810，单线程，每秒图像数。“论文复现”：论文自己的复现；“–”：未给出速度。',
    errParen: 'Top-1\n错误率（%）',
    gpuBatches: 'GPU\n（批/秒）',
    armImages: 'ARM\n（张/秒）',
    about: (level: number) => `约 ${level}${level === 500 ? '+' : ''} MFLOPs`,
  },
});
