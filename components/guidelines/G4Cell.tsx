import { formatCount, formatPercent } from '../../lib/format';
import { conv } from '../../lib/cost';
import { bottleneck, macPerFlop, memberParam } from '../../lib/guidelines';
import { seriesColor } from '../../lib/palette';
import { boolParam } from '../../lib/urlState';
import { BarChart } from '../charts/BarChart';
import { useUrlState } from '../cell/useUrlState';
import { FEATURE_SIZES, FeatureSizeSelect } from './FeatureSize';
import tables from './Tables.module.css';

const WIDTHS = [16, 32, 64, 128] as const;
const widthCodec = memberParam(WIDTHS, 64);
const sizeCodec = memberParam(FEATURE_SIZES, 56);
const reluCodec = boolParam(true);
const shortcutCodec = boolParam(true);
const pct = (x: number) => formatPercent(x, x < 0.01 && x > 0 ? 2 : 1);

/** G4 calculator: a ResNet bottleneck with and without its ReLUs and shortcut Add. */
export function G4Cell() {
  const [m, setM] = useUrlState('g4m', widthCodec);
  const [size, setSize] = useUrlState('g4hw', sizeCodec);
  const [relu, setRelu] = useUrlState('g4relu', reluCodec);
  const [shortcut, setShortcut] = useUrlState('g4sc', shortcutCodec);
  const unit = bottleneck(m, size, size, { relu, shortcut });
  const bare = bottleneck(m, size, size, { relu: false, shortcut: false });

  return (
    <div>
      <div className="control-row">
        <label>
          bottleneck width m (input and output 4m)
          <select value={m} onChange={(e) => setM(Number(e.target.value))}>
            {WIDTHS.map((w) => <option key={w} value={w}>{w} (4m = {4 * w})</option>)}
          </select>
        </label>
        <FeatureSizeSelect size={size} onChange={setSize} />
        <label><input type="checkbox" checked={relu} onChange={(e) => setRelu(e.target.checked)} /> ReLU</label>
        <label><input type="checkbox" checked={shortcut} onChange={(e) => setShortcut(e.target.checked)} /> shortcut (Add)</label>
      </div>
      <div className="stat-grid" aria-live="polite">
        <div className="stat"><span className="label">element-wise share of operations</span><span className="value">{pct(unit.share.flops)}</span></div>
        <div className="stat"><span className="label">element-wise share of MAC</span><span className="value">{pct(unit.share.mac)}</span></div>
        <div className="stat"><span className="label">unit MAC</span><span className="value">{formatCount(unit.totals.mac)}</span></div>
        <div className="stat"><span className="label">MAC vs no ReLU, no shortcut</span><span className="value">{`+${pct(unit.totals.mac / bare.totals.mac - 1)}`}</span></div>
      </div>
      <BarChart
        title={`Memory access cost of each operation of a ResNet bottleneck with m = ${m} at ${size}×${size}${relu ? '' : ', without ReLU'}${shortcut ? '' : ', without shortcut'}`}
        bars={unit.ops.map((o) => ({ label: o.label, value: o.mac, color: seriesColor(o.kind === 'conv' ? 0 : 1) }))}
      />
      <p className="output-note">
        The element-wise operations (ReLU, Add) have bars of their own colour. They are counted as one operation per
        output element, since they have no multiply-adds at all.
      </p>
      <div className="table-wrap" role="region" aria-label="Operations of the bottleneck unit" tabIndex={0}>
        <table className={tables.compact}>
          <thead>
            <tr><th>operation</th><th>output</th><th className="num">mult-adds / ops</th><th className="num">MAC</th><th className="num">MAC per op</th></tr>
          </thead>
          <tbody>
            {unit.ops.map((o) => (
              <tr key={o.id}>
                <td>{o.label}</td>
                <td>{o.shape}</td>
                <td className="num">{formatCount(o.flops)}</td>
                <td className="num">{formatCount(o.mac)}</td>
                <td className="num">{(o.mac / o.flops).toFixed(3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** MAC per multiply-add of three convolutions on the same feature map: depthwise stands out. */
export function DepthwiseRatio() {
  const [size] = useUrlState('g4hw', sizeCodec);
  const c = 116;
  const layers = [
    { label: `1×1 conv ${c} → ${c}`, layer: conv({ h: size, w: size, cin: c, cout: c }) },
    { label: `3×3 conv ${c} → ${c}`, layer: conv({ h: size, w: size, cin: c, cout: c, kernel: 3 }) },
    { label: `3×3 depthwise conv, ${c} channels`, layer: conv({ h: size, w: size, cin: c, cout: c, kernel: 3, groups: c }) },
  ];
  return (
    <div className="table-wrap" role="region" aria-label="MAC per multiply-add of three convolutions" tabIndex={0}>
      <table className={tables.compact}>
        <thead><tr><th>layer at {size}×{size}</th><th className="num">MAC per mult-add</th><th className="num">vs 1×1 conv</th></tr></thead>
        <tbody>
          {layers.map(({ label, layer }) => (
            <tr key={label}>
              <td>{label}</td>
              <td className="num">{macPerFlop(layer).toFixed(4)}</td>
              <td className="num">{(macPerFlop(layer) / macPerFlop(layers[0].layer)).toFixed(1)}×</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
