import { useId, useMemo, useState } from 'react';
import { channel, gridLayout, maxAbsDiff } from '../../lib/featureMaps';
import type { ManifestUnit } from '../../lib/manifest';
import { colors, groupColor } from '../../lib/palette';
import { groupOf, shufflePermutation } from '../../lib/shuffle';
import { FeatureMapGrid } from './FeatureMapGrid';
import { MapCanvas } from './MapCanvas';
import { Swatch } from './Swatch';
import { channelRange, unitScale, type UnitMaps, type UnitPart } from './unitTensors';
import { SectionHeading, type HeadingLevel } from './SectionHeading';
import styles from './UnitViews.module.css';

interface ShuffleViewProps {
  unit: ManifestUnit;
  maps: UnitMaps | null;
  maxWidth?: number;
  onPart?(part: UnitPart[] | null): void;
  headingLevel?: HeadingLevel;
}

const LINES_HEIGHT = 90;

/**
 * The end of a unit: the concat (left half, then right half), and the channel shuffle drawn as a
 * line from each concat channel to its place in the output — lines computed from the shuffle
 * formula (lib/shuffle.ts), maps taken from the model. Below, the page checks on the real numbers
 * that every output map equals the concat map its line comes from.
 */
export function ShuffleView({ unit, maps, maxWidth = 600, onPart, headingLevel = 4 }: ShuffleViewProps) {
  const C = unit.outChannels;
  const groups = unit.after.find((op) => op.op === 'shuffle')?.groups ?? 2;
  const perm = useMemo(() => shufflePermutation(C, groups), [C, groups]);
  const [oh, ow] = unit.outSize;
  const half = C / 2;
  const concatFrames = useMemo(() => Array.from({ length: C }, (_, c) => (c < half ? colors.identity : colors.branch)), [C, half]);
  const sourceFrames = useMemo(() => Array.from({ length: C }, (_, c) => groupColor(groupOf(c, C, groups))), [C, groups]);
  const shuffledFrames = useMemo(() => perm.map((src) => groupColor(groupOf(src, C, groups))), [perm, C, groups]);
  const strip = useMemo(() => gridLayout(C, oh, ow, { maxWidth: Math.max(maxWidth, C * (ow + 3)), columns: C, gap: 1, pad: 1, maxScale: 3 }), [C, oh, ow, maxWidth]);
  const [focus, setFocus] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const [readout, setReadout] = useState<string | null>(null);
  const readoutId = useId();
  const domain = maps?.domain ?? ([0, 1] as [number, number]);

  const matches = useMemo(() => {
    if (!maps) return null;
    let equal = 0;
    for (let i = 0; i < C; i++) if (maxAbsDiff(channel(maps.shuffle, i), channel(maps.concat, perm[i])) === 0) equal++;
    return equal;
  }, [maps, perm, C]);

  const x = (i: number) => i * (strip.cell + strip.gap) + strip.cell / 2;
  const active = (src: number, dst: number) => (focus.from === null && focus.to === null) || focus.from === src || focus.to === dst;
  const hover = (part: UnitPart[]) => ({ onPointerEnter: () => onPart?.(part), onPointerLeave: () => onPart?.(null), onFocus: () => onPart?.(part), onBlur: () => onPart?.(null) });

  return (
    <>
      <section className={styles.section} {...hover(['concat'])} aria-label="Concat">
        <SectionHeading level={headingLevel}>Concat</SectionHeading>
        <FeatureMapGrid
          tensor={maps?.concat ?? null} domain={domain} frames={concatFrames} maxWidth={maxWidth} scale={unitScale(unit)}
          label={`Concat (${unit.name}.concat)`} pickTensor={`${unit.name}.concat`} detail={<span>{C} × {oh} × {ow}</span>}
          channelName={(i) => `concat channel ${i} (${i < half ? `left ${i}` : `right ${i - half}`})`}
        />
        <p className="output-note">
          <Swatch color={colors.identity} />{channelRange(0, half)} are the left output, <Swatch color={colors.branch} />{channelRange(half, C)} the right output, one after the other.
        </p>
      </section>
      <section className={`${styles.section} ${styles.shuffle}`} {...hover(['shuffle'])} aria-label="Channel shuffle">
        <SectionHeading level={headingLevel}>Channel shuffle (g = {groups})</SectionHeading>
        <p className="output-note" style={{ marginTop: 0 }}>
          Top: the {C} concat maps in order. Bottom: the {C} output maps. A line joins output channel <i>i</i> to the concat channel
          it copies; its colour is the group that channel came from.
        </p>
        {maps ? (
          <div style={{ maxWidth: strip.width }}>
            <div className={styles.stack}>
              <MapCanvas
                tensor={maps.concat} domain={domain} layout={strip} frames={sourceFrames} label="Concat maps, in order"
                channelName={(i) => `concat channel ${i} → output channel ${perm.indexOf(i)}`}
                readoutId={readoutId} onReadout={setReadout} onCursor={(i) => setFocus({ from: i, to: null })}
              />
              <svg className={styles.lines} viewBox={`0 0 ${strip.width} ${LINES_HEIGHT}`} preserveAspectRatio="none" height={LINES_HEIGHT}
                role="img" aria-label={`Shuffle lines, output ← concat channel: ${describePerm(perm, groups)}`} data-shuffle-lines={unit.name}>
                {perm.map((src, dst) => (
                  <line key={dst} x1={x(src)} y1={0} x2={x(dst)} y2={LINES_HEIGHT} data-from={src} data-to={dst}
                    stroke={groupColor(groupOf(src, C, groups))} strokeWidth={active(src, dst) && focus.from !== focus.to ? 2.5 : 1.2}
                    vectorEffect="non-scaling-stroke" opacity={active(src, dst) ? 0.9 : 0.12} />
                ))}
              </svg>
              <MapCanvas
                tensor={maps.shuffle} domain={domain} layout={strip} frames={shuffledFrames} label="Shuffled output maps, in order" pickTensor={`${unit.name}.shuffle`}
                channelName={(i) => `output channel ${i} ← concat channel ${perm[i]}`}
                readoutId={readoutId} onReadout={setReadout} onCursor={(i) => setFocus({ from: null, to: i })}
              />
            </div>
            <p id={readoutId} className="output-note" aria-live="polite" style={{ margin: '0.2rem 0' }}>
              {readout ?? 'Point at a map (or focus a strip and use the arrow keys) to follow its line.'}
            </p>
          </div>
        ) : (
          <p className="output-note">The shuffle appears here once the model has run.</p>
        )}
        <p className={styles.check} aria-live="polite">
          {matches === null ? null : matches === C ? (
            <>Each of the {C} output maps is a copy, value for value, of the concat map its line starts from. The output alternates left, right, left, right…</>
          ) : (
            <><span className={styles.bad}>Mismatch:</span> only {matches} of {C} output maps equal the concat map the formula predicts.</>
          )}
        </p>
      </section>
    </>
  );
}

function describePerm(perm: readonly number[], groups: number): string {
  const shown = perm.slice(0, 6).map((src, dst) => `${dst} ← ${src}`).join(', ');
  const rule = groups === 2 ? ` Output 2k copies left channel k, output 2k + 1 copies right channel k (concat channel ${perm.length / 2} + k).` : '';
  return `${shown}${perm.length > 6 ? ', …' : ''}.${rule}`;
}
