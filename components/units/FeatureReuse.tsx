import { featureReuse } from '../../lib/units';
import { colors } from '../../lib/palette';
import { FEATURE_REUSE_WIDTHS, URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { RangeField } from '../controls/RangeField';
import { Select } from '../controls/Select';
import styles from './Units.module.css';

const { 'reuse-c': widthParam, 'reuse-units': unitsParam } = URL_STATE['basic-unit'];

/**
 * Which of unit 0's output channels reach later units untouched: a grid with one row per unit and
 * one column per channel position, traced by lib/units.ts featureReuse through split + shuffle.
 */
export function FeatureReuse() {
  const [c, setC] = useUrlState(widthParam);
  const [j, setJ] = useUrlState(unitsParam);
  const channels = c;
  const { rows, counts } = featureReuse(channels, j);
  const cell = Math.min(26, 520 / channels);
  const left = 74;
  const right = 150;
  const rowH = 28;
  const width = left + channels * cell + right;
  const height = rows.length * rowH + 6;
  const summary = counts
    .map((n, i) =>
      i === 0 ? `unit 0 output: ${n} channels` : `after ${i} more unit${i > 1 ? 's' : ''}: ${n} of them untouched`,
    )
    .join('; ');
  return (
    <div>
      <ControlRow>
        <Select
          label="channels"
          value={channels}
          onChange={setC}
          options={FEATURE_REUSE_WIDTHS.map((w) => ({ value: w, label: w }))}
        />
        <RangeField
          label="units followed"
          value={j}
          onChange={setJ}
          min={unitsParam.codec.min}
          max={unitsParam.codec.max}
        />
      </ControlRow>
      <svg
        className={styles.reuseGrid}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Feature reuse across basic units with C = ${channels}: ${summary}.`}
        style={{ maxWidth: width }}>
        {rows.map((row, r) => (
          <g key={r}>
            <text x={left - 8} y={r * rowH + rowH / 2 + 3} dy="0.3em" textAnchor="end" className="svg-text">
              {r === 0 ? 'unit 0' : `+${r}`}
            </text>
            {row.map((src, p) => (
              <g key={p}>
                <rect
                  x={left + p * cell + 1}
                  y={r * rowH + 4}
                  width={cell - 2}
                  height={rowH - 6}
                  rx={2}
                  fill={src >= 0 ? colors.identity : colors.muted}
                  fillOpacity={src >= 0 ? 0.9 : 0.25}
                />
                {src >= 0 && channels <= 16 && (
                  <text
                    x={left + p * cell + cell / 2}
                    y={r * rowH + rowH / 2 + 1}
                    dy="0.35em"
                    textAnchor="middle"
                    className={styles.reuseLabel}>
                    {src}
                  </text>
                )}
              </g>
            ))}
            <text
              x={left + channels * cell + 8}
              y={r * rowH + rowH / 2 + 3}
              dy="0.3em"
              className="svg-text"
              data-count={counts[r]}>
              {counts[r]} of {channels} untouched
            </text>
          </g>
        ))}
      </svg>
      <p className="output-note" aria-live="polite">
        After {j} unit{j > 1 ? 's' : ''}, {counts[j]} of unit 0’s {channels} output channels are still present exactly
        as unit 0 wrote them
        {Number.isInteger(channels / 2 ** j) ? (
          <>
            {' '}
            — {channels}/2<sup>{j}</sup> = {channels / 2 ** j}
          </>
        ) : (
          <>
            {' '}
            (C/2<sup>{j}</sup> is no longer a whole number; the shuffle leaves {counts[j]})
          </>
        )}
        . Numbers in the boxes are unit 0’s channel indices; grey boxes were recomputed by a branch.
      </p>
    </div>
  );
}
