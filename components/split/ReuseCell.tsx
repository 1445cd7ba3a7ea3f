import { mixingError, untouchedChannels } from '../../lib/mixing';
import { colors } from '../../lib/palette';
import { reuseFraction } from '../../lib/split';
import { REUSE_MAX_UNITS as MAX_UNITS, URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { useElementWidth } from '../hooks/useElementWidth';
import { ControlRow } from '../controls/ControlRow';
import { NumberField } from '../controls/NumberField';
import { RangeField } from '../controls/RangeField';
import tables from '../guidelines/Tables.module.css';
import { useLocale } from '../i18n/locale';
import { splitCellMessages } from './splitMessages';

const MAX_DRAWN = 32;
const { rc: channelsParam, rk: unitsParam } = URL_STATE['channel-split'];

/**
 * Feature reuse: which of a unit's input channels are still there, untouched, after k more units
 * (exact, whole channels, following the real split and shuffle), against the idealised C·(1/2)^k.
 */
export function ReuseCell() {
  const [c, setC] = useUrlState(channelsParam);
  const [units, setUnits] = useUrlState(unitsParam);
  const locale = useLocale();
  const t = splitCellMessages[locale];
  const error = mixingError(c, locale) ?? (c > 1024 ? t.capped(c) : null);
  const steps = error ? [] : Array.from({ length: units + 1 }, (_, k) => untouchedChannels(c, k));
  const [ref, width] = useElementWidth<HTMLDivElement>(560, { min: 280, max: 560 });
  const drawn = !error && c <= MAX_DRAWN;
  const slot = drawn ? (width - 60) / c : 0;
  const rowH = 18;

  return (
    <div ref={ref}>
      <ControlRow>
        <NumberField
          label={t.channels}
          name="C"
          value={c}
          onChange={setC}
          min={channelsParam.codec.min}
          max={channelsParam.codec.max}
          step={2}
          invalid={error !== null}
        />
        <RangeField label={t.unitsK} value={units} onChange={setUnits} min={1} max={MAX_UNITS} />
      </ControlRow>
      {error ? (
        <p className="error-note" role="alert">
          {error}
        </p>
      ) : (
        <>
          {drawn ? (
            <svg
              viewBox={`0 0 ${width} ${(units + 1) * rowH + 24}`}
              width="100%"
              style={{ maxWidth: width, display: 'block' }}
              role="img"
              aria-label={t.reuseFigure(c, units, steps.map((s, k) => t.afterUnits(k, s.length)).join(t.list))}>
              <text x={60} y={12} className="svg-text-soft">
                {t.positions(c - 1)}
              </text>
              {steps.map((s, k) => {
                const byPos = new Map(s.map((u) => [u.position, u.original]));
                return (
                  <g key={k}>
                    <text x={0} y={24 + k * rowH + rowH / 2} dy="0.35em" className="svg-text-soft">
                      {k === 0 ? t.input : t.unitK(k)}
                    </text>
                    {Array.from({ length: c }, (_, p) => (
                      <rect
                        key={p}
                        x={60 + p * slot + 0.5}
                        y={24 + k * rowH + 2}
                        width={Math.max(1, slot - 1)}
                        height={rowH - 4}
                        rx={2}
                        fill={byPos.has(p) ? colors.identity : colors.branch}
                        fillOpacity={byPos.has(p) ? 1 : 0.35}
                      />
                    ))}
                  </g>
                );
              })}
            </svg>
          ) : null}
          {drawn ? <p className="output-note">{t.legend}</p> : <p className="output-note">{t.tooWide(c, MAX_DRAWN)}</p>}
          <div className="table-wrap" role="region" aria-label={t.tableName} tabIndex={0} aria-live="polite">
            <table className={tables.compact}>
              <thead>
                <tr>
                  <th>{t.colAfter}</th>
                  <th className="num">{t.colExact}</th>
                  <th className="num">C·(1/2)^k</th>
                  <th className="num">(1/2)^k</th>
                </tr>
              </thead>
              <tbody>
                {steps.slice(1).map((s, i) => (
                  <tr key={i}>
                    <td>{i + 1}</td>
                    <td className="num">{s.length}</td>
                    <td className="num">{Number((c * reuseFraction(i + 1)).toFixed(3))}</td>
                    <td className="num">{Number(reuseFraction(i + 1).toFixed(5))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
