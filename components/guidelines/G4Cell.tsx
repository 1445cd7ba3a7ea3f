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
import { useLocale, useMessages } from '../i18n/locale';
import { guidelinesMessages } from './guidelinesMessages';

const { g4m: widthParam, g4hw: sizeParam, g4relu: reluParam, g4sc: shortcutParam } = URL_STATE.guidelines;
const pct = (x: number) => formatPercent(x, x < 0.01 && x > 0 ? 2 : 1);

/** G4 calculator: a ResNet bottleneck with and without its ReLUs and shortcut Add. */
export function G4Cell() {
  const [m, setM] = useUrlState(widthParam);
  const [size, setSize] = useUrlState(sizeParam);
  const [relu, setRelu] = useUrlState(reluParam);
  const [shortcut, setShortcut] = useUrlState(shortcutParam);
  const locale = useLocale();
  const t = useMessages(guidelinesMessages);
  const unit = bottleneck(m, size, size, { relu, shortcut }, locale);
  const bare = bottleneck(m, size, size, { relu: false, shortcut: false });

  return (
    <div>
      <ControlRow>
        <Select
          label={t.bottleneckWidth}
          value={m}
          onChange={setM}
          options={WIDTHS.map((w) => ({ value: w, label: t.widthOption(w) }))}
        />
        <FeatureSizeSelect size={size} onChange={setSize} />
        <Toggle label="ReLU" checked={relu} onChange={setRelu} />
        <Toggle label={t.shortcutAdd} checked={shortcut} onChange={setShortcut} />
      </ControlRow>
      <div className={tables.beside}>
        <StatGrid>
          <Stat label={t.shareOps}>{pct(unit.share.flops)}</Stat>
          <Stat label={t.shareMac}>{pct(unit.share.mac)}</Stat>
          <Stat label={t.unitMac}>{formatCount(unit.totals.mac)}</Stat>
          <Stat label={t.macVsBare}>{`+${pct(unit.totals.mac / bare.totals.mac - 1)}`}</Stat>
        </StatGrid>
        <BarChart
          title={t.g4Title(m, size, relu, shortcut)}
          bars={unit.ops.map((o) => ({ label: o.label, value: o.mac, color: seriesColor(o.kind === 'conv' ? 0 : 1) }))}
        />
      </div>
      <p className="output-note">{t.g4Note}</p>
      <details className={tables.details}>
        <summary>{t.everyOp}</summary>
        <div className="table-wrap" role="region" aria-label={t.g4Region} tabIndex={0}>
          <table className={tables.compact}>
            <thead>
              <tr>
                <th>{t.operation}</th>
                <th>{t.output}</th>
                <th className="num">{t.multAddsOps}</th>
                <th className="num">MAC</th>
                <th className="num">{t.macPerOp}</th>
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
  const t = useMessages(guidelinesMessages);
  const c = 116;
  const layers = [
    { label: t.dw1x1(c), layer: conv({ h: size, w: size, cin: c, cout: c }) },
    { label: t.dw3x3(c), layer: conv({ h: size, w: size, cin: c, cout: c, kernel: 3 }) },
    {
      label: t.dwDepthwise(c),
      layer: conv({ h: size, w: size, cin: c, cout: c, kernel: 3, groups: c }),
    },
  ];
  return (
    <div className="table-wrap" role="region" aria-label={t.dwRegion} tabIndex={0}>
      <table className={tables.compact}>
        <thead>
          <tr>
            <th>{t.layerAt(size)}</th>
            <th className="num">{t.macPerMultAdd}</th>
            <th className="num">{t.vs1x1}</th>
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
