import { formatCount, formatPercent, formatShape, groupDigits } from '../../lib/format';
import { type UnitType } from '../../lib/units';
import { UNIT_METRICS as METRICS, URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { BarChart } from '../charts/BarChart';
import { useMessages } from '../i18n/locale';
import { opColor, opShort } from './opText';
import { unitCellMessages } from './unitsMessages';
import { useUnitState } from './useUnitState';
import styles from './Units.module.css';

type Metric = (typeof METRICS)[number];
const metricParams = {
  basic: URL_STATE['basic-unit']['basic-metric'],
  down: URL_STATE['downsampling-unit']['down-metric'],
};

/** Per-op table and bars for the unit chosen in the explorer cell (same URL keys). */
export function UnitCost({ type }: { type: UnitType }) {
  const { input } = useUnitState(type);
  const [metric, setMetric] = useUrlState(metricParams[type]);
  const t = useMessages(unitCellMessages);
  const METRIC_NAMES: Record<Metric, string> = { flops: t.metricFlops, params: t.metricParams, mac: t.metricMac };
  if (!input.spec) {
    return <p className="output-note">{t.noTable(input.error)}</p>;
  }
  const spec = input.spec;
  const bars = spec.ops
    .filter((op) => (metric === 'mac' ? op.kind !== 'identity' : op.kind.includes('conv')))
    .map((op) => ({ label: opShort(op, spec, t), value: op[metric], color: opColor(op) }));
  const sum = (kinds: string[]) => spec.ops.filter((o) => kinds.includes(o.kind)).reduce((t, o) => t + o[metric], 0);
  const pct = (v: number) => formatPercent(v / spec.totals[metric]);
  const dws = spec.type === 'down';
  const summary =
    metric === 'mac'
      ? t.summaryMac(
          pct(sum(['split', 'concat', 'shuffle'])),
          formatCount(spec.totals.mac),
          dws,
          pct(sum(['dwconv3x3'])),
        )
      : t.summaryCompute(
          pct(sum(['conv1x1'])),
          formatCount(spec.totals[metric]),
          metric === 'params',
          dws,
          pct(sum(['dwconv3x3'])),
        );
  return (
    <div>
      <p className="output-note">{t.forUnit(type !== 'basic', formatShape(spec.input))}</p>
      <div className="table-wrap" role="region" aria-label={t.tableName} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th>{t.colOperation}</th>
              <th>{t.colInput}</th>
              <th>{t.colOutput}</th>
              <th className="num">{t.colParams}</th>
              <th className="num">FLOPs</th>
              <th className="num">MAC</th>
            </tr>
          </thead>
          <tbody>
            {spec.ops.map((op) => (
              <tr key={op.id}>
                <td className={styles.opName}>{opShort(op, spec, t)}</td>
                <td>{formatShape(op.input)}</td>
                <td>{formatShape(op.output)}</td>
                <td className="num">{groupDigits(op.params)}</td>
                <td className="num">{groupDigits(op.flops)}</td>
                <td className="num">{groupDigits(op.mac)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={styles.opName}>
                {t.wholeUnit}
              </th>
              <td>{formatShape(spec.input)}</td>
              <td>{formatShape(spec.output)}</td>
              <td className="num" data-total="params">
                {groupDigits(spec.totals.params)}
              </td>
              <td className="num" data-total="flops">
                {groupDigits(spec.totals.flops)}
              </td>
              <td className="num" data-total="mac">
                {groupDigits(spec.totals.mac)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="control-row" role="group" aria-label={t.metricGroup}>
        {METRICS.map((m) => (
          <button key={m} type="button" className="btn" aria-pressed={metric === m} onClick={() => setMetric(m)}>
            {METRIC_NAMES[m]}
          </button>
        ))}
      </div>
      <BarChart title={t.perOperation(METRIC_NAMES[metric])} bars={bars} />
      <p className="output-note" aria-live="polite">
        {summary}
      </p>
    </div>
  );
}
