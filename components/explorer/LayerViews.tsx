import { useMemo } from 'react';
import { formatShape, formatValue } from '../../lib/format';
import { asMaps, channel, maxAbsDiff, sharedDomain } from '../../lib/featureMaps';
import type { ModelManifest } from '../../lib/manifest';
import type { Contrast } from '../../lib/mapView';
import type { PlainTensor } from '../../lib/ort';
import { type Step } from '../../lib/steps';
import { TensorMaps } from './TensorMaps';
import { VectorStrip } from './VectorStrip';
import styles from './Explorer.module.css';

type Tensors = Record<string, PlainTensor> | undefined;

/** What every step view needs to draw maps: the room it has, the contrast mode, and how to open a map large. */
export interface MapsContext {
  width: number;
  contrast: Contrast;
  onOpen(name: string, channel: number, row: number, col: number): void;
}

export function useMaps(tensors: Tensors, names: readonly (string | null)[]) {
  return useMemo(() => {
    const maps = names.map((n) => (n && tensors?.[n] ? asMaps(tensors[n].data, tensors[n].dims) : null));
    const present = maps.filter((m) => m !== null);
    return { maps, domain: sharedDomain(present.map((m) => m.data)), ready: present.length === names.length };
  }, [tensors, names]);
}

/** The input step: the normalised 28×28 image the network receives. */
export function InputView({
  step,
  tensors,
  manifest,
  ctx,
}: {
  step: Step;
  tensors: Tensors;
  manifest: ModelManifest;
  ctx: MapsContext;
}) {
  const names = useMemo(() => [step.tensors[0]], [step]);
  const { maps } = useMaps(tensors, names);
  const { mean, std } = manifest.input.preprocessing;
  return (
    <div className={styles.layerRow}>
      <TensorMaps
        name={step.tensors[0]}
        tensor={maps[0]}
        values="input"
        label="Input tensor"
        detail={<span className={styles.shapes}>{formatShape(step.outputShape)}</span>}
        width={Math.min(ctx.width, 340)}
        contrast="shared"
        onOpen={ctx.onOpen}
      />
      {manifest.input.preprocessing.channelMean ? (
        <p className={styles.explain}>
          {manifest.input.preprocessing.description} The network has not computed anything yet.
        </p>
      ) : (
        <p className={styles.explain}>
          Each pixel <i>p</i> (0 = background, 255 = full ink) enters the network as (<i>p</i>/255 − {mean}) / {std}, so
          the background is {formatValue((0 - mean) / std)} and full ink {formatValue((1 - mean) / std)} — the mean and
          standard deviation of the training pixels (as values from 0 to 1). One channel: the network has not computed
          anything yet.
        </p>
      )}
    </div>
  );
}

/** stem and conv5: a convolution from the input maps to the output maps. */
export function ConvView({
  step,
  tensors,
  manifest,
  ctx,
}: {
  step: Step;
  tensors: Tensors;
  manifest: ModelManifest;
  ctx: MapsContext;
}) {
  const names = useMemo(() => [step.input, step.tensors[0]], [step]);
  const { maps } = useMaps(tensors, names);
  const inputValues = step.input === manifest.input.name ? 'input' : 'nonnegative';
  return (
    <div className={styles.stack}>
      <TensorMaps
        name={step.input!}
        tensor={maps[0]}
        values={inputValues}
        label={step.kind === 'stem' ? 'In: the input image' : `In: ${step.input}`}
        detail={<span className={styles.shapes}>{formatShape(step.inputShape ?? [])}</span>}
        width={step.kind === 'stem' ? Math.min(200, ctx.width) : ctx.width}
        contrast={ctx.contrast}
        onOpen={ctx.onOpen}
      />
      <p className={styles.arrow} aria-hidden="true">
        ↓ {step.operation}
      </p>
      <TensorMaps
        name={step.tensors[0]}
        tensor={maps[1]}
        values="nonnegative"
        label={`Out: ${step.tensors[0]}`}
        detail={<span className={styles.shapes}>{formatShape(step.outputShape)}</span>}
        width={ctx.width}
        contrast={ctx.contrast}
        onOpen={ctx.onOpen}
      />
    </div>
  );
}

/** Global average pool: the conv5 maps and the vector of their means, with the means checked. */
export function PoolView({ step, tensors, ctx }: { step: Step; tensors: Tensors; ctx: MapsContext }) {
  const names = useMemo(() => [step.input, step.tensors[0]], [step]);
  const { maps } = useMaps(tensors, names);
  const [conv, pooled] = maps;
  const worst = useMemo(() => {
    if (!conv || !pooled) return null;
    let m = 0;
    for (let c = 0; c < conv.channels; c++) {
      const plane = channel(conv, c);
      m = Math.max(m, Math.abs(plane.reduce((a, b) => a + b, 0) / plane.length - pooled.data[c]));
    }
    return m;
  }, [conv, pooled]);
  return (
    <div className={styles.stack}>
      <TensorMaps
        name={step.input!}
        tensor={conv}
        values="nonnegative"
        label={`In: conv5 maps (${step.input})`}
        detail={<span className={styles.shapes}>{formatShape(step.inputShape ?? [])}</span>}
        width={ctx.width}
        contrast={ctx.contrast}
        onOpen={ctx.onOpen}
      />
      <p className={styles.arrow} aria-hidden="true">
        ↓ the mean of each map
      </p>
      {pooled ? (
        <VectorStrip
          values={pooled.data}
          label={`Out: the pooled vector, ${pooled.channels} values`}
          width={ctx.width}
          entryName={(i) => `pooled value ${i} (mean of conv5 map ${i})`}
        />
      ) : (
        <p className={styles.hint}>The vector appears here once the model has run.</p>
      )}
      {worst !== null && (
        <p className={styles.explain} aria-live="polite">
          Each bar is the mean of one map: recomputed here from the conv5 maps, the largest difference from the
          model&apos;s pooled value is {formatValue(worst)} (float rounding). Position is gone: from here on the network
          only knows
          <i> how strongly</i> each of the {conv?.channels} features was present, not <i>where</i>.
        </p>
      )}
    </div>
  );
}

/** The vector a head step reads (pool → FC), as a strip of bars. */
export function VectorView({
  name,
  tensors,
  label,
  width,
}: {
  name: string;
  tensors: Tensors;
  label: string;
  width: number;
}) {
  const t = tensors?.[name];
  return t ? (
    <VectorStrip values={t.data} label={label} width={width} entryName={(i) => `${name} ${i}`} />
  ) : (
    <p className={styles.hint}>The vector appears here once the model has run.</p>
  );
}

/** Largest |a − b| between a recomputation and the model's own tensor, for the head checks. */
export function agreement(a: ArrayLike<number>, b: ArrayLike<number>): string {
  return formatValue(maxAbsDiff(a, b));
}
