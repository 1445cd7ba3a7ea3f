import { formatCount, formatPercent } from '../../lib/format';
import { memberParam } from '../../lib/guidelines';
import { colors, seriesColor } from '../../lib/palette';
import { identityFromEighths, splitCost, splitSweep } from '../../lib/split';
import { intParam } from '../../lib/urlState';
import { LineChart } from '../charts/LineChart';
import { useUrlState } from '../cell/useUrlState';
import { ChannelTiles } from './ChannelTiles';
import { useElementWidth } from '../hooks/useElementWidth';

/** Widths to try: the small tensor, and stage widths of the 1× network (116 at 28×28, 232 at 14×14). */
const WIDTHS = [8, 24, 116, 232] as const;
const SIZES = [4, 7, 14, 28] as const;
const widthCodec = memberParam(WIDTHS, 8);
const sizeCodec = memberParam(SIZES, 4);
/** C′ as eighths of C: 4 is the paper's C′ = C/2. */
const eighthsCodec = intParam(4, 0, 7);
const pct = (x: number) => formatPercent(x, 0);

/** A background-coloured outline so labels stay readable where they cross the split line. */
const halo = { paintOrder: 'stroke', stroke: 'var(--bg-cell)', strokeWidth: 4, strokeLinejoin: 'round' } as const;

/** The split drawn on the tensor: which channels skip the branch, which go through it. */
function SplitDiagram({ c, identity }: { c: number; identity: number }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560, { min: 280, max: 560 });
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
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }} role="img"
      aria-label={`Channel split of ${c} channels: ${identity === 0 ? 'no channel passes' : `channels 0 to ${identity - 1} (${identity}) pass`} through untouched, channels ${identity} to ${c - 1} (${b}) go through the branch, whose 1×1 convolutions map ${b} to ${b} channels. The concatenated output has ${c} channels.`}>
      <text x={x0} y={12} className="svg-text-soft">input: {c} channels{c > shown ? ` (${shown} of them drawn)` : ''}</text>
      <ChannelTiles channels={row(false)} size={4} x={x0} y={20} tile={tile} gap={gap} />
      <line x1={splitX} x2={splitX} y1={16} y2={height - 6} stroke="var(--fg)" strokeDasharray="4 3" />
      {[`C − C′ = ${b}: branch`, `1×1 ${b}→${b} · 3×3 dw · 1×1 ${b}→${b}`].map((text, i) => {
        // Start right of the split line when there is room, else end at the right edge.
        const fits = width - (splitX + 6) >= text.length * 6.6;
        return (
          <text key={text} x={fits ? splitX + 6 : width - 4} y={tile + 50 + 16 * i} textAnchor={fits ? 'start' : 'end'} className={i === 0 ? 'svg-text' : 'svg-text-soft'} style={halo}>
            {text}
          </text>
        );
      })}
      {identity > 0 && (
        <text x={splitX - 6 >= x0 + 130 ? splitX - 6 : x0} y={tile + 82} textAnchor={splitX - 6 >= x0 + 130 ? 'end' : 'start'} className="svg-text" style={{ ...halo, fill: colors.identity }}>
          C′ = {identity}: untouched
        </text>
      )}
      <text x={x0} y={tile + 108} className="svg-text-soft">output (concat): {c} channels</text>
      <ChannelTiles channels={row(true)} size={4} x={x0} y={tile + 116} tile={tile} gap={gap} />
    </svg>
    </div>
  );
}

/** Channel split with a split-ratio control: the tensor, and what the ratio does to the unit's cost. */
export function SplitCell() {
  const [c, setC] = useUrlState('spc', widthCodec);
  const [size, setSize] = useUrlState('sphw', sizeCodec);
  const [eighths, setEighths] = useUrlState('spr', eighthsCodec);
  const identity = identityFromEighths(c, eighths);
  const cost = splitCost(c, size, size, identity);
  const none = splitCost(c, size, size, 0);
  const half = splitCost(c, size, size, c / 2);
  const sweep = splitSweep(c, size, size);
  const rel = (key: 'flops' | 'params' | 'mac') => sweep.map((s) => ({ x: s.identity / c, y: (100 * s[key]) / none[key] }));

  return (
    <div>
      <div className="control-row">
        <label>
          channels C
          <select value={c} onChange={(e) => setC(Number(e.target.value))}>
            {WIDTHS.map((w) => <option key={w} value={w}>{w}</option>)}
          </select>
        </label>
        <label>
          feature map h×w
          <select value={size} onChange={(e) => setSize(Number(e.target.value))}>
            {SIZES.map((s) => <option key={s} value={s}>{s}×{s}</option>)}
          </select>
        </label>
        <label>
          untouched share C′/C
          <input type="range" min={0} max={7} step={1} value={eighths} aria-valuetext={`${eighths}/8, C′ = ${identity}`} onChange={(e) => setEighths(Number(e.target.value))} />
          <output>{eighths}/8 → C′ = {identity}</output>
        </label>
      </div>
      <SplitDiagram c={c} identity={identity} />
      <div className="stat-grid" aria-live="polite">
        <div className="stat"><span className="label">branch 1×1 convs</span><span className="value">{cost.branch} → {cost.branch}</span></div>
        <div className="stat"><span className="label">FLOPs (mult-adds)</span><span className="value">{formatCount(cost.flops)}</span></div>
        <div className="stat"><span className="label">params</span><span className="value">{formatCount(cost.params)}</span></div>
        <div className="stat"><span className="label">MAC</span><span className="value">{formatCount(cost.mac)}</span></div>
        <div className="stat"><span className="label">FLOPs vs no split</span><span className="value">{pct(cost.flops / none.flops)}</span></div>
        <div className="stat"><span className="label">FLOPs vs C′ = C/2</span><span className="value">{pct(cost.flops / half.flops)}</span></div>
      </div>
      <LineChart
        title={`Cost of a basic unit with ${c} channels at ${size}×${size} against the untouched share C′/C, as a percentage of the unit without a split. FLOPs and parameters fall roughly with the square of the branch width; MAC falls more slowly, because split, concat and shuffle still move every channel.`}
        series={[
          { label: 'FLOPs', color: seriesColor(0), points: rel('flops') },
          { label: 'params', color: seriesColor(1), points: rel('params'), dashed: true },
          { label: 'MAC', color: seriesColor(2), points: rel('mac') },
        ]}
        markers={[{ x: identity / c, y: (100 * cost.flops) / none.flops, label: `C′ = ${identity}`, color: colors.highlight }]}
        xTicks={[0, 0.25, 0.5, 0.75].map((v) => ({ value: v, label: v === 0 ? '0 (no split)' : v === 0.5 ? '1/2 (paper)' : String(v) }))}
        xLabel="untouched share C′/C"
        yLabel="% of the unit without a split"
        formatY={(y) => `${y}%`}
      />
    </div>
  );
}
