import { groupDigits } from '../../lib/format';
import type { ModelManifest } from '../../lib/manifest';
import { dropBatch } from '../../lib/steps';
import { MANIFESTS, type ModelName } from '../model/catalog';

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
export function architectureRows(m: ModelManifest): Row[] {
  const [, c0, h0, w0] = m.input.shape;
  const shapeOf = (role: string) => dropBatch(m.outputs.find((o) => o.role === role)!.shape);
  const stem = shapeOf('stem');
  const conv5 = shapeOf('conv5');
  const rows: Row[] = [
    { layer: 'input', operation: 'grey image', size: `${h0}×${w0}`, channels: c0, repeat: '' },
    {
      layer: 'stem',
      operation: `${m.stem.kernel}×${m.stem.kernel} conv, stride ${m.stem.stride}`,
      size: `${stem[1]}×${stem[2]}`,
      channels: stem[0],
      repeat: '1',
    },
  ];
  for (const s of m.stages) {
    const units = m.units.filter((u) => `stage${u.stage}` === s.name);
    const basics = units.filter((u) => u.type === 'basic').length;
    rows.push({
      layer: s.name,
      operation: `${units.length - basics} down-sampling unit, then ${basics} basic unit${basics === 1 ? '' : 's'}`,
      size: `${s.outSize[0]}×${s.outSize[1]}`,
      channels: s.outChannels,
      repeat: String(s.repeats),
    });
  }
  rows.push({
    layer: 'conv5',
    operation: '1×1 conv',
    size: `${conv5[1]}×${conv5[2]}`,
    channels: conv5[0],
    repeat: '1',
  });
  rows.push({ layer: 'pool', operation: 'global average pool', size: '1×1', channels: conv5[0], repeat: '1' });
  rows.push({ layer: 'FC', operation: `fully connected, softmax`, size: '', channels: m.classes.length, repeat: '1' });
  return rows;
}

export function ArchitectureTable({ model = 'digits' }: { model?: ModelName }) {
  const m = MANIFESTS[model];
  const others = (Object.keys(MANIFESTS) as ModelName[]).filter((n) => n !== model);
  const shared = others.filter((n) => sameArchitecture(m, MANIFESTS[n]));
  return (
    <div className="table-wrap" role="region" aria-label="Architecture of the book's small ShuffleNetV2" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th>layer</th>
            <th>what it does</th>
            <th className="num">output size</th>
            <th className="num">channels</th>
            <th className="num">units</th>
          </tr>
        </thead>
        <tbody>
          {architectureRows(m).map((r) => (
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
        Read from <code>models/{model}/manifest.json</code>.
        {shared.length > 0 &&
          ` The ${shared.join(' and ')} model has exactly the same layers; only the weights differ.`}
      </p>
    </div>
  );
}

/** Size, cost, training and measured accuracy of the shipped models side by side, all from their manifests. */
export function ModelFacts() {
  const names = Object.keys(MANIFESTS) as ModelName[];
  const ms = names.map((n) => MANIFESTS[n]);
  const rows: [string, (m: ModelManifest) => string, boolean][] = [
    ['parameters', (m) => count(m.params), true],
    ['multiply-adds per image', (m) => count(m.multiplyAdds), true],
    ['model.onnx', (m) => (m.modelBytes === undefined ? '—' : `${count(Math.round(m.modelBytes / 1024))} kB`), true],
    [
      'trained on',
      (m) =>
        `${m.training.trainSet ?? 'not recorded'}; ${m.training.epochs} epochs${m.training.augmentation ? `; augmentation: ${m.training.augmentation}` : ''}`,
      false,
    ],
    ['tested on', (m) => m.accuracy.testSet, false],
    ['test accuracy', (m) => `${(m.accuracy.value * 100).toFixed(2)} % of ${count(m.accuracy.testSetSize)}`, true],
    ['explorer gallery', (m) => m.samples.description ?? `${count(m.samples.count)} held-out samples`, false],
  ];
  return (
    <div className="table-wrap" role="region" aria-label="The two trained models" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">model</th>
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
