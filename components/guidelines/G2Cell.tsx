import { formatChange, formatCount } from '../../lib/format';
import { G2_GROUPS, g2Rows, memberParam, table2Rows } from '../../lib/guidelines';
import { colors, seriesColor } from '../../lib/palette';
import { intParam } from '../../lib/urlState';
import { BarChart } from '../charts/BarChart';
import { useUrlState } from '../cell/useUrlState';
import { FEATURE_SIZES, FeatureSizeSelect } from './FeatureSize';
import tables from './Tables.module.css';

const sizeCodec = memberParam(FEATURE_SIZES, 56);
const widthCodec = intParam(128, 16, 256);
const groupCodec = memberParam(G2_GROUPS, 2);

/**
 * G2 calculator: 1×1 group convolutions c → c whose FLOPs are held at those of a dense
 * c₀ → c₀ conv. More groups need wider layers for the same FLOPs, and MAC grows.
 */
export function G2Cell() {
  const [size, setSize] = useUrlState('g2hw', sizeCodec);
  const [base, setBase] = useUrlState('g2c', widthCodec);
  const [groups, setGroups] = useUrlState('g2g', groupCodec);
  const rows = g2Rows(base, size, size);
  const sel = rows.find((r) => r.g === groups) ?? rows[0];
  const index = G2_GROUPS.indexOf(groups as (typeof G2_GROUPS)[number]);

  return (
    <div>
      <div className="control-row">
        <FeatureSizeSelect size={size} onChange={setSize} />
        <label>
          FLOPs of a dense c₀ → c₀ conv, c₀ =
          <input type="range" min={16} max={256} step={8} value={base} onChange={(e) => setBase(Number(e.target.value))} />
          <output>{base}</output>
        </label>
        <label>
          groups g
          <input type="range" min={0} max={G2_GROUPS.length - 1} step={1} value={index} aria-valuetext={String(groups)}
            onChange={(e) => setGroups(G2_GROUPS[Number(e.target.value)])} />
          <output>{groups}</output>
        </label>
      </div>
      <div className="stat-grid" aria-live="polite">
        <div className="stat"><span className="label">width c = c₁ = c₂ (g = {sel.g})</span><span className="value">{sel.c}</span></div>
        <div className="stat"><span className="label">channels per group</span><span className="value">{sel.c / sel.g}</span></div>
        <div className="stat"><span className="label">FLOPs</span><span className="value">{formatCount(sel.flops)}</span></div>
        <div className="stat"><span className="label">MAC</span><span className="value">{formatCount(sel.mac)}</span></div>
        <div className="stat"><span className="label">MAC vs dense (g = 1)</span><span className="value">{formatChange(sel.macRatio - 1)}</span></div>
      </div>
      <BarChart
        title={`MAC of 1×1 group convolutions with (nearly) equal FLOPs at ${size}×${size}`}
        bars={rows.map((r) => ({ label: `g = ${r.g}, c = ${r.c}`, value: r.mac, color: r.g === groups ? colors.highlight : seriesColor(0), emphasis: r.g === groups }))}
      />
      <div className="table-wrap" role="region" aria-label="Group convolutions with equal FLOPs" tabIndex={0}>
        <table className={tables.compact}>
          <thead>
            <tr><th className="num">g</th><th className="num">c</th><th className="num">FLOPs</th><th className="num">params</th><th className="num">MAC</th><th className="num">MAC vs g = 1</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.g} style={r.g === groups ? { background: 'var(--bg-soft)', fontWeight: 650 } : undefined} aria-current={r.g === groups ? 'true' : undefined}>
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
      <p className="output-note">
        The widths are the multiples of g whose FLOPs come closest to the dense layer&apos;s; the parameter count
        stays put too, because params = c²/g. What grows is the feature map the layer must read and write.
      </p>
    </div>
  );
}

/** The paper's Table 2 settings (g, c), with FLOPs and MAC recomputed: a check that the FLOPs really are equal. */
export function Table2Check() {
  const [size] = useUrlState('g2hw', sizeCodec);
  const rows = table2Rows(size, size);
  return (
    <div className="table-wrap" role="region" aria-label="The paper's Table 2 settings, recomputed" tabIndex={0}>
      <table className={tables.compact}>
        <thead>
          <tr><th className="num">g</th><th className="num">c (paper, ×1)</th><th className="num">FLOPs at {size}×{size}</th><th className="num">FLOPs vs g = 1</th><th className="num">MAC</th><th className="num">MAC vs g = 1</th></tr>
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
