import { featureReuse } from '../../lib/units';
import { colors } from '../../lib/palette';
import { intParam } from '../../lib/urlState';
import { useUrlState } from '../cell/useUrlState';
import styles from './Units.module.css';

const WIDTHS = [8, 16, 32];
const widthCodec = intParam(16, 2, 64);
const unitsCodec = intParam(3, 1, 6);

/**
 * Which of unit 0's output channels reach later units untouched: a grid with one row per unit and
 * one column per channel position, traced by lib/units.ts featureReuse through split + shuffle.
 */
export function FeatureReuse() {
  const [c, setC] = useUrlState('reuse-c', widthCodec);
  const [j, setJ] = useUrlState('reuse-units', unitsCodec);
  const channels = WIDTHS.includes(c) ? c : 16;
  const { rows, counts } = featureReuse(channels, j);
  const cell = Math.min(26, 520 / channels);
  const left = 74;
  const right = 150;
  const rowH = 28;
  const width = left + channels * cell + right;
  const height = rows.length * rowH + 6;
  const summary = counts.map((n, i) => (i === 0 ? `unit 0 output: ${n} channels` : `after ${i} more unit${i > 1 ? 's' : ''}: ${n} of them untouched`)).join('; ');
  return (
    <div>
      <div className="control-row">
        <label>
          channels
          <select value={channels} onChange={(e) => setC(Number(e.target.value))}>
            {WIDTHS.map((w) => <option key={w} value={w}>{w}</option>)}
          </select>
        </label>
        <label>
          units followed
          <input type="range" min={1} max={6} value={j} onChange={(e) => setJ(Number(e.target.value))} />
          <output>{j}</output>
        </label>
      </div>
      <svg className={styles.reuseGrid} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Feature reuse across basic units with C = ${channels}: ${summary}.`} style={{ maxWidth: width }}>
        {rows.map((row, r) => (
          <g key={r}>
            <text x={left - 8} y={r * rowH + rowH / 2 + 3} dy="0.3em" textAnchor="end" className="svg-text">{r === 0 ? 'unit 0' : `+${r}`}</text>
            {row.map((src, p) => (
              <g key={p}>
                <rect x={left + p * cell + 1} y={r * rowH + 4} width={cell - 2} height={rowH - 6} rx={2}
                  fill={src >= 0 ? colors.identity : colors.muted} fillOpacity={src >= 0 ? 0.9 : 0.25} />
                {src >= 0 && channels <= 16 && (
                  <text x={left + p * cell + cell / 2} y={r * rowH + rowH / 2 + 1} dy="0.35em" textAnchor="middle" className={styles.reuseLabel}>{src}</text>
                )}
              </g>
            ))}
            <text x={left + channels * cell + 8} y={r * rowH + rowH / 2 + 3} dy="0.3em" className="svg-text" data-count={counts[r]}>
              {counts[r]} of {channels} untouched
            </text>
          </g>
        ))}
      </svg>
      <p className="output-note" aria-live="polite">
        After {j} unit{j > 1 ? 's' : ''}, {counts[j]} of unit 0’s {channels} output channels are still present exactly as unit 0
        wrote them{Number.isInteger(channels / 2 ** j) ? <> — {channels}/2<sup>{j}</sup> = {channels / 2 ** j}</> : <> (C/2<sup>{j}</sup> is no longer a whole number; the shuffle leaves {counts[j]})</>}.
        Numbers in the boxes are unit 0’s channel indices; grey boxes were recomputed by a branch.
      </p>
    </div>
  );
}
