import { formatShape as dims, groupDigits } from '../../lib/format';
import { seriesColor } from '../../lib/palette';
import type { Shape, UnitSpec } from '../../lib/units';
import type { CostTotals, V1UnitSpec } from '../../lib/v1';
import { BarChart } from '../charts/BarChart';
import styles from './V1V2.module.css';
import { opLabel, type OpDescription } from '../../lib/opNames';
import { useLocale, useMessages } from '../i18n/locale';
import { v1v2Messages } from './v1v2Messages';

const full = groupDigits;

/**
 * FLOPs and MAC of the two units as bars. V1 and V2 are a comparison, so they get series colours,
 * not the identity and branch colours the diagrams above use for paths.
 */
export function CostBars({ v1, v2 }: { v1: CostTotals; v2: CostTotals }) {
  const t = useMessages(v1v2Messages);
  const bars = (key: 'flops' | 'mac') => [
    { label: t.v1Unit, value: v1[key], color: seriesColor(0) },
    { label: t.v2Unit, value: v2[key], color: seriesColor(1) },
  ];
  return (
    <div className={styles.charts}>
      <figure className={styles.chart}>
        <figcaption className={styles.chartTitle}>{t.flopsMultAdds}</figcaption>
        <BarChart title={t.flopsTitle} bars={bars('flops')} />
      </figure>
      <figure className={styles.chart}>
        <figcaption className={styles.chartTitle}>{t.macMoved}</figcaption>
        <BarChart title={t.macTitle} bars={bars('mac')} />
      </figure>
    </div>
  );
}

/** An op of either unit; its label is written in the page's language from what the op is. */
interface Row extends OpDescription {
  id: string;
  output: Shape;
  params: number;
  flops: number;
  mac: number;
  elementwise: number;
}

function OpTable({ caption, rows }: { caption: string; rows: Row[] }) {
  const t = useMessages(v1v2Messages);
  const locale = useLocale();
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>{t.op}</th>
            <th>{t.output}</th>
            <th className="num">{t.params}</th>
            <th className="num">FLOPs</th>
            <th className="num">MAC</th>
            <th className="num">{t.elementwiseShort}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{opLabel(r, locale)}</td>
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
  const t = useMessages(v1v2Messages);
  return (
    <details>
      <summary>{t.everyOp}</summary>
      <OpTable caption={t.v1OpByOp} rows={v1.ops} />
      <OpTable caption={t.v2OpByOp} rows={v2rows} />
    </details>
  );
}
