import { formatCount, formatPercent } from '../../lib/format';
import { colors, seriesColor } from '../../lib/palette';
import { identityFromEighths, splitCost, splitSweep } from '../../lib/split';
import { SPLIT_SIZES as SIZES, SPLIT_WIDTHS as WIDTHS, URL_STATE } from '../../lib/urlKeys';
import { ControlRow } from '../controls/ControlRow';
import { RangeField } from '../controls/RangeField';
import { Select } from '../controls/Select';
import { LineChart } from '../charts/LineChart';
import { useUrlState } from '../cell/useUrlState';
import { ChannelTiles } from './ChannelTiles';
import { useElementWidth } from '../hooks/useElementWidth';
import { Stat, StatGrid } from '../controls/Stat';
import { useMessages } from '../i18n/locale';
import { splitCellMessages } from './splitMessages';
import { textUnits } from '../../lib/textWidth';

/** Widths to try: the small tensor, and stage widths of the 1× network (116 at 28×28, 232 at 14×14). */
/** C′ is chosen in eighths of C (`spr`): 4 is the paper's C′ = C/2. */
const { spc: widthParam, sphw: sizeParam, spr: eighthsParam } = URL_STATE['channel-split'];
const pct = (x: number) => formatPercent(x, 0);

/** A background-coloured outline so labels stay readable where they cross the split line. */
const halo = { paintOrder: 'stroke', stroke: 'var(--bg-cell)', strokeWidth: 4, strokeLinejoin: 'round' } as const;

/** The split drawn on the tensor: which channels skip the branch, which go through it. */
function SplitDiagram({ c, identity }: { c: number; identity: number }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560, { min: 280, max: 560 });
  const t = useMessages(splitCellMessages);
  const shown = Math.min(c, width < 450 ? 16 : 24);
  const gap = 3;
  const tile = Math.min(40, (width - 16 - (shown - 1) * gap) / shown);
  const row = (computed: boolean) =>
    Array.from({ length: shown }, (_, k) => {
      const index = c > shown ? Math.round((k * (c - 1)) / (shown - 1)) : k;
      const kind = index < identity ? ('identity' as const) : ('branch' as const);
      return { index, kind, computed: computed && kind === 'branch' };
    });
  const rowW = shown * tile + (shown - 1) * gap;
  const x0 = (width - rowW) / 2;
  const splitX = x0 + (rowW * identity) / c;
  const height = 2 * tile + 134;
  const b = c - identity;
  return (
    <div ref={ref}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: 'block' }}
        role="img"
        aria-label={t.splitFigure(c, identity, b)}>
        <text x={x0} y={12} className="svg-text-soft">
          {t.inputChannels(c, c > shown ? shown : null)}
        </text>
        <ChannelTiles channels={row(false)} size={4} x={x0} y={20} tile={tile} gap={gap} />
        <line x1={splitX} x2={splitX} y1={16} y2={height - 6} stroke="var(--fg)" strokeDasharray="4 3" />
        {[t.branchShare(b), t.branchOps(b)].map((text, i) => {
          // Start right of the split line when there is room, else end at the right edge.
          const fits = width - (splitX + 6) >= textUnits(text) * 6.6;
          return (
            <text
              key={text}
              x={fits ? splitX + 6 : width - 4}
              y={tile + 50 + 16 * i}
              textAnchor={fits ? 'start' : 'end'}
              className={i === 0 ? 'svg-text' : 'svg-text-soft'}
              style={halo}>
              {text}
            </text>
          );
        })}
        {identity > 0 && (
          <text
            x={splitX - 6 >= x0 + 130 ? splitX - 6 : x0}
            y={tile + 82}
            textAnchor={splitX - 6 >= x0 + 130 ? 'end' : 'start'}
            className="svg-text"
            style={{ ...halo, fill: colors.identity }}>
            {t.untouchedShare(identity)}
          </text>
        )}
        <text x={x0} y={tile + 108} className="svg-text-soft">
          {t.outputChannels(c)}
        </text>
        <ChannelTiles channels={row(true)} size={4} x={x0} y={tile + 116} tile={tile} gap={gap} />
      </svg>
    </div>
  );
}

/** Channel split with a split-ratio control: the tensor, and what the ratio does to the unit's cost. */
export function SplitCell() {
  const [c, setC] = useUrlState(widthParam);
  const [size, setSize] = useUrlState(sizeParam);
  const [eighths, setEighths] = useUrlState(eighthsParam);
  const identity = identityFromEighths(c, eighths);
  const cost = splitCost(c, size, size, identity);
  const none = splitCost(c, size, size, 0);
  const half = splitCost(c, size, size, c / 2);
  const sweep = splitSweep(c, size, size);
  const rel = (key: 'flops' | 'params' | 'mac') =>
    sweep.map((s) => ({ x: s.identity / c, y: (100 * s[key]) / none[key] }));
  const t = useMessages(splitCellMessages);

  return (
    <div>
      <ControlRow>
        <Select label={t.channels} value={c} onChange={setC} options={WIDTHS.map((w) => ({ value: w, label: w }))} />
        <Select
          label={t.featureMap}
          value={size}
          onChange={setSize}
          options={SIZES.map((s) => ({ value: s, label: `${s}×${s}` }))}
        />
        <RangeField
          label={t.untouchedRatio}
          value={eighths}
          onChange={setEighths}
          min={eighthsParam.codec.min}
          max={eighthsParam.codec.max}
          valueText={`${eighths}/8 → C′ = ${identity}`}
        />
      </ControlRow>
      <SplitDiagram c={c} identity={identity} />
      <StatGrid>
        <Stat label={t.branchConvs}>
          {cost.branch} → {cost.branch}
        </Stat>
        <Stat label={t.flops}>{formatCount(cost.flops)}</Stat>
        <Stat label={t.params}>{formatCount(cost.params)}</Stat>
        <Stat label="MAC">{formatCount(cost.mac)}</Stat>
        <Stat label={t.flopsVsNone}>{pct(cost.flops / none.flops)}</Stat>
        <Stat label={t.flopsVsHalf}>{pct(cost.flops / half.flops)}</Stat>
      </StatGrid>
      <LineChart
        title={t.costChart(c, size)}
        series={[
          { label: 'FLOPs', color: seriesColor(0), points: rel('flops') },
          { label: t.params, color: seriesColor(1), points: rel('params'), dashed: true },
          { label: 'MAC', color: seriesColor(2), points: rel('mac') },
        ]}
        markers={[
          { x: identity / c, y: (100 * cost.flops) / none.flops, label: `C′ = ${identity}`, color: colors.highlight },
        ]}
        xTicks={[0, 0.25, 0.5, 0.75].map((v) => ({
          value: v,
          label: v === 0 ? t.noSplit : v === 0.5 ? t.paper : String(v),
        }))}
        xLabel={t.untouchedRatio}
        yLabel={t.percentOfNoSplit}
        formatY={(y) => `${y}%`}
      />
    </div>
  );
}
