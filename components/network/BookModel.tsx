import { useEffect, useState } from 'react';
import { formatCount, groupDigits } from '../../lib/format';
import { networkTable, shuffleNetV2, specFromManifest, type NetworkTable } from '../../lib/network';
import { parseManifest, type ModelManifest } from '../../lib/manifest';
import styles from './Network.module.css';
import { Stat, StatGrid } from '../controls/Stat';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; manifest: ModelManifest; table: NetworkTable };

const REFERENCE = networkTable(shuffleNetV2('1.0'));
const stages = (t: NetworkTable) => t.rows.filter((r) => r.kind === 'stage');
const stageSizes = (t: NetworkTable) =>
  stages(t)
    .map((r) => `${r.outSize!.h}×${r.outSize!.w}`)
    .join(', ');
const stageChannels = (t: NetworkTable) =>
  stages(t)
    .map((r) => r.outChannels)
    .join('/');

const MANIFEST_URL = `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/models/digits/manifest.json`;

/**
 * The book's own small model: its architecture read from the manifest that training/export wrote,
 * its layer table computed by lib/network.ts. The counts the training script measured are not shown
 * beside the computed ones (the reader learns nothing from the software agreeing with itself); a
 * disagreement is shown, because then the table would be wrong.
 */
export function BookModel() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetch(MANIFEST_URL)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      })
      .then((json) => {
        const manifest = parseManifest(json);
        if (live) setLoad({ status: 'ready', manifest, table: networkTable(specFromManifest(manifest)) });
      })
      .catch((e: unknown) => {
        if (live) setLoad({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      live = false;
    };
  }, []);

  if (load.status === 'loading')
    return (
      <p className="output-note" aria-live="polite">
        Reading the model’s manifest…
      </p>
    );
  if (load.status === 'error') {
    return (
      <p className="error-note" role="alert">
        The book model’s manifest could not be read ({load.message}), so its table cannot be computed.
      </p>
    );
  }
  const { manifest, table } = load;
  const paramsAgree = table.params === manifest.params;
  const flopsAgree = table.flops === manifest.multiplyAdds;
  return (
    <div aria-live="polite">
      <div className="table-wrap" role="region" aria-label="Layers of the book's model" tabIndex={0}>
        <table className={styles.compact} data-testid="book-model">
          <thead>
            <tr>
              <th>Layer</th>
              <th>Output</th>
              <th>Stride</th>
              <th>Repeat</th>
              <th className="num">parameters</th>
              <th className="num">FLOPs</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>{r.outSize ? `${r.outChannels}×${r.outSize.h}×${r.outSize.w}` : r.outChannels}</td>
                <td>{r.stride.join(' / ')}</td>
                <td>{r.repeat.join(' / ')}</td>
                <td className="num">{r.params ? groupDigits(r.params) : ''}</td>
                <td className="num">{r.flops ? groupDigits(r.flops) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StatGrid live={false}>
        <Stat label="parameters" valueProps={{ 'data-book': 'params' }}>
          {groupDigits(table.params)}
        </Stat>
        <Stat label="multiply-adds per image" valueProps={{ 'data-book': 'flops' }}>
          {groupDigits(table.flops)}
        </Stat>
      </StatGrid>
      <p className={paramsAgree && flopsAgree ? 'output-note' : 'error-note'}>
        {paramsAgree && flopsAgree
          ? `It needs ${Math.round(REFERENCE.flops / table.flops)} times fewer multiply-adds than ShuffleNetV2 1× on ImageNet: its stages work on ${stageSizes(table)} maps instead of ${stageSizes(REFERENCE)}, with ${stageChannels(table)} channels instead of ${stageChannels(REFERENCE)}.`
          : `The counts differ (parameters ${formatCount(table.params)} vs ${formatCount(manifest.params)}, multiply-adds ${formatCount(table.flops)} vs ${formatCount(manifest.multiplyAdds)}): the manifest describes a network this specification does not.`}
      </p>
    </div>
  );
}
