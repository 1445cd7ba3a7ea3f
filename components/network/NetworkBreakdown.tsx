import { formatCount, formatPercent, groupDigits } from '../../lib/format';
import { networkTable, shuffleNetV2, WIDTHS, type NetworkTable } from '../../lib/network';
import { BREAKDOWN_CHOICES as CHOICES, URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { BarChart } from '../charts/BarChart';
import { useCustomWidth } from './useCustomWidth';
import styles from './Network.module.css';
import { useMessages } from '../i18n/locale';
import { networkCellMessages } from './networkMessages';

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
  const t = useMessages(networkCellMessages);
  const label = (c: Choice) => (c === 'custom' ? t.yourWidth : `${Number(c)}×`);
  return (
    <div>
      <div className="control-row" role="group" aria-label={t.networkWidth}>
        {CHOICES.map((c) => (
          <button key={c} type="button" className="btn" aria-pressed={choice === c} onClick={() => setChoice(c)}>
            {label(c)}
          </button>
        ))}
      </div>
      {!table ? (
        <p className="error-note">{t.notValidYet(custom.error ?? '')}</p>
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
  const t = useMessages(networkCellMessages);
  return (
    <>
      <div className="table-wrap" role="region" aria-label={t.breakdownTable(name)} tabIndex={0}>
        <table className={styles.compact} data-testid="breakdown">
          <thead>
            <tr>
              <th>{t.colLayer}</th>
              <th>{t.colOutput}</th>
              <th className="num">{t.colParameters}</th>
              <th className="num">{t.colShare}</th>
              <th className="num">FLOPs</th>
              <th className="num">{t.colShare}</th>
              <th className="num">{t.colPerUnit}</th>
            </tr>
          </thead>
          <tbody>
            {counted.map((r) => (
              <tr key={r.name}>
                <th scope="row">{t.layer(r.name)}</th>
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
              <th scope="row">{t.total}</th>
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
        {t.paramsPerLayer}
      </p>
      <BarChart
        title={t.paramsPerLayerOf(name)}
        bars={counted.map((r) => ({ label: t.layer(r.name), value: r.params }))}
      />
      <p className={styles.chartTitle} aria-hidden="true">
        {t.flopsPerLayer}
      </p>
      <BarChart
        title={t.flopsPerLayerOf(name)}
        bars={counted.map((r) => ({ label: t.layer(r.name), value: r.flops }))}
      />
      <p className="output-note" aria-live="polite">
        {t.breakdownNote(
          name,
          share(fc.params, table.params),
          formatCount(table.params),
          share(fc.flops, table.flops),
          stages.map((s) => formatCount(s.units.at(-1)!.totals.flops)).join(t.list),
          stages.map((s) => s.name.replace('Stage', '')).join(t.list),
        )}
      </p>
    </>
  );
}
