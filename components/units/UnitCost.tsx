import { formatCount, formatPercent, formatShape, groupDigits } from '../../lib/format';
import { type UnitType } from '../../lib/units';
import { UNIT_METRICS as METRICS, URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { BarChart } from '../charts/BarChart';
import { opColor, opShort } from './opText';
import { useUnitState } from './useUnitState';

type Metric = (typeof METRICS)[number];
const METRIC_NAMES: Record<Metric, string> = {
  flops: 'FLOPs (multiply-adds)',
  params: 'parameters',
  mac: 'memory access (MAC)',
};
const metricParams = {
  basic: URL_STATE['basic-unit']['basic-metric'],
  down: URL_STATE['downsampling-unit']['down-metric'],
};

/** Per-op table and bars for the unit chosen in the explorer cell (same URL keys). */
export function UnitCost({ type }: { type: UnitType }) {
  const { input } = useUnitState(type);
  const [metric, setMetric] = useUrlState(metricParams[type]);
  if (!input.spec) {
    return <p className="output-note">The table appears when the sizes above describe a valid unit: {input.error}</p>;
  }
  const spec = input.spec;
  const bars = spec.ops
    .filter((op) => (metric === 'mac' ? op.kind !== 'identity' : op.kind.includes('conv')))
    .map((op) => ({ label: opShort(op, spec), value: op[metric], color: opColor(op) }));
  const sum = (kinds: string[]) => spec.ops.filter((o) => kinds.includes(o.kind)).reduce((t, o) => t + o[metric], 0);
  const pct = (v: number) => formatPercent(v / spec.totals[metric]);
  const summary =
    metric === 'mac'
      ? `Split, concat and shuffle compute nothing, yet as separate operations they cause ${pct(sum(['split', 'concat', 'shuffle']))} of the unit's ${formatCount(spec.totals.mac)} memory accesses; the depthwise convolution${spec.type === 'down' ? 's' : ''} ${pct(sum(['dwconv3x3']))}.`
      : `The 1×1 convolutions account for ${pct(sum(['conv1x1']))} of the unit's ${formatCount(spec.totals[metric])} ${METRIC_NAMES[metric]}, the depthwise convolution${spec.type === 'down' ? 's' : ''} for ${pct(sum(['dwconv3x3']))}${metric === 'params' ? ' (BatchNorm’s γ and β included with each convolution)' : ''}.`;
  return (
    <div>
      <p className="output-note">
        For the {type === 'basic' ? 'basic' : 'down-sampling'} unit on a {formatShape(spec.input)} input chosen above.
      </p>
      <div className="table-wrap" role="region" aria-label="Shapes and cost of every operation" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th>operation</th>
              <th>input</th>
              <th>output</th>
              <th className="num">params</th>
              <th className="num">FLOPs</th>
              <th className="num">MAC</th>
            </tr>
          </thead>
          <tbody>
            {spec.ops.map((op) => (
              <tr key={op.id}>
                <td>{opShort(op, spec)}</td>
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
              <th scope="row">whole unit</th>
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
      <div className="control-row" role="group" aria-label="Quantity shown in the bars">
        {METRICS.map((m) => (
          <button key={m} type="button" className="btn" aria-pressed={metric === m} onClick={() => setMetric(m)}>
            {METRIC_NAMES[m]}
          </button>
        ))}
      </div>
      <BarChart title={`${METRIC_NAMES[metric]} per operation`} bars={bars} />
      <p className="output-note" aria-live="polite">
        {summary}
      </p>
    </div>
  );
}
