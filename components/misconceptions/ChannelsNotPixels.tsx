import { PIXEL_GROUPS, URL_STATE } from '../../lib/urlKeys';
import { groupColor } from '../../lib/palette';
import { groupOf, permuteChannels, shuffleError, shufflePermutation } from '../../lib/shuffle';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import styles from './Misconceptions.module.css';
import { useLocale, useMessages } from '../i18n/locale';
import { misconceptionsMessages } from './misconceptionsMessages';

const C = 6;
const SIDE = 3;
const CELL = 17;

/** A tiny C×3×3 tensor whose values name their own position: channel k, pixel p holds 10·k + p. */
export function labelledTensor(channels: number, side: number): Float32Array {
  const t = new Float32Array(channels * side * side);
  for (let k = 0; k < channels; k++) for (let p = 0; p < side * side; p++) t[k * side * side + p] = 10 * k + p;
  return t;
}

function Map3({ values, color, caption }: { values: Float32Array; color: string; caption: string }) {
  const size = SIDE * CELL;
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${size + 2} ${size + 2}`}
        width={size + 2}
        height={size + 2}
        role="img"
        aria-label={`${caption}: ${Array.from(values).join(', ')}`}>
        {Array.from(values, (v, p) => (
          <g key={p}>
            <rect
              x={1 + (p % SIDE) * CELL}
              y={1 + Math.floor(p / SIDE) * CELL}
              width={CELL}
              height={CELL}
              fill={color}
              fillOpacity={0.15}
              stroke={color}
              strokeWidth={1}
            />
            <text
              x={1 + (p % SIDE) * CELL + CELL / 2}
              y={1 + Math.floor(p / SIDE) * CELL + CELL / 2}
              dy="0.35em"
              textAnchor="middle"
              className="svg-text"
              style={{ fontSize: 9 }}>
              {v}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className={styles.mapCaption}>{caption}</figcaption>
    </figure>
  );
}

/**
 * The shuffle applied to a real (tiny) tensor with lib/shuffle.ts's permuteChannels: each
 * output map is an input map moved whole — every pixel keeps its value and its place.
 */
export function ChannelsNotPixels() {
  const [groups, setGroups] = useUrlState(URL_STATE.misconceptions.pg);
  const locale = useLocale();
  const t = useMessages(misconceptionsMessages);
  const error = shuffleError(C, groups, locale);
  const plane = SIDE * SIDE;
  const input = labelledTensor(C, SIDE);
  const perm = error ? null : shufflePermutation(C, groups);
  const output = perm ? permuteChannels(input, perm, plane) : null;
  const channel = (t: Float32Array, k: number) => t.subarray(k * plane, (k + 1) * plane);
  const intact =
    perm && output ? perm.every((src, i) => channel(output, i).every((v, p) => v === channel(input, src)[p])) : false;

  return (
    <div>
      <ControlRow>
        <Select
          label={t.groupsG}
          value={groups}
          onChange={setGroups}
          options={PIXEL_GROUPS.map((g) => ({ value: g, label: g }))}
        />
      </ControlRow>
      {error && <p className="error-note">{error}</p>}
      <p className="output-note">{t.pixelsInput(C)}</p>
      <div className={styles.maps}>
        {Array.from({ length: C }, (_, k) => (
          <Map3
            key={k}
            values={channel(input, k)}
            color={groupColor(groupOf(k, C, error ? 1 : groups))}
            caption={t.inMap(k)}
          />
        ))}
      </div>
      {perm && output && (
        <>
          <p className="output-note">{t.afterShuffle(groups)}</p>
          <div className={styles.maps}>
            {perm.map((src, i) => (
              <Map3
                key={i}
                values={channel(output, i)}
                color={groupColor(groupOf(src, C, groups))}
                caption={t.outMap(i, src)}
              />
            ))}
          </div>
          <p className="output-note" aria-live="polite" data-testid="pixels-intact">
            {intact ? t.intact(C) : t.notIntact}
          </p>
        </>
      )}
    </div>
  );
}
