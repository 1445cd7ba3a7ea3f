import { useEffect, useState } from 'react';
import { formatCount, groupDigits } from '../../lib/format';
import { networkTable, shuffleNetV2, specFromManifest, type NetworkTable } from '../../lib/network';
import { parseManifest, type ModelManifest } from '../../lib/manifest';
import styles from './Network.module.css';
import { Stat, StatGrid } from '../controls/Stat';
import { useMessages } from '../i18n/locale';
import { networkCellMessages } from './networkMessages';

type Load =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; manifest: ModelManifest; table: NetworkTable };

const REFERENCE = networkTable(shuffleNetV2('1.0'));
const stages = (t: NetworkTable) => t.rows.filter((r) => r.kind === 'stage');
const stageSizes = (t: NetworkTable, separator: string) =>
  stages(t)
    .map((r) => `${r.outSize!.h}×${r.outSize!.w}`)
    .join(separator);
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
  const t = useMessages(networkCellMessages);
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
        {t.readingManifest}
      </p>
    );
  if (load.status === 'error') {
    return (
      <p className="error-note" role="alert">
        {t.manifestError(load.message)}
      </p>
    );
  }
  const { manifest, table } = load;
  const paramsAgree = table.params === manifest.params;
  const flopsAgree = table.flops === manifest.multiplyAdds;
  return (
    <div aria-live="polite">
      <div className="table-wrap" role="region" aria-label={t.bookLayers} tabIndex={0}>
        <table className={styles.compact} data-testid="book-model">
          <thead>
            <tr>
              <th>{t.colLayerTitle}</th>
              <th>{t.colOutputTitle}</th>
              <th>{t.colStride}</th>
              <th>{t.colRepeat}</th>
              <th className="num">{t.colParameters}</th>
              <th className="num">FLOPs</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{t.layer(r.name)}</th>
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
        <Stat label={t.colParameters} valueProps={{ 'data-book': 'params' }}>
          {groupDigits(table.params)}
        </Stat>
        <Stat label={t.multiplyAdds} valueProps={{ 'data-book': 'flops' }}>
          {groupDigits(table.flops)}
        </Stat>
      </StatGrid>
      <p className={paramsAgree && flopsAgree ? 'output-note' : 'error-note'}>
        {paramsAgree && flopsAgree
          ? t.bookSmaller(
              Math.round(REFERENCE.flops / table.flops),
              stageSizes(table, t.list),
              stageSizes(REFERENCE, t.list),
              stageChannels(table),
              stageChannels(REFERENCE),
            )
          : t.countsDiffer(
              formatCount(table.params),
              formatCount(manifest.params),
              formatCount(table.flops),
              formatCount(manifest.multiplyAdds),
            )}
      </p>
    </div>
  );
}
