/**
 * What the explorer tells a reader about the model they opened, in words, from the recognised
 * graph (lib/onnxRecognize.ts). Turning the file into what the explorer runs is lib/ownModel.ts's
 * prepareOwnModel, in the model worker.
 */
import { formatCount } from './format';
import type { Locale } from './i18n';
import { summaryMessages } from './onnxRecognizeSummaryMessages';
import { WIDTH_CHANNELS } from './network';
// types only: the summary is shown on the page, which never loads the recogniser or protobufjs
import type { RecognisedModel } from './onnxRecognize';

export interface SummaryRow {
  label: string;
  value: string;
}

const size = ([h, w]: [number, number]) => `${h}×${w}`;

/** e.g. "ShuffleNetV2 1.0× (a published width)" or "a custom-width ShuffleNetV2". */
export function headline(m: RecognisedModel, locale: Locale = 'en'): string {
  const t = summaryMessages[locale];
  return m.publishedWidth ? t.published(m.publishedWidth) : t.custom();
}

/** The facts the summary card lists, in reading order. */
export function summaryRows(m: RecognisedModel, locale: Locale = 'en'): SummaryRow[] {
  const t = summaryMessages[locale];
  const count = (n: number) => n.toLocaleString('en');
  const [, c, h, w] = m.input.shape;
  const stages = m.stages.map((s) => t.stage(s.index, s.repeats, s.outChannels, size(s.outSize)));
  const width = m.publishedWidth
    ? t.widthOf(
        m.publishedWidth,
        WIDTH_CHANNELS[m.publishedWidth].stages.join(', '),
        WIDTH_CHANNELS[m.publishedWidth].conv5,
      )
    : t.noWidth();
  return [
    { label: t.input(), value: t.inputValue(c, `${h}×${w}`, m.input.sizeAssumed) },
    {
      label: t.stem(),
      value: t.stemValue(
        m.stem.kernel,
        m.stem.stride,
        m.stem.outChannels,
        size(m.stem.outSize),
        m.maxPool ? size(m.maxPool.outSize) : '',
      ),
    },
    ...stages.map((value, i) => ({ label: i === 0 ? t.stages() : '', value })),
    { label: t.conv5(), value: t.conv5Value(m.conv5.outChannels, size(m.conv5.outSize)) },
    { label: t.classifier(), value: t.classifierValue(count(m.classifier.classes)) },
    { label: t.channelWidths(), value: m.stagesOutChannels.join(', ') },
    { label: t.unitsPerStage(), value: m.stagesRepeats.join(', ') },
    { label: t.parameters(), value: `${count(m.params)} (${formatCount(m.params)})` },
    { label: t.multiplyAdds(), value: `${count(m.multiplyAdds)} (${formatCount(m.multiplyAdds)})` },
    { label: t.publishedWidth(), value: width },
    { label: t.file(), value: t.fileValue(m.opset, (m.fileBytes / 1024 / 1024).toFixed(1), m.bnFolded) },
  ];
}
