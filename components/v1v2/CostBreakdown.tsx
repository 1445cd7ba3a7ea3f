import { formatShape as dims, groupDigits } from '../../lib/format';
import { seriesColor } from '../../lib/palette';
import type { Shape, UnitSpec } from '../../lib/units';
import type { CostTotals, V1UnitSpec } from '../../lib/v1';
import { BarChart } from '../charts/BarChart';
import styles from './V1V2.module.css';

const full = groupDigits;

/**
 * FLOPs and MAC of the two units as bars. V1 and V2 are a comparison, so they get series colours,
 * not the identity and branch colours the diagrams above use for paths.
 */
export function CostBars({ v1, v2 }: { v1: CostTotals; v2: CostTotals }) {
  const bars = (key: 'flops' | 'mac') => [
    { label: 'V1 unit', value: v1[key], color: seriesColor(0) },
    { label: 'V2 unit', value: v2[key], color: seriesColor(1) },
  ];
  return (
    <div className={styles.charts}>
      <figure className={styles.chart}>
        <figcaption className={styles.chartTitle}>FLOPs (multiply-adds)</figcaption>
        <BarChart title="FLOPs of the two units" bars={bars('flops')} />
      </figure>
      <figure className={styles.chart}>
        <figcaption className={styles.chartTitle}>MAC (elements read and written)</figcaption>
        <BarChart title="Memory access cost of the two units" bars={bars('mac')} />
      </figure>
    </div>
  );
}

interface Row {
  id: string;
  label: string;
  output: Shape;
  params: number;
  flops: number;
  mac: number;
  elementwise: number;
}

function OpTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>op</th>
            <th>output</th>
            <th className="num">params</th>
            <th className="num">FLOPs</th>
            <th className="num">MAC</th>
            <th className="num">elem.-wise</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.label}</td>
              <td>{dims(r.output)}</td>
              <td className="num">{full(r.params)}</td>
              <td className="num">{full(r.flops)}</td>
              <td className="num">{full(r.mac)}</td>
              <td className="num">{full(r.elementwise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per-op cost of both units, folded away: where every total above comes from. */
export function CostBreakdown({ v1, v2 }: { v1: V1UnitSpec; v2: UnitSpec }) {
  const v2rows: Row[] = v2.ops.map((op) => ({
    ...op,
    elementwise: op.relu ? op.output.c * op.output.h * op.output.w : 0,
  }));
  return (
    <details>
      <summary>Cost of every operation</summary>
      <OpTable caption="ShuffleNet V1 unit, op by op" rows={v1.ops} />
      <OpTable caption="ShuffleNetV2 unit, op by op" rows={v2rows} />
    </details>
  );
}
