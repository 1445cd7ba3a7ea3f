import { formatChange, formatCount, formatMillions } from '../../lib/format';
import { networkTable, PAPER_TABLE5, shuffleNetV2, WIDTHS, type LayerRow, type NetworkTable } from '../../lib/network';
import { CustomWidthControls } from './CustomWidthControls';
import styles from './Network.module.css';
import { useCustomWidth } from './useCustomWidth';

const TABLES = WIDTHS.map((w) => networkTable(shuffleNetV2(w)));

/** Where a FLOP count falls among the paper's four widths, in words. */
export function placeAmongWidths(flops: number): string {
  const below = WIDTHS.filter((_, i) => TABLES[i].flops < flops).map((w) => `${Number(w)}×`);
  const above = WIDTHS.filter((_, i) => TABLES[i].flops >= flops).map((w) => `${Number(w)}×`);
  if (below.length === 0) return 'fewer FLOPs than all four published widths';
  if (above.length === 0) return 'more FLOPs than all four published widths';
  return `more FLOPs than ${below.join(', ')} and fewer than ${above.join(', ')}`;
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
  return (
    <div>
      <CustomWidthControls custom={custom} />
      <div className="table-wrap" role="region" aria-label="Table 5 of the paper, regenerated" tabIndex={0}>
        <table className={styles.compact} data-testid="table5">
          <thead>
            <tr>
              <th rowSpan={2}>Layer</th>
              <th rowSpan={2}>Output size</th>
              <th rowSpan={2}>KSize</th>
              <th rowSpan={2}>Stride</th>
              <th rowSpan={2}>Repeat</th>
              <th colSpan={5} style={{ textAlign: 'center' }}>
                Output channels
              </th>
            </tr>
            <tr>
              {WIDTHS.map((w) => (
                <th key={w} className="num">
                  {Number(w)}×
                </th>
              ))}
              <th className="num">yours</th>
            </tr>
          </thead>
          <tbody>
            {base.map((r, i) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
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
                FLOPs, computed
              </th>
              {columns.map((t, j) => (
                <td key={j} className="num" data-flops={j === 4 ? 'custom' : WIDTHS[j]}>
                  {t ? formatCount(t.flops, 4) : '—'}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" colSpan={5}>
                FLOPs, paper (Table 5)
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
                difference
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
                # weights, computed
              </th>
              {columns.map((t, j) => (
                <td key={j} className="num" data-params={j === 4 ? 'custom' : WIDTHS[j]}>
                  {t ? formatCount(t.params, 4) : '—'}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" colSpan={5}>
                # weights, paper (Table 5)
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
          ? `Your width: ${formatCount(custom.table.flops)} FLOPs and ${formatCount(custom.table.params)} weights — ${placeAmongWidths(custom.table.flops)}.`
          : 'Your column is empty until its widths are valid.'}
      </p>
    </div>
  );
}
