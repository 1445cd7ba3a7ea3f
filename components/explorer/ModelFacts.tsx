import { groupDigits } from '../../lib/format';
import type { ModelManifest } from '../../lib/manifest';
import { dropBatch } from '../../lib/steps';
import type { Locale } from '../../lib/i18n';
import { localizeManifest } from '../../lib/manifestText';
import { MANIFESTS, type ModelName } from '../model/catalog';
import { useLocale, useMessages } from '../i18n/locale';
import { modelFactsMessages } from './explorerMessages';

const count = groupDigits;

/** Whether two manifests describe the same architecture (layer by layer, shapes included). */
export function sameArchitecture(a: ModelManifest, b: ModelManifest): boolean {
  const shape = (m: ModelManifest) =>
    JSON.stringify([
      m.stem,
      m.stages,
      m.conv5,
      m.units.map((u) => [u.type, u.inChannels, u.outChannels, u.inSize, u.outSize]),
      m.outputs.map((o) => o.shape),
    ]);
  return shape(a) === shape(b);
}

interface Row {
  layer: string;
  operation: string;
  size: string;
  channels: number;
  repeat: string;
}

/** The table of layers, read from a manifest (the way the paper's Table 5 lists its ImageNet networks). */
export function architectureRows(m: ModelManifest, locale: Locale = 'en'): Row[] {
  const t = modelFactsMessages[locale];
  const [, c0, h0, w0] = m.input.shape;
  const shapeOf = (role: string) => dropBatch(m.outputs.find((o) => o.role === role)!.shape);
  const stem = shapeOf('stem');
  const conv5 = shapeOf('conv5');
  const rows: Row[] = [
    { layer: t.layerInput, operation: t.greyImage, size: `${h0}×${w0}`, channels: c0, repeat: '' },
    {
      layer: 'stem',
      operation: t.stemOp(m.stem.kernel, m.stem.stride),
      size: `${stem[1]}×${stem[2]}`,
      channels: stem[0],
      repeat: '1',
    },
  ];
  for (const s of m.stages) {
    const units = m.units.filter((u) => `stage${u.stage}` === s.name);
    const basics = units.filter((u) => u.type === 'basic').length;
    rows.push({
      layer: t.layerStage(s.name),
      operation: t.stageOp(units.length - basics, basics),
      size: `${s.outSize[0]}×${s.outSize[1]}`,
      channels: s.outChannels,
      repeat: String(s.repeats),
    });
  }
  rows.push({
    layer: 'conv5',
    operation: t.conv1x1,
    size: `${conv5[1]}×${conv5[2]}`,
    channels: conv5[0],
    repeat: '1',
  });
  rows.push({ layer: t.layerPool, operation: t.globalPool, size: '1×1', channels: conv5[0], repeat: '1' });
  rows.push({ layer: 'FC', operation: t.fcSoftmax, size: '', channels: m.classes.length, repeat: '1' });
  return rows;
}

export function ArchitectureTable({ model = 'digits' }: { model?: ModelName }) {
  const m = MANIFESTS[model];
  const others = (Object.keys(MANIFESTS) as ModelName[]).filter((n) => n !== model);
  const shared = others.filter((n) => sameArchitecture(m, MANIFESTS[n]));
  const locale = useLocale();
  const t = useMessages(modelFactsMessages);
  return (
    <div className="table-wrap" role="region" aria-label={t.architectureLabel} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th>{t.headLayer}</th>
            <th>{t.headWhat}</th>
            <th className="num nowrap">{t.headSize}</th>
            <th className="num nowrap">{t.headChannels}</th>
            <th className="num nowrap">{t.headUnits}</th>
          </tr>
        </thead>
        <tbody>
          {architectureRows(m, locale).map((r) => (
            <tr key={r.layer}>
              <td>{r.layer}</td>
              <td>{r.operation}</td>
              <td className="num">{r.size}</td>
              <td className="num">{r.channels}</td>
              <td className="num">{r.repeat}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="output-note">
        {t.readFrom}
        <code>models/{model}/manifest.json</code>
        {t.readFromEnd}
        {shared.length > 0 && t.sameLayers(shared)}
      </p>
    </div>
  );
}

/** Size, cost, training and measured accuracy of the shipped models side by side, all from their manifests. */
export function ModelFacts() {
  const names = Object.keys(MANIFESTS) as ModelName[];
  const locale = useLocale();
  const t = useMessages(modelFactsMessages);
  const ms = names.map((n) => localizeManifest(MANIFESTS[n], locale));
  const rows: [string, (m: ModelManifest) => string, boolean][] = [
    [t.parameters, (m) => count(m.params), true],
    [t.multiplyAdds, (m) => count(m.multiplyAdds), true],
    ['model.onnx', (m) => (m.modelBytes === undefined ? '—' : `${count(Math.round(m.modelBytes / 1024))} kB`), true],
    [
      t.trainedOn,
      (m) =>
        `${m.training.trainSet ?? t.notRecorded}${t.separator}${t.epochs(m.training.epochs)}${m.training.augmentation ? `${t.separator}${t.augmentation(m.training.augmentation)}` : ''}`,
      false,
    ],
    [t.testedOn, (m) => m.accuracy.testSet, false],
    [t.testAccuracy, (m) => t.accuracyOf((m.accuracy.value * 100).toFixed(2), count(m.accuracy.testSetSize)), true],
    [t.gallery, (m) => m.samples.description ?? t.heldOutSamples(count(m.samples.count)), false],
  ];
  return (
    <div className="table-wrap" role="region" aria-label={t.factsLabel} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.headModel}</th>
            {ms.map((m) => (
              <th key={m.name} scope="col">
                {m.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value, numeric]) => (
            <tr key={label}>
              <th scope="row" style={{ fontWeight: 600 }}>
                {label}
              </th>
              {ms.map((m) => (
                <td
                  key={m.name}
                  className={numeric ? 'num' : undefined}
                  style={numeric ? undefined : { fontSize: '0.82rem' }}>
                  {value(m)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The map sizes of the network in order, e.g. "28×28 → 14×14 → 7×7 → 4×4", from the manifest. */
export function StageSizes({ model = 'digits' }: { model?: ModelName }) {
  const m = MANIFESTS[model];
  const stem = dropBatch(m.outputs.find((o) => o.role === 'stem')!.shape);
  const sizes = [`${stem[1]}×${stem[2]}`, ...m.stages.map((s) => `${s.outSize[0]}×${s.outSize[1]}`)];
  return <>{sizes.join(' → ')}</>;
}
