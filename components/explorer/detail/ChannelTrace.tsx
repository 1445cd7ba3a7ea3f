import { schemeLut } from '../../../lib/colorMaps';
import { useId, useMemo, useState } from 'react';
import { traceChannel, traceableUnits, type ChannelTraceStep } from '../../../lib/channelTrace';
import {
  asMaps,
  channel as planeOf,
  gridLayout,
  maxAbsDiff,
  sharedDomain,
  type MapTensor,
} from '../../../lib/featureMaps';
import { formatValue } from '../../../lib/format';
import { colors } from '../../../lib/palette';
import { ControlRow } from '../../controls/ControlRow';
import { NumberField } from '../../controls/NumberField';
import { Select } from '../../controls/Select';
import { MapCanvas } from '../../model/MapCanvas';
import { useForward } from '../../model/useForward';
import type { ModelState } from '../../model/useModel';
import { useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';
import styles from './Detail.module.css';

interface ChannelTraceProps {
  model: ModelState;
  pixels: Uint8Array | null;
  /** the stage to start in (2, 3 or 4) */
  stage?: number;
  headingLevel?: 3 | 4;
}

const stepTensors = (s: ChannelTraceStep) => [
  s.unit.input,
  `${s.unit.name}.left`,
  `${s.unit.name}.right.split`,
  `${s.unit.name}.shuffle`,
];

/**
 * Follow a channel: pick one channel entering a stage's basic units and see, on the real maps,
 * where each unit's split and shuffle put it, how long it passes untouched (the same map, value
 * for value) and in which unit it enters a branch and is transformed.
 */
// The traced maps are all after a ReLU: the explorer's sequential scale, one domain for the whole trace.
const SEQUENTIAL = schemeLut('sequential');

export function ChannelTrace({ model, pixels, stage: initialStage = 3, headingLevel = 4 }: ChannelTraceProps) {
  const { manifest } = model;
  const t = useMessages(detailMessages);
  const stages = useMemo(
    () => [...new Set(manifest.units.filter((u) => u.type === 'basic').map((u) => u.stage))],
    [manifest],
  );
  const [stage, setStage] = useState(stages.includes(initialStage) ? initialStage : stages[0]);
  const channels = traceableUnits(manifest, stage)[0].inChannels;
  const [wanted, setChannel] = useState(5);
  const channel = Math.min(wanted, channels - 1);
  const trace = useMemo(() => traceChannel(manifest, stage, channel), [manifest, stage, channel]);
  const shown = useMemo(() => trace.steps.filter((s) => s.side).flatMap(stepTensors), [trace]);
  const { result } = useForward(model, pixels, shown);
  const map = (name: string): MapTensor | null =>
    result?.tensors[name] ? asMaps(result.tensors[name].data, result.tensors[name].dims) : null;
  const start = map(trace.steps[0].unit.input);
  const startPlane = start ? planeOf(start, channel) : null;
  const domain = useMemo(() => sharedDomain(startPlane ? [startPlane] : []), [startPlane]);
  const Heading = `h${headingLevel}` as const;
  const [h] = trace.steps[0].unit.inSize;
  const scale = Math.max(2, Math.round(84 / h));
  const readoutId = useId();
  const [readout, setReadout] = useState<string | null>(null);
  const layout = useMemo(
    () => gridLayout(1, h, trace.steps[0].unit.inSize[1], { maxWidth: 160, minScale: scale, maxScale: scale }),
    [h, trace, scale],
  );
  // Small maps with one shared readout line (below the list), like the shuffle's strips.
  const grid = (name: string, c: number, label: string, frame: string | null) => {
    const m = map(name);
    return (
      <div>
        <p className={styles.caption}>{label}</p>
        {m ? (
          <MapCanvas
            tensor={m}
            order={[c]}
            frames={[frame]}
            domain={domain}
            layout={layout}
            lut={SEQUENTIAL}
            label={`${label} (${name})`}
            pickTensor={name}
            channelName={() => t.traceMapName(name, c)}
            readoutId={readoutId}
            onReadout={(text) => text && setReadout(text)}
          />
        ) : (
          <div style={{ width: layout.width, height: layout.height }} className={styles.placeholder} />
        )}
      </div>
    );
  };
  const same = (name: string, c: number) => {
    const m = map(name);
    return m && startPlane ? maxAbsDiff(planeOf(m, c), startPlane) : null;
  };

  return (
    <section className={styles.panel} aria-label={t.traceTitle} data-channel-trace={`${stage}:${channel}`}>
      <Heading className={styles.title}>{t.traceTitle}</Heading>
      <ControlRow label={t.traceControls}>
        <Select<number>
          label={t.stage}
          value={stage}
          options={stages.map((s) => ({ value: s, label: t.stageOption(s) }))}
          onChange={setStage}
        />
        <NumberField label={t.channel} value={channel} min={0} max={channels - 1} onChange={setChannel} />
      </ControlRow>
      <p className={styles.what}>
        {t.traceWhat(channel, channels, stage)}
        {trace.transformedIn
          ? t.traceTransformed(trace.untouched, stage, trace.transformedIn.unit)
          : t.traceCrosses(trace.steps.length)}
      </p>
      <ol className={styles.trace}>
        {trace.steps
          .filter((s) => s.side)
          .map((s) => {
            const untouched = s.side === 'untouched';
            const diff = same(
              untouched ? `${s.unit.name}.shuffle` : s.unit.input,
              untouched ? s.shuffleChannel! : s.inputChannel!,
            );
            return (
              <li key={s.unit.name} className={styles.traceRow} data-trace-unit={s.unit.name} data-side={s.side}>
                <div className={styles.traceMaps}>
                  {grid(s.unit.input, s.inputChannel!, t.traceIn(s.inputChannel!), null)}
                  {untouched
                    ? grid(`${s.unit.name}.left`, s.halfChannel!, t.traceUntouched(s.halfChannel!), colors.identity)
                    : grid(
                        `${s.unit.name}.right.split`,
                        s.halfChannel!,
                        t.traceBranchIn(s.halfChannel!),
                        colors.branch,
                      )}
                  {untouched && grid(`${s.unit.name}.shuffle`, s.shuffleChannel!, t.traceOut(s.shuffleChannel!), null)}
                </div>
                <p>
                  <b>
                    {t.unitLabel(s.unit.stage, s.unit.unit)}
                    {t.whatEnd}
                  </b>
                  {t.whatEnd === '.' ? ' ' : ''}
                  {untouched ? (
                    <>
                      {t.traceUntouchedRow(s.inputChannel!, channels / 2, s.halfChannel!, s.shuffleChannel!)}
                      {diff !== null && t.traceSame(formatValue(diff))}
                    </>
                  ) : (
                    <>{t.traceBranchRow(s.inputChannel!, channels / 2, s.halfChannel!, channels / 2 - 1)}</>
                  )}
                </p>
              </li>
            );
          })}
      </ol>
      <p id={readoutId} className={styles.readout} aria-live="polite">
        {readout ?? t.traceReadout}
      </p>
    </section>
  );
}
