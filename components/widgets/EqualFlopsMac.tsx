import { EQUAL_FLOPS_SIZES as SIZES, URL_STATE } from '../../lib/urlKeys';
import { formatCount } from '../../lib/format';
import { channelsForRatio, conv, convFlops, convMac, convParams, macLowerBound } from '../../lib/cost';
import { seriesColor } from '../../lib/palette';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { RangeField } from '../controls/RangeField';
import { Select } from '../controls/Select';
import { BarChart } from '../charts/BarChart';
import { useMessages } from '../i18n/locale';
import { widgetsMessages } from './widgetsMessages';

const { hw: sizeParam, eqc: widthParam, ratio: ratioParam } = URL_STATE['why-shufflenet-v2'];

/**
 * Chapter 1's cell: two 1×1 convolutions with (nearly) the same FLOPs — one with equal input and
 * output widths, one with c₂ = r·c₁ — and their memory access cost.
 */
export function EqualFlopsMac() {
  const [size, setSize] = useUrlState(sizeParam);
  const [width, setWidth] = useUrlState(widthParam);
  const [ratio, setRatio] = useUrlState(ratioParam);
  const t = useMessages(widgetsMessages);

  const balanced = conv({ h: size, w: size, cin: width, cout: width });
  const target = convFlops(balanced);
  const { c1, c2 } = channelsForRatio(target, size, size, ratio);
  const skewed = conv({ h: size, w: size, cin: c1, cout: c2 });
  const layers = [
    { name: t.balanced(width), layer: balanced, color: seriesColor(0) },
    { name: t.skewed(c1, c2), layer: skewed, color: seriesColor(1) },
  ];
  const bound = macLowerBound(target, size, size);
  const extra = convMac(skewed) / convMac(balanced) - 1;

  return (
    <div>
      <ControlRow>
        <Select
          label={t.featureMap}
          value={size}
          onChange={setSize}
          options={SIZES.map((s) => ({ value: s, label: `${s}×${s}` }))}
        />
        <RangeField
          label={t.balancedWidth}
          value={width}
          onChange={setWidth}
          min={widthParam.codec.min}
          max={widthParam.codec.max}
          step={16}
        />
        <RangeField
          label={t.skewedRatio}
          value={ratio}
          onChange={setRatio}
          min={ratioParam.codec.min}
          max={ratioParam.codec.max}
          valueText={`1 : ${ratio}`}
        />
      </ControlRow>
      <div className="table-wrap" role="region" aria-label={t.costRegion} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th>{t.conv1x1}</th>
              <th className="num">{t.flopsMultAdds}</th>
              <th className="num">{t.params}</th>
              <th className="num">MAC</th>
            </tr>
          </thead>
          <tbody>
            {layers.map(({ name, layer }) => (
              <tr key={name}>
                <td>{name}</td>
                <td className="num">{formatCount(convFlops(layer))}</td>
                <td className="num">{formatCount(convParams(layer))}</td>
                <td className="num">{formatCount(convMac(layer))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <BarChart
        title={t.chartTitle}
        bars={layers.map(({ name, layer, color }) => ({ label: name, value: convMac(layer), color }))}
        reference={{ value: bound, label: t.lowerBound }}
      />
      <p className="output-note" aria-live="polite">
        {ratio === 1
          ? t.sameLayer
          : t.moreTraffic((extra * 100).toFixed(1), (Math.abs(convFlops(skewed) / target - 1) * 100).toFixed(1))}
      </p>
    </div>
  );
}
