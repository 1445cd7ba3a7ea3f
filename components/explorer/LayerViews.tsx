import { useMemo } from 'react';
import { formatShape, formatValue } from '../../lib/format';
import { asMaps, channel, maxAbsDiff, sharedDomain } from '../../lib/featureMaps';
import type { ModelManifest } from '../../lib/manifest';
import type { Contrast } from '../../lib/mapView';
import type { PlainTensor } from '../../lib/ort';
import { type Step } from '../../lib/steps';
import { TensorMaps } from './TensorMaps';
import { VectorStrip } from './VectorStrip';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
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
  const t = useMessages(explorerMessages);
  return (
    <div className={styles.layerRow}>
      <TensorMaps
        name={step.tensors[0]}
        tensor={maps[0]}
        values="input"
        label={t.inputTensor}
        detail={<span className={styles.shapes}>{formatShape(step.outputShape)}</span>}
        width={Math.min(ctx.width, 340)}
        contrast="shared"
        onOpen={ctx.onOpen}
      />
      {manifest.input.preprocessing.channelMean ? (
        <p className={styles.explain}>
          {manifest.input.preprocessing.description} {t.notComputedYet}
        </p>
      ) : (
        <p className={styles.explain}>
          {t.normPixel} <i>p</i>
          {t.normEnters}
          <i>p</i>
          {t.normRest(mean, std, formatValue((0 - mean) / std), formatValue((1 - mean) / std))}
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
  const t = useMessages(explorerMessages);
  return (
    <div className={styles.stack}>
      <TensorMaps
        name={step.input!}
        tensor={maps[0]}
        values={inputValues}
        label={step.kind === 'stem' ? t.stemIn : t.inLabel(step.input!)}
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
        label={t.outLabel(step.tensors[0])}
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
  const t = useMessages(explorerMessages);
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
        label={t.poolIn(step.input!)}
        detail={<span className={styles.shapes}>{formatShape(step.inputShape ?? [])}</span>}
        width={ctx.width}
        contrast={ctx.contrast}
        onOpen={ctx.onOpen}
      />
      <p className={styles.arrow} aria-hidden="true">
        ↓ {t.meanOfEachMap}
      </p>
      {pooled ? (
        <VectorStrip
          values={pooled.data}
          label={t.pooledOut(pooled.channels)}
          width={ctx.width}
          entryName={t.pooledEntry}
        />
      ) : (
        <p className={styles.hint}>{t.vectorAppears}</p>
      )}
      {worst !== null && (
        <p className={styles.explain} aria-live="polite">
          {t.poolExplain1(formatValue(worst))}
          <i>{t.poolHowStrongly}</i>
          {t.poolExplain2(conv!.channels)}
          <i>{t.poolWhere}</i>
          {t.poolExplain3}
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
  const tensor = tensors?.[name];
  const t = useMessages(explorerMessages);
  return tensor ? (
    <VectorStrip values={tensor.data} label={label} width={width} entryName={(i) => `${name} ${i}`} />
  ) : (
    <p className={styles.hint}>{t.vectorAppears}</p>
  );
}

/** Largest |a − b| between a recomputation and the model's own tensor, for the head checks. */
export function agreement(a: ArrayLike<number>, b: ArrayLike<number>): string {
  return formatValue(maxAbsDiff(a, b));
}
