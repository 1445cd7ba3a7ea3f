import { formatChange, formatCount } from '../../lib/format';
import { G2_GROUPS, g2Rows, table2Rows } from '../../lib/guidelines';
import { colors, seriesColor } from '../../lib/palette';
import { URL_STATE } from '../../lib/urlKeys';
import { ControlRow } from '../controls/ControlRow';
import { ListRange, RangeField } from '../controls/RangeField';
import { BarChart } from '../charts/BarChart';
import { useUrlState } from '../cell/useUrlState';
import { FeatureSizeSelect } from './FeatureSize';
import tables from './Tables.module.css';
import { Stat, StatGrid } from '../controls/Stat';
import { useMessages } from '../i18n/locale';
import { guidelinesMessages } from './guidelinesMessages';

const { g2hw: sizeParam, g2c: widthParam, g2g: groupParam } = URL_STATE.guidelines;

/**
 * G2 calculator: 1×1 group convolutions c → c whose FLOPs are held at those of a dense
 * c₀ → c₀ conv. More groups need wider layers for the same FLOPs, and MAC grows.
 */
export function G2Cell() {
  const [size, setSize] = useUrlState(sizeParam);
  const [base, setBase] = useUrlState(widthParam);
  const [groups, setGroups] = useUrlState(groupParam);
  const t = useMessages(guidelinesMessages);
  const rows = g2Rows(base, size, size);
  const sel = rows.find((r) => r.g === groups) ?? rows[0];

  return (
    <div>
      <ControlRow>
        <FeatureSizeSelect size={size} onChange={setSize} />
        <RangeField
          label={t.g2Width}
          value={base}
          onChange={setBase}
          min={widthParam.codec.min}
          max={widthParam.codec.max}
          step={8}
        />
        <ListRange
          label={t.groupsG}
          values={G2_GROUPS}
          value={groups as (typeof G2_GROUPS)[number]}
          onChange={setGroups}
        />
      </ControlRow>
      <div className={tables.beside}>
        <StatGrid>
          <Stat label={t.widthAtG(sel.g)}>{sel.c}</Stat>
          <Stat label={t.perGroup}>{sel.c / sel.g}</Stat>
          <Stat label="FLOPs">{formatCount(sel.flops)}</Stat>
          <Stat label="MAC">{formatCount(sel.mac)}</Stat>
          <Stat label={t.macVsDense}>{formatChange(sel.macRatio - 1)}</Stat>
        </StatGrid>
        <BarChart
          title={t.g2Title(size)}
          bars={rows.map((r) => ({
            label: t.g2Bar(r.g, r.c),
            value: r.mac,
            color: r.g === groups ? colors.highlight : seriesColor(0),
            emphasis: r.g === groups,
          }))}
        />
      </div>
      {/* the bars say it; the numbers are one click away, as under the paper's tables */}
      <details className={tables.details}>
        <summary>{t.everyGroup}</summary>
        <div className="table-wrap" role="region" aria-label={t.g2Region} tabIndex={0}>
          <table className={tables.compact}>
            <thead>
              <tr>
                <th className="num">g</th>
                <th className="num">c</th>
                <th className="num">FLOPs</th>
                <th className="num">{t.params}</th>
                <th className="num">MAC</th>
                <th className="num">{t.macVsG1}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={r.g}
                  style={r.g === groups ? { background: 'var(--bg-soft)', fontWeight: 650 } : undefined}
                  aria-current={r.g === groups ? 'true' : undefined}>
                  <td className="num">{r.g}</td>
                  <td className="num">{r.c}</td>
                  <td className="num">{formatCount(r.flops)}</td>
                  <td className="num">{formatCount(r.params)}</td>
                  <td className="num">{formatCount(r.mac)}</td>
                  <td className="num">{formatChange(r.macRatio - 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className="output-note">{t.g2Note}</p>
    </div>
  );
}

/** The paper's Table 2 settings (g, c), with FLOPs and MAC recomputed: a check that the FLOPs really are equal. */
export function Table2Check() {
  const [size] = useUrlState(sizeParam);
  const t = useMessages(guidelinesMessages);
  const rows = table2Rows(size, size);
  return (
    <div className="table-wrap" role="region" aria-label={t.table2Region} tabIndex={0}>
      <table className={tables.compact}>
        <thead>
          <tr>
            <th className="num">g</th>
            <th className="num">{t.cPaper}</th>
            <th className="num">{t.flopsAt(size)}</th>
            <th className="num">{t.flopsVsG1}</th>
            <th className="num">MAC</th>
            <th className="num">{t.macVsG1}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.g}>
              <td className="num">{r.g}</td>
              <td className="num">{r.c}</td>
              <td className="num">{formatCount(r.flops)}</td>
              <td className="num">{formatChange(r.flops / rows[0].flops - 1)}</td>
              <td className="num">{formatCount(r.mac)}</td>
              <td className="num">{formatChange(r.macRatio - 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
