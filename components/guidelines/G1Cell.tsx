import { FEATURE_SIZES, FeatureSizeSelect } from './FeatureSize';
import { formatCount, formatPercent } from '../../lib/format';
import { macLowerBound } from '../../lib/cost';
import { G1_RATIOS, g1Curve, g1Pair, g1Row, macAtRatio, memberParam, ratioLabel, ratioValue, TABLE1_PAIRS } from '../../lib/guidelines';
import { colors, seriesColor } from '../../lib/palette';
import { intParam } from '../../lib/urlState';
import { useUrlState } from '../cell/useUrlState';
import { LineChart } from '../charts/LineChart';
import tables from './Tables.module.css';

const sizeCodec = memberParam(FEATURE_SIZES, 56);
const widthCodec = intParam(128, 16, 512);
const ratioCodec = memberParam(G1_RATIOS, 1);
const pct = (x: number) => formatPercent(x);

/**
 * G1 calculator: a 1×1 conv whose FLOPs are held at those of a c → c conv, with the work split
 * between c₁ and c₂ in the chosen ratio. MAC against the ratio, with the lower bound.
 */
export function G1Cell() {
  const [size, setSize] = useUrlState('g1hw', sizeCodec);
  const [width, setWidth] = useUrlState('g1c', widthCodec);
  const [code, setCode] = useUrlState('g1r', ratioCodec);
  const index = G1_RATIOS.indexOf(code as (typeof G1_RATIOS)[number]);

  const flops = size * size * width * width;
  const bound = macLowerBound(flops, size, size);
  const { c1, c2 } = g1Pair(flops, size, size, code);
  const row = g1Row(ratioLabel(code), c1, c2, size, size);
  const smooth = macAtRatio(flops, size, size, ratioValue(code));
  const curve = g1Curve(flops, size, size).map((p) => ({ x: p.log2Ratio, y: p.mac }));
  const boundLine = [{ x: -4, y: bound }, { x: 4, y: bound }];
  const ticks = [-4, -2, 0, 2, 4].map((v) => ({ value: v, label: v === 0 ? '1 : 1' : v > 0 ? `1 : ${2 ** v}` : `${2 ** -v} : 1` }));

  return (
    <div>
      <div className="control-row">
        <FeatureSizeSelect size={size} onChange={setSize} />
        <label>
          FLOPs of a c → c conv, c =
          <input type="range" min={16} max={512} step={16} value={width} onChange={(e) => setWidth(Number(e.target.value))} />
          <output>{width}</output>
        </label>
        <label>
          ratio c₁ : c₂
          <input type="range" min={0} max={G1_RATIOS.length - 1} step={1} value={index} aria-valuetext={ratioLabel(code)}
            onChange={(e) => setCode(G1_RATIOS[Number(e.target.value)])} />
          <output>{ratioLabel(code)}</output>
        </label>
      </div>
      <div className="stat-grid" aria-live="polite">
        <div className="stat"><span className="label">widths c₁ → c₂</span><span className="value">{c1} → {c2}</span></div>
        <div className="stat"><span className="label">FLOPs B (mult-adds)</span><span className="value">{formatCount(row.flops)}</span></div>
        <div className="stat"><span className="label">MAC</span><span className="value">{formatCount(row.mac)}</span></div>
        <div className="stat"><span className="label">bound 2√(hwB) + B/hw</span><span className="value">{formatCount(row.bound)}</span></div>
        <div className="stat"><span className="label">above the bound</span><span className="value">{pct(row.excess)}</span></div>
      </div>
      <LineChart
        title={`MAC of a 1×1 convolution with ${formatCount(flops)} FLOPs at ${size}×${size}, against the ratio c₁ : c₂. The curve is lowest at 1 : 1, where it touches the lower bound ${formatCount(bound)}; at ${ratioLabel(code)} MAC is ${formatCount(smooth.mac)}.`}
        series={[
          { label: 'MAC at fixed FLOPs', color: seriesColor(0), points: curve },
          { label: 'lower bound 2√(hwB) + B/hw', color: seriesColor(2), points: boundLine, dashed: true },
        ]}
        markers={[{ x: Math.log2(ratioValue(code)), y: smooth.mac, label: ratioLabel(code), color: colors.highlight }]}
        xTicks={ticks}
        xLabel="ratio c₁ : c₂ (log scale)"
        yLabel="MAC (elements)"
        formatY={(y) => formatCount(y)}
      />
      <p className="output-note">
        {code === 1
          ? `At 1 : 1 the layer sits exactly on the bound: no other split of the same work moves less data.`
          : `Same work, ${pct(row.excess)} more memory traffic than the bound. (The widths are rounded to whole channels, so the FLOPs differ from B by ${pct(Math.abs(row.flops / flops - 1))}; the curve uses exact widths.)`}
      </p>
    </div>
  );
}

/** The paper's Table 1 channel pairs with FLOPs and MAC recomputed at the G1 cell's feature-map size. */
export function Table1Check() {
  const [size] = useUrlState('g1hw', sizeCodec);
  const [base, ...rest] = TABLE1_PAIRS.map((p) => g1Row(p.label, p.c1, p.c2, size, size));
  return (
    <div className="table-wrap" role="region" aria-label="The channel pairs of the paper's Table 1, recomputed" tabIndex={0}>
      <table className={tables.compact}>
        <thead>
          <tr><th>c₁ : c₂</th><th className="num">(c₁, c₂)</th><th className="num">FLOPs at {size}×{size}</th><th className="num">FLOPs vs 1 : 1</th><th className="num">MAC</th><th className="num">MAC above the bound</th></tr>
        </thead>
        <tbody>
          {[base, ...rest].map((r) => (
            <tr key={r.label}>
              <td>{r.label}</td>
              <td className="num">({r.c1}, {r.c2})</td>
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
