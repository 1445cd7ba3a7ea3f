import { FeatureSizeSelect } from './FeatureSize';
import { formatCount, formatPercent } from '../../lib/format';
import { macLowerBound } from '../../lib/cost';
import {
  G1_RATIOS,
  g1Curve,
  g1Pair,
  g1Row,
  macAtRatio,
  ratioLabel,
  ratioValue,
  TABLE1_PAIRS,
} from '../../lib/guidelines';
import { colors, seriesColor } from '../../lib/palette';
import { URL_STATE } from '../../lib/urlKeys';
import { ControlRow } from '../controls/ControlRow';
import { ListRange, RangeField } from '../controls/RangeField';
import { useUrlState } from '../cell/useUrlState';
import { LineChart } from '../charts/LineChart';
import tables from './Tables.module.css';
import { Stat, StatGrid } from '../controls/Stat';
import { useMessages } from '../i18n/locale';
import { guidelinesMessages } from './guidelinesMessages';

const { g1hw: sizeParam, g1c: widthParam, g1r: ratioParam } = URL_STATE.guidelines;
const pct = (x: number) => formatPercent(x);

/**
 * G1 calculator: a 1×1 conv whose FLOPs are held at those of a c → c conv, with the work split
 * between c₁ and c₂ in the chosen ratio. MAC against the ratio, with the lower bound.
 */
export function G1Cell() {
  const [size, setSize] = useUrlState(sizeParam);
  const [width, setWidth] = useUrlState(widthParam);
  const [code, setCode] = useUrlState(ratioParam);
  const t = useMessages(guidelinesMessages);

  const flops = size * size * width * width;
  const bound = macLowerBound(flops, size, size);
  const { c1, c2 } = g1Pair(flops, size, size, code);
  const row = g1Row(ratioLabel(code), c1, c2, size, size);
  const smooth = macAtRatio(flops, size, size, ratioValue(code));
  const curve = g1Curve(flops, size, size).map((p) => ({ x: p.log2Ratio, y: p.mac }));
  const boundLine = [
    { x: -4, y: bound },
    { x: 4, y: bound },
  ];
  const ticks = [-4, -2, 0, 2, 4].map((v) => ({
    value: v,
    label: v === 0 ? '1 : 1' : v > 0 ? `1 : ${2 ** v}` : `${2 ** -v} : 1`,
  }));

  return (
    <div>
      <ControlRow>
        <FeatureSizeSelect size={size} onChange={setSize} />
        <RangeField
          label={t.g1Width}
          value={width}
          onChange={setWidth}
          min={widthParam.codec.min}
          max={widthParam.codec.max}
          step={16}
        />
        <ListRange
          label={t.ratio}
          values={G1_RATIOS}
          value={code as (typeof G1_RATIOS)[number]}
          onChange={setCode}
          format={ratioLabel}
        />
      </ControlRow>
      <div className={tables.beside}>
        <StatGrid>
          <Stat label={t.widths}>
            {c1} → {c2}
          </Stat>
          <Stat label={t.flopsB}>{formatCount(row.flops)}</Stat>
          <Stat label="MAC">{formatCount(row.mac)}</Stat>
          <Stat label={t.bound}>{formatCount(row.bound)}</Stat>
          <Stat label={t.aboveBound}>{pct(row.excess)}</Stat>
        </StatGrid>
        <LineChart
          title={t.g1Title(formatCount(flops), size, formatCount(bound), ratioLabel(code), formatCount(smooth.mac))}
          series={[
            { label: t.macAtFixedFlops, color: seriesColor(0), points: curve },
            { label: t.lowerBound, color: seriesColor(2), points: boundLine, dashed: true },
          ]}
          markers={[
            { x: Math.log2(ratioValue(code)), y: smooth.mac, label: ratioLabel(code), color: colors.highlight },
          ]}
          xTicks={ticks}
          xLabel={t.ratioLog}
          yLabel={t.macElements}
          formatY={(y) => formatCount(y)}
          height={210}
        />
      </div>
      <p className="output-note">
        {code === 1 ? t.onBound : t.aboveBoundNote(pct(row.excess), pct(Math.abs(row.flops / flops - 1)))}
      </p>
    </div>
  );
}

/** The paper's Table 1 channel pairs with FLOPs and MAC recomputed at the G1 cell's feature-map size. */
export function Table1Check() {
  const [size] = useUrlState(sizeParam);
  const t = useMessages(guidelinesMessages);
  const [base, ...rest] = TABLE1_PAIRS.map((p) => g1Row(p.label, p.c1, p.c2, size, size));
  return (
    <div className="table-wrap" role="region" aria-label={t.table1Region} tabIndex={0}>
      <table className={tables.compact}>
        <thead>
          <tr>
            <th>c₁ : c₂</th>
            <th className="num">(c₁, c₂)</th>
            <th className="num">{t.flopsAt(size)}</th>
            <th className="num">{t.flopsVsEven}</th>
            <th className="num">MAC</th>
            <th className="num">{t.macAboveBound}</th>
          </tr>
        </thead>
        <tbody>
          {[base, ...rest].map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td className="num">
                ({r.c1}, {r.c2})
              </td>
              <td className="num">{formatCount(r.flops)}</td>
              <td className="num">{`${r.flops >= base.flops ? '+' : '−'}${pct(Math.abs(r.flops / base.flops - 1))}`}</td>
              <td className="num">{formatCount(r.mac)}</td>
              <td className="num">{pct(r.excess)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
