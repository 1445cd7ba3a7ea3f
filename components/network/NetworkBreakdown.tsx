import { formatCount, formatPercent, groupDigits } from '../../lib/format';
import { networkTable, shuffleNetV2, WIDTHS, type NetworkTable } from '../../lib/network';
import { BREAKDOWN_CHOICES as CHOICES, URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { BarChart } from '../charts/BarChart';
import { useCustomWidth } from './useCustomWidth';
import styles from './Network.module.css';

type Choice = (typeof CHOICES)[number];
const TABLES = Object.fromEntries(WIDTHS.map((w) => [w, networkTable(shuffleNetV2(w))])) as Record<
  string,
  NetworkTable
>;

/** Where a network's parameters and FLOPs sit, layer by layer, for one width. */
export function NetworkBreakdown() {
  const [choice, setChoice] = useUrlState(URL_STATE['whole-network'].breakdown);
  const custom = useCustomWidth();
  const table = choice === 'custom' ? custom.table : TABLES[choice];
  const label = (c: Choice) => (c === 'custom' ? 'your width' : `${Number(c)}×`);
  return (
    <div>
      <div className="control-row" role="group" aria-label="Network width">
        {CHOICES.map((c) => (
          <button key={c} type="button" className="btn" aria-pressed={choice === c} onClick={() => setChoice(c)}>
            {label(c)}
          </button>
        ))}
      </div>
      {!table ? (
        <p className="error-note">Your width is not valid yet: {custom.error}</p>
      ) : (
        <Breakdown table={table} name={label(choice)} />
      )}
    </div>
  );
}

/** The breakdown of one network: the table, then parameters and FLOPs per layer as directly labelled bars. */
export function Breakdown({ table, name }: { table: NetworkTable; name: string }) {
  const counted = table.rows.filter((r) => r.params > 0 || r.flops > 0);
  const share = (v: number, total: number) => formatPercent(v / total);
  const fc = table.rows.find((r) => r.kind === 'fc')!;
  const stages = table.rows.filter((r) => r.kind === 'stage');
  return (
    <>
      <div className="table-wrap" role="region" aria-label={`Parameters and FLOPs per layer, ${name}`} tabIndex={0}>
        <table className={styles.compact} data-testid="breakdown">
          <thead>
            <tr>
              <th>layer</th>
              <th>output</th>
              <th className="num">parameters</th>
              <th className="num">share</th>
              <th className="num">FLOPs</th>
              <th className="num">share</th>
              <th className="num">FLOPs per basic unit</th>
            </tr>
          </thead>
          <tbody>
            {counted.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>{r.outSize ? `${r.outChannels}×${r.outSize.h}×${r.outSize.w}` : r.outChannels}</td>
                <td className="num">{groupDigits(r.params)}</td>
                <td className="num">{share(r.params, table.params)}</td>
                <td className="num">{groupDigits(r.flops)}</td>
                <td className="num">{share(r.flops, table.flops)}</td>
                <td className="num">{r.units.length > 1 ? groupDigits(r.units[1].totals.flops) : ''}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">total</th>
              <td />
              <td className="num" data-total="params">
                {groupDigits(table.params)}
              </td>
              <td />
              <td className="num" data-total="flops">
                {groupDigits(table.flops)}
              </td>
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className={styles.chartTitle} aria-hidden="true">
        Parameters per layer
      </p>
      <BarChart
        title={`Parameters per layer, ${name}`}
        bars={counted.map((r) => ({ label: r.name, value: r.params }))}
      />
      <p className={styles.chartTitle} aria-hidden="true">
        FLOPs per layer
      </p>
      <BarChart title={`FLOPs per layer, ${name}`} bars={counted.map((r) => ({ label: r.name, value: r.flops }))} />
      <p className="output-note" aria-live="polite">
        {name}: the FC layer holds {share(fc.params, table.params)} of the {formatCount(table.params)} parameters but
        does only {share(fc.flops, table.flops)} of the FLOPs. A basic unit costs{' '}
        {stages.map((s) => formatCount(s.units.at(-1)!.totals.flops)).join(', ')} FLOPs in Stages{' '}
        {stages.map((s) => s.name.replace('Stage', '')).join(', ')}: halving the map while doubling the channels keeps
        the work per unit nearly constant.
      </p>
    </>
  );
}
