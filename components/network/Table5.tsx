import { formatChange, formatCount, formatMillions } from '../../lib/format';
import { networkTable, PAPER_TABLE5, shuffleNetV2, WIDTHS, type LayerRow, type NetworkTable } from '../../lib/network';
import { CustomWidthControls } from './CustomWidthControls';
import styles from './Network.module.css';
import { useCustomWidth } from './useCustomWidth';
import { useMessages } from '../i18n/locale';
import { networkCellMessages } from './networkMessages';

type Texts = (typeof networkCellMessages)['en'];

const TABLES = WIDTHS.map((w) => networkTable(shuffleNetV2(w)));

/** Where a FLOP count falls among the paper's four widths, in words. */
export function placeAmongWidths(flops: number, t: Texts = networkCellMessages.en): string {
  const below = WIDTHS.filter((_, i) => TABLES[i].flops < flops).map((w) => `${Number(w)}×`);
  const above = WIDTHS.filter((_, i) => TABLES[i].flops >= flops).map((w) => `${Number(w)}×`);
  if (below.length === 0) return t.fewerThanAll;
  if (above.length === 0) return t.moreThanAll;
  return t.between(below.join(t.list), above.join(t.list));
}

function size(r: LayerRow): string {
  return r.outSize ? `${r.outSize.h}×${r.outSize.w}` : '';
}

/**
 * The paper's Table 5, regenerated: every cell comes from lib/network.ts for the four published
 * widths and the reader's own; the paper's FLOPs and weights are quoted in their own rows.
 */
export function Table5() {
  const custom = useCustomWidth();
  const columns: (NetworkTable | null)[] = [...TABLES, custom.table];
  const base = TABLES[1].rows;
  const pct = (ours: number, paper: number) => formatChange(ours / paper - 1);
  const t = useMessages(networkCellMessages);
  return (
    <div>
      <CustomWidthControls custom={custom} />
      <div className="table-wrap" role="region" aria-label={t.table5} tabIndex={0}>
        <table className={styles.compact} data-testid="table5">
          <thead>
            <tr>
              <th rowSpan={2}>{t.colLayerTitle}</th>
              <th rowSpan={2}>{t.colOutputSize}</th>
              <th rowSpan={2}>{t.colKSize}</th>
              <th rowSpan={2}>{t.colStride}</th>
              <th rowSpan={2}>{t.colRepeat}</th>
              <th colSpan={5} style={{ textAlign: 'center' }}>
                {t.colOutputChannels}
              </th>
            </tr>
            <tr>
              {WIDTHS.map((w) => (
                <th key={w} className="num">
                  {Number(w)}×
                </th>
              ))}
              <th className="num">{t.colYours}</th>
            </tr>
          </thead>
          <tbody>
            {base.map((r, i) => (
              <tr key={r.name}>
                <th scope="row">{t.layer(r.name)}</th>
                <td>{size(r)}</td>
                <td>{r.kind === 'stage' ? '' : r.kernel}</td>
                <td>{r.stride.join(' / ')}</td>
                <td>{r.repeat.join(' / ')}</td>
                {columns.map((t, j) => (
                  <td key={j} className="num" data-col={j === 4 ? 'custom' : WIDTHS[j]}>
                    {t ? (r.kind === 'maxpool' || r.kind === 'globalpool' ? '' : t.rows[i].outChannels) : '—'}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={5}>
                {t.flopsComputed}
              </th>
              {columns.map((t, j) => (
                <td key={j} className="num" data-flops={j === 4 ? 'custom' : WIDTHS[j]}>
                  {t ? formatCount(t.flops, 4) : '—'}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" colSpan={5}>
                {t.flopsPaper}
              </th>
              {WIDTHS.map((w) => (
                <td key={w} className="num">
                  {formatMillions(PAPER_TABLE5[w].flops)}
                </td>
              ))}
              <td className="num">—</td>
            </tr>
            <tr>
              <th scope="row" colSpan={5}>
                {t.difference}
              </th>
              {WIDTHS.map((w, j) => (
                <td key={w} className="num">
                  {pct(TABLES[j].flops, PAPER_TABLE5[w].flops)}
                </td>
              ))}
              <td className="num">—</td>
            </tr>
            <tr>
              <th scope="row" colSpan={5}>
                {t.weightsComputed}
              </th>
              {columns.map((t, j) => (
                <td key={j} className="num" data-params={j === 4 ? 'custom' : WIDTHS[j]}>
                  {t ? formatCount(t.params, 4) : '—'}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" colSpan={5}>
                {t.weightsPaper}
              </th>
              {WIDTHS.map((w) => (
                <td key={w} className="num">
                  {formatMillions(PAPER_TABLE5[w].params)}
                </td>
              ))}
              <td className="num">—</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="output-note" aria-live="polite">
        {custom.table
          ? t.yourWidthSummary(
              formatCount(custom.table.flops),
              formatCount(custom.table.params),
              placeAmongWidths(custom.table.flops, t),
            )
          : t.yourColumnEmpty}
      </p>
    </div>
  );
}
