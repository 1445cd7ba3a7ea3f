import { useMemo } from 'react';
import { formatValue } from '../../lib/format';
import { channel, maxAbsDiff, sliceChannels } from '../../lib/featureMaps';
import type { ManifestUnit } from '../../lib/manifest';
import { colors } from '../../lib/palette';
import { FeatureMapGrid } from './FeatureMapGrid';
import { Swatch } from './Swatch';
import { channelRange, unitScale, type UnitMaps, type UnitPart } from './unitTensors';
import { SectionHeading, type HeadingLevel } from './SectionHeading';
import styles from './UnitViews.module.css';

interface BranchesViewProps {
  unit: ManifestUnit;
  maps: UnitMaps | null;
  maxWidth?: number;
  /** the part of the unit the reader is looking at (for the diagram's highlight) */
  onPart?(part: UnitPart[] | null): void;
  headingLevel?: HeadingLevel;
}

const repeat = <T,>(n: number, v: T): T[] => Array.from({ length: n }, () => v);

/**
 * The first half of a unit: its input and what each branch makes of it. For a basic unit the
 * input's maps are framed by where the split sends them (untouched half / branch half) and the
 * page checks, on the real numbers, that the untouched half comes out exactly as it went in. For a
 * down-sampling unit both branches read every channel and halve the height and width.
 */
export function BranchesView({ unit, maps, maxWidth = 600, onPart, headingLevel = 4 }: BranchesViewProps) {
  const basic = unit.type === 'basic';
  const half = basic ? (unit.before.find((op) => op.op === 'split')?.outChannels ?? unit.inChannels / 2) : 0;
  const inputFrames = useMemo(
    () => (basic ? [...repeat(half, colors.identity), ...repeat(unit.inChannels - half, colors.branch)] : undefined),
    [basic, half, unit.inChannels],
  );
  const leftC = unit.left[unit.left.length - 1]?.outChannels ?? 0;
  const rightC = unit.right[unit.right.length - 1]?.outChannels ?? 0;
  const leftFrames = useMemo(() => repeat(leftC, colors.identity), [leftC]);
  const rightFrames = useMemo(() => repeat(rightC, colors.branch), [rightC]);
  const [h, w] = unit.inSize;
  const [oh, ow] = unit.outSize;
  const domain = maps?.domain ?? ([0, 1] as [number, number]);
  const scale = unitScale(unit);

  // Is the untouched half literally the input's first half? Checked on the numbers, not assumed.
  const identityDiff = useMemo(
    () => (basic && maps ? maxAbsDiff(maps.left.data, sliceChannels(maps.input, 0, half).data) : null),
    [basic, maps, half],
  );
  const branchChanged = useMemo(() => {
    if (!basic || !maps) return null;
    let changed = 0;
    for (let c = 0; c < maps.right.channels; c++)
      if (maxAbsDiff(channel(maps.right, c), channel(maps.input, half + c)) > 1e-6) changed++;
    return changed;
  }, [basic, maps, half]);

  const hover = (part: UnitPart[]) => ({
    onPointerEnter: () => onPart?.(part),
    onPointerLeave: () => onPart?.(null),
    onFocus: () => onPart?.(part),
    onBlur: () => onPart?.(null),
  });

  return (
    <>
      <section className={styles.section} {...hover(['input'])} aria-label="Input of the unit">
        <SectionHeading level={headingLevel}>
          {basic ? 'Channel split of the input' : 'Input, read whole by both branches'}
        </SectionHeading>
        <FeatureMapGrid
          tensor={maps?.input ?? null}
          domain={domain}
          frames={inputFrames}
          maxWidth={maxWidth}
          scale={scale}
          label={`Unit input (${unit.input})`}
          pickTensor={unit.input}
          detail={
            <span>
              {unit.inChannels} × {h} × {w}
            </span>
          }
          channelName={(i) =>
            basic ? `input channel ${i} (${i < half ? 'untouched half' : 'branch half'})` : `input channel ${i}`
          }
        />
        <p className="output-note">
          {basic ? (
            <>
              <Swatch color={colors.identity} />
              {channelRange(0, half)} go to the concat untouched; <Swatch color={colors.branch} />
              {channelRange(half, unit.inChannels)} go through the branch.
            </>
          ) : (
            <>
              No split: the left branch and the right branch both read all {unit.inChannels} channels, and both use
              stride 2.
            </>
          )}
        </p>
      </section>
      <section className={styles.section} {...hover(['left', 'right'])} aria-label="Outputs of the two branches">
        <SectionHeading level={headingLevel}>
          {basic ? 'Untouched half and branch output' : 'The two branch outputs'}
        </SectionHeading>
        <div className={styles.pair}>
          <div {...hover(['left'])}>
            <FeatureMapGrid
              tensor={maps?.left ?? null}
              domain={domain}
              frames={leftFrames}
              maxWidth={(maxWidth - 20) / 2}
              scale={scale}
              label={basic ? 'Left: identity (untouched)' : 'Left branch'}
              pickTensor={`${unit.name}.left`}
              detail={
                <span>
                  {leftC} × {oh} × {ow}
                </span>
              }
              channelName={(i) => `left channel ${i}`}
            />
          </div>
          <div {...hover(['right'])}>
            <FeatureMapGrid
              tensor={maps?.right ?? null}
              domain={domain}
              frames={rightFrames}
              maxWidth={(maxWidth - 20) / 2}
              scale={scale}
              label={basic ? 'Right: branch output' : 'Right branch'}
              pickTensor={`${unit.name}.right`}
              detail={
                <span>
                  {rightC} × {oh} × {ow}
                </span>
              }
              channelName={(i) => `right channel ${i}`}
            />
          </div>
        </div>
        {basic ? (
          <p className={styles.check} aria-live="polite">
            {identityDiff === null ? (
              'Run the model to compare the halves.'
            ) : identityDiff === 0 ? (
              <>
                The untouched half is exactly the input: the left output equals input {channelRange(0, half)} value for
                value (largest difference 0), while {branchChanged} of the {rightC} branch maps differ from the input
                maps they came from.
              </>
            ) : (
              <>
                <span className={styles.bad}>Not identical:</span> the left output differs from input{' '}
                {channelRange(0, half)} by up to {formatValue(identityDiff)}.
              </>
            )}
          </p>
        ) : (
          <p className="output-note">
            Height and width halve in both branches ({h}×{w} → {oh}×{ow}); each branch makes {leftC} channels, so the
            concat will have {leftC + rightC} = {(leftC + rightC) / unit.inChannels}× the input&apos;s {unit.inChannels}
            .
          </p>
        )}
      </section>
    </>
  );
}
