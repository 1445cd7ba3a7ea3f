/**
 * What the explorer tells a reader about the model they opened, in words, from the recognised
 * graph (lib/onnxRecognize.ts). Turning the file into what the explorer runs is lib/ownModel.ts's
 * prepareOwnModel, in the model worker.
 */
import { formatCount } from './format';
import { WIDTH_CHANNELS } from './network';
// types only: the summary is shown on the page, which never loads the recogniser or protobufjs
import type { RecognisedModel } from './onnxRecognize';

export interface SummaryRow {
  label: string;
  value: string;
}

const count = (n: number) => n.toLocaleString('en');
const size = ([h, w]: [number, number]) => `${h}×${w}`;

/** e.g. "ShuffleNetV2 1.0× (a published width)" or "a custom-width ShuffleNetV2". */
export function headline(m: RecognisedModel): string {
  return m.publishedWidth
    ? `ShuffleNetV2 ${m.publishedWidth}× (a published width)`
    : 'A ShuffleNetV2 of a custom width';
}

/** The facts the summary card lists, in reading order. */
export function summaryRows(m: RecognisedModel): SummaryRow[] {
  const [, c, h, w] = m.input.shape;
  const stages = m.stages.map(
    (s) =>
      `${s.name}: ${s.repeats} units (1 down-sampling + ${s.repeats - 1} basic), ${s.outChannels} channels, ${size(s.outSize)}`,
  );
  const width = m.publishedWidth
    ? `${m.publishedWidth}×: stage channels ${WIDTH_CHANNELS[m.publishedWidth].stages.join(', ')}, conv5 ${WIDTH_CHANNELS[m.publishedWidth].conv5}`
    : `none of the published widths (0.5×, 1.0×, 1.5×, 2.0×: stem 24, conv5 1024 or 2048, 4 + 8 + 4 units)`;
  return [
    {
      label: 'input',
      value: `${c} channel${c === 1 ? '' : 's'}, ${h}×${w}${m.input.sizeAssumed ? ' (the file leaves the size open; assumed)' : ''}`,
    },
    {
      label: 'stem',
      value: `${m.stem.kernel}×${m.stem.kernel} conv, stride ${m.stem.stride}, ${m.stem.outChannels} channels, ${size(m.stem.outSize)}${m.maxPool ? `; max pool to ${size(m.maxPool.outSize)}` : ''}`,
    },
    ...stages.map((value, i) => ({ label: i === 0 ? 'stages' : '', value })),
    { label: 'conv5', value: `1×1 conv, ${m.conv5.outChannels} channels, ${size(m.conv5.outSize)}` },
    { label: 'classifier', value: `global average pool, fully connected to ${count(m.classifier.classes)} classes` },
    { label: 'channel widths', value: m.stagesOutChannels.join(', ') },
    { label: 'units per stage', value: m.stagesRepeats.join(', ') },
    { label: 'parameters', value: `${count(m.params)} (${formatCount(m.params)})` },
    { label: 'multiply-adds per image', value: `${count(m.multiplyAdds)} (${formatCount(m.multiplyAdds)})` },
    { label: 'published width', value: width },
    {
      label: 'file',
      value: `ONNX opset ${m.opset}, ${(m.fileBytes / 1024 / 1024).toFixed(1)} MB; BatchNorm ${m.bnFolded ? 'folded into the convolutions' : 'kept as separate layers'}`,
    },
  ];
}
