import { useMemo } from 'react';
import { formatValue } from '../../lib/format';
import { channel, maxAbsDiff, sliceChannels } from '../../lib/featureMaps';
import type { ManifestUnit } from '../../lib/manifest';
import { colors } from '../../lib/palette';
import { FeatureMapGrid } from './FeatureMapGrid';
import { Swatch } from './Swatch';
import { unitScale, type UnitMaps, type UnitPart } from './unitTensors';
import { tensorTitle } from '../../lib/steps';
import { useLocale, useMessages } from '../i18n/locale';
import { modelMessages } from './modelMessages';
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
  const t = useMessages(modelMessages);
  const locale = useLocale();
  const channelRange = t.channelRange;
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
      <section className={styles.section} {...hover(['input'])} aria-label={t.inputSection}>
        <SectionHeading level={headingLevel}>{basic ? t.splitHeading : t.wholeHeading}</SectionHeading>
        <FeatureMapGrid
          tensor={maps?.input ?? null}
          shape={[unit.inChannels, h, w]}
          domain={domain}
          frames={inputFrames}
          maxWidth={maxWidth}
          scale={scale}
          label={t.unitInput(tensorTitle(unit.input, locale, unit))}
          pickTensor={unit.input}
          detail={
            <span>
              {unit.inChannels} × {h} × {w}
            </span>
          }
          channelName={(i) => (basic ? t.inputChannelSplit(i, i < half) : t.inputChannel(i))}
        />
        <p className="output-note">
          {basic ? (
            <>
              <Swatch color={colors.identity} />
              {channelRange(0, half)}
              {t.toConcat}
              <Swatch color={colors.branch} />
              {channelRange(half, unit.inChannels)}
              {t.throughBranch}
            </>
          ) : (
            t.noSplit(unit.inChannels)
          )}
        </p>
      </section>
      <section className={styles.section} {...hover(['left', 'right'])} aria-label={t.outputsSection}>
        <SectionHeading level={headingLevel}>{basic ? t.basicOutputs : t.downOutputs}</SectionHeading>
        <div className={styles.pair}>
          <div {...hover(['left'])}>
            <FeatureMapGrid
              tensor={maps?.left ?? null}
              shape={[leftC, oh, ow]}
              domain={domain}
              frames={leftFrames}
              maxWidth={(maxWidth - 20) / 2}
              scale={scale}
              label={basic ? t.leftIdentity : t.leftBranch}
              pickTensor={`${unit.name}.left`}
              detail={
                <span>
                  {leftC} × {oh} × {ow}
                </span>
              }
              channelName={(i) => t.leftChannel(i)}
            />
          </div>
          <div {...hover(['right'])}>
            <FeatureMapGrid
              tensor={maps?.right ?? null}
              shape={[rightC, oh, ow]}
              domain={domain}
              frames={rightFrames}
              maxWidth={(maxWidth - 20) / 2}
              scale={scale}
              label={basic ? t.rightOutput : t.rightBranch}
              pickTensor={`${unit.name}.right`}
              detail={
                <span>
                  {rightC} × {oh} × {ow}
                </span>
              }
              channelName={(i) => t.rightChannel(i)}
            />
          </div>
        </div>
        {basic ? (
          <p className={styles.check} aria-live="polite">
            {identityDiff === null ? (
              // the sentence that replaces the prompt is there already, invisible, keeping its room
              <span className={styles.reserve}>
                <span>{t.runToCompare}</span>
                <span aria-hidden="true">{t.identical(channelRange(0, half), rightC, rightC)}</span>
              </span>
            ) : identityDiff === 0 ? (
              t.identical(channelRange(0, half), branchChanged ?? 0, rightC)
            ) : (
              <>
                <span className={styles.bad}>{t.notIdentical}</span>
                {t.differsBy(channelRange(0, half), formatValue(identityDiff))}
              </>
            )}
          </p>
        ) : (
          <p className="output-note">
            {t.downHalves(h, w, oh, ow, leftC, leftC + rightC, (leftC + rightC) / unit.inChannels, unit.inChannels)}
          </p>
        )}
      </section>
    </>
  );
}
