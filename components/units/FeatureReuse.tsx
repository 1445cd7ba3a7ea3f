import { featureReuse } from '../../lib/units';
import { colors } from '../../lib/palette';
import { FEATURE_REUSE_WIDTHS, URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { RangeField } from '../controls/RangeField';
import { Select } from '../controls/Select';
import { useMessages } from '../i18n/locale';
import styles from './Units.module.css';
import { unitCellMessages } from './unitsMessages';

const { 'reuse-c': widthParam, 'reuse-units': unitsParam } = URL_STATE['basic-unit'];

/**
 * Which of unit 0's output channels reach later units untouched: a grid with one row per unit and
 * one column per channel position, traced by lib/units.ts featureReuse through split + shuffle.
 */
export function FeatureReuse() {
  const [c, setC] = useUrlState(widthParam);
  const [j, setJ] = useUrlState(unitsParam);
  const t = useMessages(unitCellMessages);
  const channels = c;
  const { rows, counts } = featureReuse(channels, j);
  const cell = Math.min(26, 520 / channels);
  const left = 74;
  const right = 150;
  const rowH = 28;
  const width = left + channels * cell + right;
  const height = rows.length * rowH + 6;
  const summary = counts.map((n, i) => (i === 0 ? t.reuseUnit0(n) : t.reuseAfter(i, n))).join(t.listSeparator);
  return (
    <div>
      <ControlRow>
        <Select
          label={t.reuseChannels}
          value={channels}
          onChange={setC}
          options={FEATURE_REUSE_WIDTHS.map((w) => ({ value: w, label: w }))}
        />
        <RangeField
          label={t.reuseUnits}
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
        aria-label={t.reuseFigure(channels, summary)}
        style={{ maxWidth: width }}>
        {rows.map((row, r) => (
          <g key={r}>
            <text x={left - 8} y={r * rowH + rowH / 2 + 3} dy="0.3em" textAnchor="end" className="svg-text">
              {r === 0 ? t.reuseRow0 : `+${r}`}
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
              {t.reuseCount(counts[r], channels)}
            </text>
          </g>
        ))}
      </svg>
      <p className="output-note" aria-live="polite">
        {t.reuseNote(j, counts[j], channels)}
        {Number.isInteger(channels / 2 ** j) ? (
          <>
            {t.reuseWhole}
            {channels}/2<sup>{j}</sup> = {channels / 2 ** j}
          </>
        ) : (
          <>
            {t.reuseNotWholeOpen}C/2<sup>{j}</sup>
            {t.reuseNotWhole(counts[j])}
          </>
        )}
        {t.reuseEnd}
      </p>
    </div>
  );
}
