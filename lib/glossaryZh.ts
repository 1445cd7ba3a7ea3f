/**
 * The Chinese edition of the glossary: one entry per id of lib/glossary.ts, with the term as Chinese
 * ML readers know it (the book's terminology table) and the definition translated. The English term
 * is shown beside the Chinese one by the page, so it is not repeated here; the chapter and related
 * terms are language-independent and stay in lib/glossary.ts.
 */
export interface GlossaryTermZh {
  /**
   * The term's pinyin without tones, syllables separated by spaces, Latin parts left out: the
   * Chinese glossary is ordered by it, letter by letter, and indexed by its first letter. Kept with
   * the entry so the order is fixed at build time and the same in every browser.
   */
  pinyin: string;
  term: string;
  /** other Chinese names readers meet for the same thing */
  aliases?: string[];
  definition: string;
}

export const glossaryZh: Readonly<Record<string, GlossaryTermZh>> = {
  flops: {
    pinyin: 'cheng jia ci shu',
    term: '乘加次数',
    aliases: ['MAdds'],
    definition:
      '一个网络处理一个输入所执行的乘加运算次数。它只凭架构就能数出来，是衡量代价的一种间接指标：它忽略了内存流量、并行度和平台。本书与 ShuffleNetV2 论文一样，把一次乘加计为一个 FLOP。',
  },
  'direct-metric': {
    pinyin: 'zhi jie zhi biao yu jian jie zhi biao',
    term: '直接指标与间接指标',
    definition:
      '直接指标是用户实际感受到的东西——目标设备上的速度或延迟。间接指标（例如 FLOPs）则根据架构来近似它；两者可能不一致。',
  },
  mac: {
    pinyin: 'nei cun fang wen dai jia',
    term: '内存访问代价',
    aliases: ['MAC'],
    definition:
      '一层读写的元素个数：它的输入特征图、输出特征图和权重。对于在 h×w 的特征图上把 c₁ 个通道映射为 c₂ 个通道的 1×1 卷积，MAC = hw(c₁ + c₂) + c₁c₂。不要与同样缩写为 MAC 的乘积累加（multiply-accumulate）混淆。',
  },
  'practical-guidelines': {
    pinyin: 'zhun ze',
    term: '准则 G1–G4',
    definition:
      'ShuffleNetV2 论文的四条设计准则：G1，输入输出通道数相等时 MAC 最小；G2，过多的分组卷积会增加 MAC；G3，网络碎片化会降低并行度；G4，逐元素操作不可忽略。',
  },
  'group-conv': {
    pinyin: 'fen zu juan ji',
    term: '分组卷积',
    aliases: ['组卷积'],
    definition:
      '把输入通道和输出通道分成 g 组的卷积，每组输出只由对应的那组输入计算得到。它把参数量和 FLOPs 都除以 g；在 FLOPs 预算固定时，它所允许的更宽的层会提高内存访问代价（准则 G2）。',
  },
  fragmentation: {
    pinyin: 'wang luo sui pian hua',
    term: '网络碎片化',
    definition:
      '把一个单元的工作拆成许多小算子（分开的分支，或许多串行的小层），而不是少数几个大算子。这会启动更多、更小的核函数（kernel），同步也更频繁，从而降低并行度（准则 G3）。',
  },
  'degree-of-parallelism': {
    pinyin: 'bing xing du',
    term: '并行度',
    definition:
      '一次计算中有多少部分能同时进行。GPU 这样的设备只有在拥有足够多的独立工作时才快；FLOPs 相同、但分散在许多小操作上的模型，会让它不那么忙。',
  },
  'elementwise-op': {
    pinyin: 'zhu yuan su cao zuo',
    term: '逐元素操作',
    definition:
      '对每个元素独立施加的操作，例如 ReLU、张量相加或加偏置。它的 FLOPs 很少，却要读写整个特征图，因此相对于它的算术运算量，它的内存访问代价很高（准则 G4）。论文也把深度卷积归入这一类。',
  },
  'channel-split': {
    pinyin: 'tong dao fen ge',
    term: '通道分割',
    definition:
      'ShuffleNetV2 基本单元的第一步：把 c 个输入通道沿通道轴分成 c − c′ 个和 c′ 个（论文取 c′ = c/2）。前 c − c′ 个通道原封不动地穿过单元，后 c′ 个进入卷积分支。空间下采样单元没有分割。',
  },
  'identity-branch': {
    pinyin: 'heng deng lu jing',
    term: '恒等路径',
    aliases: ['保持不变的一半', '恒等分支'],
    definition:
      '在基本单元中，由通道分割直接送往拼接、不经过任何计算的那一半通道。它不与任何东西相加；它的通道原样出现在单元的输出中。',
  },
  'channel-shuffle': {
    pinyin: 'tong dao hun xi',
    term: '通道混洗',
    aliases: ['通道重排'],
    definition:
      '一种固定的、确定性的通道排列：把 C 个通道看成一个 g × C/g 的矩阵，转置后再展平。每个通道作为一个整体移动——特征图内部的值一个都不变——使下一层能看到来自每个分组的通道。ShuffleNetV2 在每次拼接之后使用 g = 2 的混洗。',
  },
  'pointwise-conv': {
    pinyin: 'zhu dian juan ji',
    term: '逐点卷积',
    aliases: ['1×1 卷积'],
    definition:
      '卷积核为 1×1 的卷积：每个输出像素是同一位置上各输入通道的加权和。它在通道之间而不是在空间上混合信息，并且占高效网络 FLOPs 的大部分。',
  },
  'depthwise-conv': {
    pinyin: 'shen du juan ji',
    term: '深度卷积',
    aliases: ['逐通道卷积'],
    definition:
      '每个通道只有一个滤波器的卷积（分组数等于通道数的分组卷积）：它在空间上对每个通道单独滤波，从不混合通道。ShuffleNetV2 使用 3×3 深度卷积，其后接 BN，但不接 ReLU。',
  },
  'depthwise-separable-conv': {
    pinyin: 'shen du ke fen li juan ji',
    term: '深度可分离卷积',
    definition:
      '深度卷积后接逐点卷积，把普通卷积分解为一个空间步骤和一个混合通道的步骤。它所需的参数量和 FLOPs 远少于被它替代的普通卷积。',
  },
  'batch-norm': {
    pinyin: 'pi gui yi hua',
    term: '批归一化',
    aliases: ['BN'],
    definition:
      '一种层：用均值和方差（训练时取小批量的统计量，推理时取滑动平均）对每个通道做归一化，再用每个通道两个可学习的参数 γ 和 β 进行缩放和平移。推理时它是一个固定的逐通道仿射变换，可以折叠进前面的卷积。',
  },
  relu: {
    pinyin: 'xiu zheng xian xing dan yuan',
    term: '修正线性单元',
    aliases: ['线性整流函数'],
    definition:
      '修正线性单元 max(0, x)，作用于每个元素。在 ShuffleNetV2 的单元中，它跟在 1×1 卷积（及其 BN）之后，但不跟在深度卷积之后。',
  },
  concat: {
    pinyin: 'pin jie',
    term: '拼接',
    definition:
      '沿通道轴把张量连接起来：一个 a 通道的张量和一个 b 通道的张量合成一个 a + b 通道的张量，每个值都不变。ShuffleNetV2 用这种方式合并它的两个分支，而不是把它们相加。',
  },
  'basic-unit': {
    pinyin: 'ji ben dan yuan',
    term: '基本单元',
    definition:
      'ShuffleNetV2 中步长为 1 的构建单元：通道分割；一半保持不变；另一半依次经过 1×1 conv-BN-ReLU、3×3 深度 conv-BN 和 1×1 conv-BN-ReLU，三者宽度相同；拼接；通道混洗。输入形状等于输出形状。',
  },
  'downsampling-unit': {
    pinyin: 'kong jian xia cai yang dan yuan',
    term: '空间下采样单元',
    aliases: ['下采样单元', '步长为 2 的单元'],
    definition:
      'ShuffleNetV2 中步长为 2 的构建单元，是每个阶段的第一个单元。它没有通道分割：两个分支都读取整个输入，各自用一个步长为 2 的深度卷积把高和宽减半（左分支：3×3 深度 conv-BN、1×1 conv-BN-ReLU；右分支：1×1 conv-BN-ReLU、3×3 深度 conv-BN、1×1 conv-BN-ReLU），二者拼接后得到该阶段的宽度——在阶段 3 和阶段 4 中是输入宽度的两倍——然后再做通道混洗。',
  },
  stride: {
    pinyin: 'bu chang',
    term: '步长',
    definition:
      '滤波器相邻两次作用的位置之间的步距。步长为 2 会把输出的高和宽减半（在 ShuffleNetV2 的填充方式下向上取整）。',
  },
  stage: {
    pinyin: 'jie duan',
    term: '阶段',
    definition:
      '一串产生同一空间分辨率和同一宽度的单元。ShuffleNetV2 的阶段 2、3、4 都以一个下采样单元开始（它把高和宽减半），其后是保持其输出形状的基本单元。',
  },
  'width-multiplier': {
    pinyin: 'kuan du xi shu',
    term: '宽度系数',
    definition:
      'ShuffleNetV2 宽度的标签（0.5×、1×、1.5×、2×）：它缩放阶段 2–4 的通道数（在 2× 时还包括 Conv5 的通道数），在准确率与代价之间取舍。这些宽度是为了达到论文的各个复杂度级别而选定的，并不是 1× 网络宽度的精确倍数。',
  },
  'global-average-pooling': {
    pinyin: 'quan ju ping jun chi hua',
    term: '全局平均池化',
    definition: '对每个通道在其所有位置上求平均，在最后的分类器之前把 C×H×W 的特征图变成 C 个数。',
  },
  'onnx-runtime-web': {
    pinyin: 'wang ye ban',
    term: '网页版 ONNX Runtime',
    definition:
      '一个借助 WebAssembly、在网页浏览器中运行以 ONNX 格式存储的神经网络的库。本书用它在你的设备上运行训练好的 ShuffleNetV2。',
  },
  'pointwise-group-conv': {
    pinyin: 'zhu dian fen zu juan ji',
    term: '逐点分组卷积',
    definition:
      '分成若干组的 1×1 卷积。ShuffleNet V1 在其单元的两个 1×1 层中都用它来节省 FLOPs（阶段 2 的第一个 1×1 层除外，因为它的输入太窄，无法分组）；ShuffleNetV2 因为它的内存访问代价而弃用了它（G2）。',
  },
  bottleneck: {
    pinyin: 'ping jing',
    term: '瓶颈',
    definition:
      '内部各层比输入和输出更窄的单元——在 ShuffleNet V1 中是输出通道数的四分之一。宽度不相等违背了 G1；ShuffleNetV2 的分支自始至终保持同一宽度。',
  },
  'average-pooling': {
    pinyin: 'ping jun chi hua',
    term: '平均池化',
    definition:
      '把特征图的每个窗口替换为其均值。ShuffleNet V1 步长为 2 的单元在其捷径上放了一个步长为 2 的 3×3 平均池化；ShuffleNetV2 不使用它。',
  },
  'residual-connection': {
    pinyin: 'can cha lian jie',
    term: '残差连接',
    aliases: ['捷径连接', '跳跃连接'],
    definition:
      '把一个单元的输入加到其输出上的路径，y = x + F(x)，如 ResNet 和 ShuffleNet V1 中步长为 1 的单元。标准 ShuffleNetV2 网络（0.5× 到 2×）的单元没有这种相加：保持不变的那一半是被拼接，而不是被相加。只有论文中极深的变体（超过 100 层）才给每个单元加上一条残差路径，以便训练收敛得更快。',
  },
  'feature-reuse': {
    pinyin: 'te zheng fu yong',
    term: '特征复用',
    definition:
      '后面的层直接读取前面的特征。在 ShuffleNetV2 中，每个单元有一半通道原样传下去，因此在一个单元中计算出的特征能直接到达后面的单元；论文把这种模式比作 DenseNet——只是一个特征得以保留的份额每经过一个单元就减半。',
  },
  latency: {
    pinyin: 'yan chi',
    term: '延迟',
    definition: '一个输入在给定设备上通过网络所需的时间——一种直接指标，是测出来的，而不是数出来的。',
  },
};
