import { useMemo } from 'react';
import { formatShape, formatValue } from '../../lib/format';
import { asMaps, channel, maxAbsDiff, sharedDomain } from '../../lib/featureMaps';
import type { ModelManifest } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import { type Step } from '../../lib/steps';
import { ColorScale } from '../charts/ColorScale';
import { FeatureMapGrid } from '../model/FeatureMapGrid';
import styles from './Explorer.module.css';

type Tensors = Record<string, PlainTensor> | undefined;

export function useMaps(tensors: Tensors, names: readonly (string | null)[]) {
  return useMemo(() => {
    const maps = names.map((n) => (n && tensors?.[n] ? asMaps(tensors[n].data, tensors[n].dims) : null));
    const present = maps.filter((m) => m !== null);
    return { maps, domain: sharedDomain(present.map((m) => m.data)), ready: present.length === names.length };
  }, [tensors, names]);
}

/** The input step: the normalised 28×28 image the network receives. */
export function InputView({ step, tensors, manifest }: { step: Step; tensors: Tensors; manifest: ModelManifest }) {
  const names = useMemo(() => [step.tensors[0]], [step]);
  const { maps, domain, ready } = useMaps(tensors, names);
  const { mean, std } = manifest.input.preprocessing;
  return (
    <div className={styles.layerRow}>
      <div>
        <FeatureMapGrid tensor={maps[0]} domain={domain} label="Input tensor" detail={<span>{formatShape(step.outputShape)}</span>} maxWidth={300} maxScale={10} channelName={() => 'input'} />
        {ready && <ColorScale domain={domain} label="normalised value" />}
      </div>
      <p className={styles.explain}>
        Each pixel <i>p</i> (0 = background, 255 = full ink) enters the network as (<i>p</i>/255 − {mean}) / {std}, so
        the background is {formatValue((0 - mean) / std)} and full ink {formatValue((1 - mean) / std)} — the mean and
        standard deviation of the training pixels (as values from 0 to 1). One channel: the network has not computed anything yet.
      </p>
    </div>
  );
}

/** stem and conv5: a convolution from the input maps to the output maps, on one colour scale. */
export function ConvView({ step, tensors }: { step: Step; tensors: Tensors }) {
  const names = useMemo(() => [step.input, step.tensors[0]], [step]);
  const { maps, domain, ready } = useMaps(tensors, names);
  return (
    <div>
      {ready && <ColorScale domain={domain} label="value (one scale for input and output)" />}
      <div className={styles.layerRow}>
        <FeatureMapGrid tensor={maps[0]} domain={domain} label={step.kind === 'stem' ? 'Input' : `Input (${step.input})`} detail={<span>{formatShape(step.inputShape ?? [])}</span>} maxWidth={step.kind === 'stem' ? 120 : 300} pickTensor={step.kind === 'stem' ? undefined : (step.input ?? undefined)} />
        <FeatureMapGrid tensor={maps[1]} domain={domain} label={`Output (${step.tensors[0]})`} detail={<span>{formatShape(step.outputShape)}</span>} maxWidth={560} pickTensor={step.tensors[0]} />
      </div>
    </div>
  );
}

/** Global average pool: the conv5 maps and the vector of their means, with the means checked. */
export function PoolView({ step, tensors }: { step: Step; tensors: Tensors }) {
  const names = useMemo(() => [step.input, step.tensors[0]], [step]);
  const { maps, domain, ready } = useMaps(tensors, names);
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
    <div>
      {ready && <ColorScale domain={domain} label="value (one scale for maps and means)" />}
      <div className={styles.layerRow}>
        <FeatureMapGrid tensor={conv} domain={domain} label={`conv5 maps (${step.input})`} detail={<span>{formatShape(step.inputShape ?? [])}</span>} maxWidth={440} />
        <FeatureMapGrid tensor={pooled} domain={domain} label="Pooled vector, one cell per channel" detail={<span>{formatShape(step.outputShape)}</span>} maxWidth={420} columns={16} maxScale={20} channelName={(i) => `pooled channel ${i}`} pickTensor={step.tensors[0]} />
      </div>
      {worst !== null && (
        <p className={styles.explain} aria-live="polite">
          Each cell is the mean of one map: recomputed here from the conv5 maps, the largest difference from the model&apos;s
          pooled value is {formatValue(worst)} (float rounding). Position is gone: from here on the network only knows
          <i> how strongly</i> each of the {conv?.channels} features was present, not <i>where</i>.
        </p>
      )}
    </div>
  );
}

/** The vector a head step reads (pool → FC, logits → softmax), as one row of cells. */
export function VectorView({ name, tensors, label }: { name: string; tensors: Tensors; label: string }) {
  const names = useMemo(() => [name], [name]);
  const { maps, domain, ready } = useMaps(tensors, names);
  return (
    <div>
      <FeatureMapGrid tensor={maps[0]} domain={domain} label={label} maxWidth={560} columns={32} maxScale={14} channelName={(i) => `${name} ${i}`} pickTensor={name} />
      {ready && <ColorScale domain={domain} label={`${name} value`} width={220} />}
    </div>
  );
}

/** Largest |a − b| between a recomputation and the model's own tensor, for the head checks. */
export function agreement(a: ArrayLike<number>, b: ArrayLike<number>): string {
  return formatValue(maxAbsDiff(a, b));
}
