/**
 * The model manifest the explorer steps through for a reader's own ShuffleNetV2, built from the
 * recognised graph (what the worker answers, lib/ownModel.ts) instead of a manifest.json. Only
 * types from the recogniser: the page builds this without loading it.
 */
import type { ModelManifest, OutputLayer, OutputSpec } from './manifest';
import type { ExplorerOutput } from './onnxAddOutputs';
import type { RecognisedConv } from './onnxRecognize';
import type { PreparedOwnModel } from './ownModel';

/** How the reader's photo becomes the model's input (editable: only the reader knows how their model was trained). */
export interface OwnPreprocessing {
  mean: number[];
  std: number[];
}

const ordinal = ['first', 'second', 'third'];

function convLayer(c: RecognisedConv, inputs: string[], what: string, path: OutputLayer['path']): OutputLayer {
  const size = (s: [number, number]) => `${s[0]}×${s[1]}`;
  const sizes = c.inSize.join() === c.outSize.join() ? size(c.outSize) : `${size(c.inSize)} → ${size(c.outSize)}`;
  const conv =
    c.kind === 'dwconv3x3'
      ? `3×3 depthwise convolution, stride ${c.stride}: each of the ${c.outChannels} channels filtered on its own`
      : c.kind === 'conv1x1'
        ? `1×1 convolution: each of the ${c.outChannels} output channels a weighted sum of the ${c.inChannels} input channels at the same position`
        : `${c.kernel}×${c.kernel} convolution, stride ${c.stride}, ${c.inChannels} → ${c.outChannels} channels`;
  const after = `${c.bn === 'none' ? '' : 'then BN and '}${c.relu ? 'ReLU' : 'no ReLU, so values can be negative'}`;
  const layer: OutputLayer = {
    op: c.kind === 'conv' ? 'conv3x3' : c.kind,
    path,
    inputs,
    relu: c.relu,
    values: c.relu ? 'nonnegative' : 'signed',
    description: `${what}: ${conv}, ${sizes}, ${after}.`,
  };
  // A value is recomputed from the kernel and bias only when BN is folded into them (no BN node).
  if (c.weightNames && c.bn !== 'node')
    layer.weights = {
      ...c.weightNames,
      inChannels: c.inChannels,
      outChannels: c.outChannels,
      kernel: c.kernel,
      stride: c.stride,
      padding: c.padding,
      groups: c.groups,
    };
  return layer;
}

/**
 * The manifest the explorer steps through for a reader's model: every output the worker added
 * (lib/onnxAddOutputs.ts explorerOutputs) with how it is computed, in network order. `classes`
 * names the classifier's outputs (ImageNet's when it has 1,000).
 */
export function ownModelManifest(
  model: PreparedOwnModel,
  fileName: string,
  classes: readonly string[],
  pre: OwnPreprocessing,
): ModelManifest {
  const m = model.recognised;
  const arch = model.architecture;
  const byTensor = new Map<string, ExplorerOutput>(model.outputs.map((o) => [o.tensor, o]));
  const nameOf = (tensor: string) => byTensor.get(tensor)?.name ?? tensor;
  const [, c, h, w] = m.input.shape;
  const layerOf = (o: ExplorerOutput): OutputLayer => {
    const unit = m.units.find((u) => u.stage === o.stage && u.unit === o.unit);
    const where = unit ? `Stage ${unit.stage}, unit ${unit.unit}` : '';
    const unitInput = unit ? nameOf(unit.input) : '';
    switch (o.kind) {
      case 'stem':
        return convLayer(m.stem, [m.input.name], 'Stem', null);
      case 'maxpool':
        return {
          op: 'maxpool',
          path: null,
          inputs: [nameOf(m.stem.tensor)],
          relu: false,
          values: 'nonnegative',
          window: { kernel: m.maxPool!.kernel, stride: m.maxPool!.stride, padding: m.maxPool!.padding },
          description: `Max pool: the largest value of each ${m.maxPool!.kernel}×${m.maxPool!.kernel} window, stride ${m.maxPool!.stride}, ${m.stem.outSize.join('×')} → ${m.maxPool!.outSize.join('×')}.`,
        };
      case 'split': {
        const half = unit!.split!.channels;
        return {
          op: 'split',
          path: 'right',
          inputs: [unitInput],
          relu: false,
          values: 'nonnegative',
          description: `${where}, the half that enters the branch: input channels ${half + 1}–${2 * half}.`,
        };
      }
      case 'op':
      case 'branch': {
        if (o.kind === 'branch' && o.branch === 'left' && unit!.split) {
          const half = unit!.split.channels;
          return {
            op: 'split',
            path: 'left',
            inputs: [unitInput],
            relu: false,
            values: 'nonnegative',
            description: `${where}, the untouched half: input channels 1–${half} of ${2 * half}, passed on unchanged.`,
          };
        }
        const convs = o.branch === 'left' ? unit!.left : unit!.right;
        const i = o.op!;
        const previous = i > 0 ? nameOf(convs[i - 1].tensor) : unit!.split ? nameOf(unit!.split.right) : unitInput;
        const side = unit!.split ? 'branch' : `${o.branch} branch`;
        return convLayer(convs[i], [previous], `${where}, ${side}, ${ordinal[i] ?? `op ${i + 1}`} op`, o.branch!);
      }
      case 'concat':
        return {
          op: 'concat',
          path: 'merge',
          inputs: [nameOf(unit!.leftTensor), nameOf(unit!.rightTensor)],
          relu: false,
          values: 'nonnegative',
          description: `${where}, concat: the left path's ${unit!.outChannels / 2} channels then the right path's ${unit!.outChannels / 2}.`,
        };
      case 'shuffle':
        return {
          op: 'shuffle',
          path: 'merge',
          inputs: [nameOf(unit!.concat)],
          relu: false,
          values: 'nonnegative',
          description: `${where}, channel shuffle with ${unit!.shuffle.groups} groups: the unit's output.`,
        };
      case 'conv5': {
        const last = m.units[m.units.length - 1];
        return convLayer(m.conv5, [nameOf(last.shuffle.tensor)], 'conv5', null);
      }
      case 'pool':
        return {
          op: 'avgpool',
          path: null,
          inputs: [nameOf(m.conv5.tensor)],
          relu: false,
          values: 'nonnegative',
          description: `Global average pool: the mean of each of the ${m.pool.channels} maps.`,
        };
      case 'logits': {
        const w = m.classifier.weightNames;
        return {
          op: 'fc',
          path: null,
          inputs: [nameOf(m.pool.tensor)],
          relu: false,
          values: 'signed',
          description: `Fully connected: ${m.pool.channels} → ${m.classifier.classes} scores.`,
          // a score is recomputed from the file's own weight and bias when it is plainly Σ input·weight + bias
          ...(w && {
            weights: {
              weight: w.weight,
              bias: w.bias,
              inChannels: m.pool.channels,
              outChannels: m.classifier.classes,
              transposed: w.transposed,
            },
          }),
        };
      }
      case 'probs':
        return {
          op: 'softmax',
          path: null,
          inputs: [nameOf(m.classifier.tensor)],
          relu: false,
          values: 'probability',
          description: 'Softmax: the scores exponentiated and divided by their sum.',
        };
    }
  };
  const outputs: OutputSpec[] = model.outputs.map((o) => ({
    name: o.name,
    role: o.role ?? 'layer',
    stage: o.stage,
    unit: o.unit,
    unitType: o.unitType,
    ...(o.role === 'branch' && o.branch ? { branch: o.branch } : {}),
    shape: o.shape,
    layer: layerOf(o),
  }));
  return {
    name: 'own',
    title: fileName,
    modelFile: fileName,
    modelBytes: m.fileBytes,
    opset: m.opset,
    input: {
      name: m.input.name,
      shape: m.input.shape,
      preprocessing: {
        mean: pre.mean[0],
        std: pre.std[0],
        channelMean: [...pre.mean],
        channelStd: [...pre.std],
        background: 'black',
        description: `${h}×${w}, ${c} channel${c === 1 ? '' : 's'}: each channel's pixel/255 minus its mean (${pre.mean.join(', ')}), divided by its standard deviation (${pre.std.join(', ')}).`,
      },
    },
    classes: [...classes],
    outputs,
    units: arch.units,
    stem: arch.stem,
    maxPool: arch.maxPool,
    stages: arch.stages,
    conv5: arch.conv5,
    params: arch.params,
    paramsFolded: arch.paramsFolded,
    multiplyAdds: arch.multiplyAdds,
    accuracy: { value: NaN, testSetSize: 0, testSet: 'none' },
    samples: { file: '', count: 0, format: 'none' },
    training: { epochs: 0, seed: 0, seconds: 0, optimizer: 'unknown', torch: 'unknown' },
  };
}

/** Class names for a classifier of `count` outputs: ImageNet's list for 1,000, else numbers. */
export function classNames(count: number, imagenet: Record<number, string> | null): string[] {
  return Array.from({ length: count }, (_, i) =>
    count === 1000 && imagenet?.[i] ? imagenet[i].split(',')[0] : `class ${i}`,
  );
}
