import { outSize } from '../../lib/cost';
import { colors } from '../../lib/palette';
import { URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { RangeField } from '../controls/RangeField';
import { useMessages } from '../i18n/locale';
import { unitCellMessages } from './unitsMessages';

const rowParam = URL_STATE['downsampling-unit'].row;

/**
 * One row of a feature map, padded by one on each side, and the 3-wide windows of a stride-2
 * convolution: window k is centred on input position 2k, so n inputs give ⌈n/2⌉ outputs.
 */
export function StrideFigure() {
  const [n, setN] = useUrlState(rowParam);
  const t = useMessages(unitCellMessages);
  const out = outSize(n, 2);
  const cell = 30;
  const left = 10 + cell; // room for the left padding cell
  const width = left + (n + 1) * cell + 10;
  const rowIn = 22;
  const rowOut = 22 + cell + 16 + out * 10 + 14;
  const height = rowOut + cell + 6;
  const x = (i: number) => left + i * cell; // i = −1 is the left padding
  const lastCentre = 2 * (out - 1);
  return (
    <div>
      <ControlRow>
        <RangeField label={t.inputWidth} value={n} onChange={setN} min={rowParam.codec.min} max={rowParam.codec.max} />
      </ControlRow>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width * 1.6 }}
        role="img"
        aria-label={t.strideFigure(n, lastCentre, out)}>
        <text x={x(-1)} y={14} className="svg-text-soft">
          {t.strideInput(n)}
        </text>
        {Array.from({ length: n + 2 }, (_, k) => k - 1).map((i) => {
          const pad = i < 0 || i >= n;
          return (
            <g key={i}>
              <rect
                x={x(i) + 1}
                y={rowIn}
                width={cell - 2}
                height={cell - 2}
                rx={3}
                fill={pad ? 'none' : colors.input}
                fillOpacity={0.18}
                stroke={pad ? 'var(--fg-soft)' : colors.input}
                strokeDasharray={pad ? '3 3' : undefined}
              />
              <text
                x={x(i) + cell / 2}
                y={rowIn + cell / 2}
                dy="0.35em"
                textAnchor="middle"
                className={pad ? 'svg-text-soft' : 'svg-text'}>
                {pad ? '0' : i}
              </text>
            </g>
          );
        })}
        {Array.from({ length: out }, (_, k) => {
          const y = rowIn + cell + 10 + k * 10;
          return (
            <g key={k}>
              <line
                x1={x(2 * k - 1) + 4}
                x2={x(2 * k + 2) - 4}
                y1={y}
                y2={y}
                stroke={colors.highlight}
                strokeWidth={3}
                strokeLinecap="round"
              />
              <line
                x1={x(2 * k) + cell / 2}
                x2={x(2 * k) + cell / 2}
                y1={y}
                y2={rowOut - 2}
                stroke={colors.highlight}
                strokeOpacity={0.35}
              />
            </g>
          );
        })}
        <text x={x(-1)} y={rowOut - 6} className="svg-text-soft">
          {t.strideOutput(out)}
        </text>
        {Array.from({ length: out }, (_, k) => (
          <g key={k}>
            <rect
              x={x(2 * k) + 1}
              y={rowOut}
              width={cell - 2}
              height={cell - 2}
              rx={3}
              fill={colors.highlight}
              fillOpacity={0.18}
              stroke={colors.highlight}
            />
            <text x={x(2 * k) + cell / 2} y={rowOut + cell / 2} dy="0.35em" textAnchor="middle" className="svg-text">
              {k}
            </text>
          </g>
        ))}
      </svg>
      <p className="output-note" aria-live="polite">
        ⌊({n} + 2·1 − 3) / 2⌋ + 1 = {out} = ⌈{n}/2⌉{t.formulaEnd}
        {n % 2 === 1 ? t.strideOdd(n - 1) : t.strideEven(lastCentre, n - 1)}
      </p>
    </div>
  );
}
