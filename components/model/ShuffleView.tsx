import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { channel, gridLayout, maxAbsDiff } from '../../lib/featureMaps';
import type { ManifestUnit } from '../../lib/manifest';
import { colors, groupColor } from '../../lib/palette';
import { groupOf, shufflePermutation } from '../../lib/shuffle';
import { FeatureMapGrid } from './FeatureMapGrid';
import { MapCanvas } from './MapCanvas';
import { Swatch } from './Swatch';
import { unitScale, type UnitMaps, type UnitPart } from './unitTensors';
import { useMessages } from '../i18n/locale';
import { modelMessages } from './modelMessages';
import { SectionHeading, type HeadingLevel } from './SectionHeading';
import styles from './UnitViews.module.css';

interface ShuffleViewProps {
  unit: ManifestUnit;
  maps: UnitMaps | null;
  maxWidth?: number;
  onPart?(part: UnitPart[] | null): void;
  headingLevel?: HeadingLevel;
  /** 'concat' or 'shuffle' alone (the explorer's op steps), or both (default) */
  part?: 'both' | 'concat' | 'shuffle';
  /** the colour map of the previews (lib/colorMaps' schemeLut); default grey */
  lut?: Uint32Array;
}

const LINES_HEIGHT = 110;
const TICK = 12;
const PREVIEW = 120;

/**
 * The end of a unit: the concat (left half, then right half), and the channel shuffle drawn as a
 * line from each concat channel to its place in the output — lines computed from the shuffle
 * formula (lib/shuffle.ts), maps taken from the model. The lines carry no tiny maps: pointing at a
 * line (or moving along them with the arrow keys) shows the channel it carries large, from the
 * concat and from the output side by side. Below, the page checks on the real numbers that every
 * output map equals the concat map its line comes from.
 */
export function ShuffleView({
  unit,
  maps,
  maxWidth = 600,
  onPart,
  headingLevel = 4,
  part = 'both',
  lut,
}: ShuffleViewProps) {
  const t = useMessages(modelMessages);
  const channelRange = t.channelRange;
  const C = unit.outChannels;
  const groups = unit.after.find((op) => op.op === 'shuffle')?.groups ?? 2;
  const perm = useMemo(() => shufflePermutation(C, groups), [C, groups]);
  const [oh, ow] = unit.outSize;
  const half = C / 2;
  const concatFrames = useMemo(
    () => Array.from({ length: C }, (_, c) => (c < half ? colors.identity : colors.branch)),
    [C, half],
  );
  const width = Math.max(240, maxWidth);
  const step = (width - 8) / C;
  const [focus, setFocus] = useState<number | null>(null);
  const domain = maps?.domain ?? ([0, 1] as [number, number]);
  const previewLayout = useMemo(() => {
    const scale = Math.max(1, Math.floor(PREVIEW / Math.max(oh, ow)));
    return gridLayout(1, oh, ow, { maxWidth: PREVIEW + 4, minScale: scale, maxScale: scale, pad: 2 });
  }, [oh, ow]);
  const srcReadout = useId(),
    dstReadout = useId();
  const [, setReadout] = useState<string | null>(null);

  const matches = useMemo(() => {
    if (!maps) return null;
    let equal = 0;
    for (let i = 0; i < C; i++) if (maxAbsDiff(channel(maps.shuffle, i), channel(maps.concat, perm[i])) === 0) equal++;
    return equal;
  }, [maps, perm, C]);

  const x = (i: number) => 4 + i * step + step / 2;
  const active = (dst: number) => focus === null || focus === dst;
  const hover = (p: UnitPart[]) => ({
    onPointerEnter: () => onPart?.(p),
    onPointerLeave: () => onPart?.(null),
    onFocus: () => onPart?.(p),
    onBlur: () => onPart?.(null),
  });
  // The line nearest the pointer: by its position at the pointer's height (lines slant).
  const pick = (px: number, py: number) => {
    const t = Math.max(0, Math.min(1, py / (LINES_HEIGHT + 2 * TICK)));
    let best = 0,
      bestD = Infinity;
    perm.forEach((src, dst) => {
      const d = Math.abs(x(src) + (x(dst) - x(src)) * t - px);
      if (d < bestD) {
        bestD = d;
        best = dst;
      }
    });
    return best;
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    setFocus(
      pick(((e.clientX - r.left) * width) / r.width, ((e.clientY - r.top) * (LINES_HEIGHT + 2 * TICK)) / r.height),
    );
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const next = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    setFocus((f) => Math.max(0, Math.min(C - 1, (f ?? -next) + next)));
  };
  const src = focus === null ? null : perm[focus];
  const H = LINES_HEIGHT + 2 * TICK;

  return (
    <>
      {part !== 'shuffle' && (
        <section className={styles.section} {...hover(['concat'])} aria-label={t.concat}>
          <SectionHeading level={headingLevel}>{t.concat}</SectionHeading>
          <FeatureMapGrid
            tensor={maps?.concat ?? null}
            shape={[C, oh, ow]}
            domain={domain}
            frames={concatFrames}
            maxWidth={maxWidth}
            scale={unitScale(unit)}
            label={t.concatLabel(unit.type === 'basic')}
            detail={
              <span>
                {C} × {oh} × {ow}
              </span>
            }
            channelName={(i) => t.concatChannelFrom(i, i < half, i < half ? i : i - half)}
          />
          <p className="output-note">
            <Swatch color={colors.identity} />
            {channelRange(0, half)}
            {t.areLeft}
            <Swatch color={colors.branch} />
            {channelRange(half, C)}
            {t.areRight}
          </p>
        </section>
      )}
      {part !== 'concat' && (
        <section
          className={`${styles.section} ${styles.shuffle}`}
          {...hover(['shuffle'])}
          aria-label={t.shuffleSection}>
          <SectionHeading level={headingLevel}>{t.shuffleHeading(groups)}</SectionHeading>
          <p className="output-note" style={{ marginTop: 0 }}>
            {t.shuffleIntroBefore(C)}
            <i>i</i>
            {t.shuffleIntroAfter}
          </p>
          <div className={styles.shuffleRow}>
            <svg
              className={styles.lines}
              viewBox={`0 0 ${width} ${H}`}
              height={H}
              style={{ maxWidth: width }}
              tabIndex={0}
              role="img"
              aria-label={t.shuffleLines(describePerm(perm, groups, t.shuffleRule))}
              data-shuffle-lines={unit.name}
              onPointerMove={onMove}
              onPointerLeave={() => setFocus(null)}
              onKeyDown={onKey}
              onBlur={() => setFocus(null)}>
              {perm.map((s, dst) => (
                <g key={dst}>
                  <rect
                    x={x(s) - step * 0.4}
                    y={0}
                    width={Math.max(1, step * 0.8)}
                    height={TICK - 2}
                    fill={groupColor(groupOf(s, C, groups))}
                    opacity={active(dst) ? 1 : 0.3}
                  />
                  <rect
                    x={x(dst) - step * 0.4}
                    y={H - TICK + 2}
                    width={Math.max(1, step * 0.8)}
                    height={TICK - 2}
                    fill={groupColor(groupOf(s, C, groups))}
                    opacity={active(dst) ? 1 : 0.3}
                  />
                  <line
                    x1={x(s)}
                    y1={TICK}
                    x2={x(dst)}
                    y2={H - TICK}
                    data-from={s}
                    data-to={dst}
                    stroke={groupColor(groupOf(s, C, groups))}
                    strokeWidth={focus === dst ? 3 : 1.2}
                    vectorEffect="non-scaling-stroke"
                    opacity={active(dst) ? 0.9 : 0.1}
                  />
                </g>
              ))}
            </svg>
            <div className={styles.preview} aria-live="polite" data-shuffle-preview={focus ?? ''}>
              {maps && focus !== null && src !== null ? (
                <>
                  <figure>
                    <MapCanvas
                      tensor={maps.concat}
                      order={[src]}
                      domain={domain}
                      layout={previewLayout}
                      label={t.concatChannel(src)}
                      readoutId={srcReadout}
                      onReadout={setReadout}
                      frames={[groupColor(groupOf(src, C, groups))]}
                      lut={lut}
                    />
                    <figcaption>{t.concatChannelFrom(src, src < half, src < half ? src : src - half)}</figcaption>
                  </figure>
                  <span aria-hidden="true">→</span>
                  <figure>
                    <MapCanvas
                      tensor={maps.shuffle}
                      order={[focus]}
                      domain={domain}
                      layout={previewLayout}
                      label={t.outputChannel(focus)}
                      readoutId={dstReadout}
                      onReadout={setReadout}
                      frames={[groupColor(groupOf(src, C, groups))]}
                      lut={lut}
                    />
                    <figcaption>{t.outputChannel(focus)}</figcaption>
                  </figure>
                </>
              ) : (
                <p className="output-note">{maps ? t.pointAtLine : t.shuffleAppears}</p>
              )}
            </div>
          </div>
          <p className={styles.check} aria-live="polite">
            {matches === null ? (
              // before the run the sentence that will arrive keeps its room, invisible
              <span className={styles.reserve}>
                <span aria-hidden="true">{t.allCopies(C)}</span>
              </span>
            ) : matches === C ? (
              t.allCopies(C)
            ) : (
              <>
                <span className={styles.bad}>{t.mismatch}</span>
                {t.onlyMatch(matches, C)}
              </>
            )}
          </p>
        </section>
      )}
    </>
  );
}

function describePerm(perm: readonly number[], groups: number, rule2: (half: number) => string): string {
  const shown = perm
    .slice(0, 6)
    .map((src, dst) => `${dst} ← ${src}`)
    .join(', ');
  const rule = groups === 2 ? rule2(perm.length / 2) : '';
  return `${shown}${perm.length > 6 ? ', …' : ''}.${rule}`;
}
