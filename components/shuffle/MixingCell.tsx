import { mixingSeries, summarize, type Dependency } from '../../lib/mixing';
import { colors } from '../../lib/palette';
import { MIXING_MAX_UNITS as MAX_UNITS, MIXING_SIZES as SIZES, URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { RangeField } from '../controls/RangeField';
import { Select } from '../controls/Select';
import tables from '../guidelines/Tables.module.css';
import { useMessages } from '../i18n/locale';
import { shuffleCellMessages } from './shuffleMessages';

const { mc: channelsParam, mk: unitsParam, mv: reshapeParam } = URL_STATE['channel-shuffle'];

/** Output channels (rows) against input channels (columns); a filled square means "can depend on". */
function MixingMatrix({ dep, caption }: { dep: Dependency; caption: string }) {
  const t = useMessages(shuffleCellMessages);
  const c = dep.length;
  const cell = Math.min(22, Math.floor(264 / c));
  const pad = { left: 22, top: 20 };
  const size = c * cell;
  const width = pad.left + size + 4;
  const height = pad.top + size + 4;
  const s = summarize(dep);
  const rowsText = dep
    .map((row, o) => t.rowText(o, row.flatMap((d, i) => (d ? [i] : [])).join(' ')))
    .join(t.rowSeparator);
  return (
    <figure style={{ margin: 0, flex: '1 1 14rem', minWidth: 0 }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: 'block' }}
        role="img"
        aria-label={t.matrixFigure(caption, rowsText)}>
        <text x={pad.left} y={12} className="svg-text-soft">
          {t.inputsAxis(c - 1)}
        </text>
        <text transform={`translate(10 ${pad.top}) rotate(90)`} className="svg-text-soft">
          {t.outputsAxis(c - 1)}
        </text>
        {dep.map((row, o) =>
          row.map((d, i) => (
            <rect
              key={`${o}-${i}`}
              x={pad.left + i * cell + 0.5}
              y={pad.top + o * cell + 0.5}
              width={cell - 1}
              height={cell - 1}
              rx={1.5}
              fill={d ? (i < c / 2 ? colors.identity : colors.branch) : 'var(--bg-soft)'}
              stroke={d ? 'none' : 'var(--border)'}
              strokeWidth={0.5}
            />
          )),
        )}
        <line
          x1={pad.left + (c / 2) * cell}
          x2={pad.left + (c / 2) * cell}
          y1={pad.top - 4}
          y2={pad.top + size + 2}
          stroke="var(--fg-soft)"
          strokeDasharray="2 2"
        />
      </svg>
      <figcaption className="output-note">
        <strong>{caption}</strong>
        {t.colon}
        {t.mixSummary(s.seeBothHalves, c, s.isolated)}
      </figcaption>
    </figure>
  );
}

/**
 * Which inputs of the first unit can reach each output after k basic units, with and without the
 * channel shuffle. Inputs are coloured by origin: the half the first unit leaves untouched (blue)
 * and the half its branch convolves (orange).
 */
export function MixingCell() {
  const [channels, setChannels] = useUrlState(channelsParam);
  const [units, setUnits] = useUrlState(unitsParam);
  const [reshape, setReshape] = useUrlState(reshapeParam);
  const withShuffle = mixingSeries(channels, MAX_UNITS, true, reshape);
  const without = mixingSeries(channels, MAX_UNITS, false);
  const t = useMessages(shuffleCellMessages);
  const reshapes = [
    { value: 'g', label: t.asTorchvision },
    { value: 'cg', label: t.itsInverse },
  ] as const;

  return (
    <div>
      <ControlRow>
        <Select
          label={t.channels}
          value={channels}
          onChange={setChannels}
          options={SIZES.map((s) => ({ value: s, label: s }))}
        />
        <RangeField label={t.afterUnit} value={units} onChange={setUnits} min={1} max={MAX_UNITS} />
        <Select label={t.shuffleReshape} value={reshape} onChange={setReshape} options={reshapes} />
      </ControlRow>
      <div style={{ display: 'flex', gap: '1.2rem', flexWrap: 'wrap' }} aria-live="polite">
        <MixingMatrix dep={withShuffle[units - 1]} caption={t.withShuffle(units)} />
        <MixingMatrix dep={without[units - 1]} caption={t.withoutShuffle(units)} />
      </div>
      <div className="table-wrap" role="region" aria-label={t.mixingTable} tabIndex={0}>
        <table className={tables.compact}>
          <thead>
            <tr>
              <th>{t.afterUnit}</th>
              <th className="num">{t.colBoth}</th>
              <th className="num">{t.colWithout}</th>
              <th className="num">{t.colSingle}</th>
              <th className="num">{t.colWithout}</th>
            </tr>
          </thead>
          <tbody>
            {withShuffle.map((dep, k) => {
              const a = summarize(dep),
                b = summarize(without[k]);
              return (
                <tr
                  key={k}
                  style={k + 1 === units ? { background: 'var(--bg-soft)', fontWeight: 650 } : undefined}
                  aria-current={k + 1 === units ? 'true' : undefined}>
                  <td>{k + 1}</td>
                  <td className="num">
                    {a.seeBothHalves} / {channels}
                  </td>
                  <td className="num">
                    {b.seeBothHalves} / {channels}
                  </td>
                  <td className="num">{a.isolated}</td>
                  <td className="num">{b.isolated}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
