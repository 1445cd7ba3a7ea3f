import { formatCount, formatPercent } from '../../lib/format';
import { conv } from '../../lib/cost';
import { bottleneck, macPerFlop } from '../../lib/guidelines';
import { seriesColor } from '../../lib/palette';
import { G4_WIDTHS as WIDTHS, URL_STATE } from '../../lib/urlKeys';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import { Toggle } from '../controls/Toggle';
import { BarChart } from '../charts/BarChart';
import { useUrlState } from '../cell/useUrlState';
import { FeatureSizeSelect } from './FeatureSize';
import tables from './Tables.module.css';
import { Stat, StatGrid } from '../controls/Stat';

const { g4m: widthParam, g4hw: sizeParam, g4relu: reluParam, g4sc: shortcutParam } = URL_STATE.guidelines;
const pct = (x: number) => formatPercent(x, x < 0.01 && x > 0 ? 2 : 1);

/** G4 calculator: a ResNet bottleneck with and without its ReLUs and shortcut Add. */
export function G4Cell() {
  const [m, setM] = useUrlState(widthParam);
  const [size, setSize] = useUrlState(sizeParam);
  const [relu, setRelu] = useUrlState(reluParam);
  const [shortcut, setShortcut] = useUrlState(shortcutParam);
  const unit = bottleneck(m, size, size, { relu, shortcut });
  const bare = bottleneck(m, size, size, { relu: false, shortcut: false });

  return (
    <div>
      <ControlRow>
        <Select
          label="bottleneck width m (input and output 4m)"
          value={m}
          onChange={setM}
          options={WIDTHS.map((w) => ({ value: w, label: `${w} (4m = ${4 * w})` }))}
        />
        <FeatureSizeSelect size={size} onChange={setSize} />
        <Toggle label="ReLU" checked={relu} onChange={setRelu} />
        <Toggle label="shortcut (Add)" checked={shortcut} onChange={setShortcut} />
      </ControlRow>
      <StatGrid>
        <Stat label="element-wise share of operations">{pct(unit.share.flops)}</Stat>
        <Stat label="element-wise share of MAC">{pct(unit.share.mac)}</Stat>
        <Stat label="unit MAC">{formatCount(unit.totals.mac)}</Stat>
        <Stat label="MAC vs no ReLU, no shortcut">{`+${pct(unit.totals.mac / bare.totals.mac - 1)}`}</Stat>
      </StatGrid>
      <BarChart
        title={`Memory access cost of each operation of a ResNet bottleneck with m = ${m} at ${size}×${size}${relu ? '' : ', without ReLU'}${shortcut ? '' : ', without shortcut'}`}
        bars={unit.ops.map((o) => ({ label: o.label, value: o.mac, color: seriesColor(o.kind === 'conv' ? 0 : 1) }))}
      />
      <p className="output-note">
        The element-wise operations (ReLU, Add) have bars of their own colour. They are counted as one operation per
        output element, since they have no multiply-adds at all.
      </p>
      <details className={tables.details}>
        <summary>Every operation in numbers</summary>
        <div className="table-wrap" role="region" aria-label="Operations of the bottleneck unit" tabIndex={0}>
          <table className={tables.compact}>
            <thead>
              <tr>
                <th>operation</th>
                <th>output</th>
                <th className="num">mult-adds / ops</th>
                <th className="num">MAC</th>
                <th className="num">MAC per op</th>
              </tr>
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
      </details>
    </div>
  );
}

/** MAC per multiply-add of three convolutions on the same feature map: depthwise stands out. */
export function DepthwiseRatio() {
  const [size] = useUrlState(sizeParam);
  const c = 116;
  const layers = [
    { label: `1×1 conv ${c} → ${c}`, layer: conv({ h: size, w: size, cin: c, cout: c }) },
    { label: `3×3 conv ${c} → ${c}`, layer: conv({ h: size, w: size, cin: c, cout: c, kernel: 3 }) },
    {
      label: `3×3 depthwise conv, ${c} channels`,
      layer: conv({ h: size, w: size, cin: c, cout: c, kernel: 3, groups: c }),
    },
  ];
  return (
    <div className="table-wrap" role="region" aria-label="MAC per multiply-add of three convolutions" tabIndex={0}>
      <table className={tables.compact}>
        <thead>
          <tr>
            <th>
              layer at {size}×{size}
            </th>
            <th className="num">MAC per mult-add</th>
            <th className="num">vs 1×1 conv</th>
          </tr>
        </thead>
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
