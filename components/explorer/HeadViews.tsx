import { formatProbability, formatValue } from '../../lib/format';
import { argmax, softmax } from '../../lib/featureMaps';
import type { ModelManifest } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import type { Step } from '../../lib/steps';
import type { ValuePosition } from '../../lib/valueComputation';
import { useState, type ReactNode } from 'react';
import { colors, seriesColor } from '../../lib/palette';
import { BarChart } from '../charts/BarChart';
import { agreement, VectorView } from './LayerViews';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Explorer.module.css';

type Tensors = Record<string, PlainTensor> | undefined;

/** Draws how one value of a tensor is computed (the explorer's value panel), its position movable by the reader. */
export type ExplainValue = (
  tensor: string,
  position: ValuePosition,
  onPosition: (p: ValuePosition) => void,
) => ReactNode;

/** One bar per class, the predicted one (the largest) highlighted and the true label of a gallery sample marked. */
const MAX_BARS = 12;
const TOP_BARS = 10;

export function ClassBars({
  values,
  classes,
  title,
  format,
  trueLabel,
  domain,
  maxWidth,
}: {
  values: ArrayLike<number>;
  classes: readonly string[];
  title: string;
  format(v: number): string;
  trueLabel: number | null;
  domain?: [number, number];
  maxWidth?: number;
}) {
  const predicted = argmax(values);
  const t = useMessages(explorerMessages);
  const all = Array.from(values, (value, i) => ({
    label: `${classes[i]}${i === trueLabel ? t.trueSuffix : ''}`,
    value,
    color: i === predicted ? colors.highlight : seriesColor(2),
    emphasis: i === predicted,
  }));
  // A thousand bars (an ImageNet classifier) say nothing: the highest ten, in order.
  const many = all.length > MAX_BARS;
  const bars = many ? [...all].sort((a, b) => b.value - a.value).slice(0, TOP_BARS) : all;
  return (
    <BarChart
      bars={bars}
      title={t.barsTitle(title, many ? t.highestOf(TOP_BARS, all.length) : '', classes[predicted])}
      format={format}
      domain={domain}
      maxWidth={maxWidth}
    />
  );
}

/** FC: the pooled vector in, one score (logit) per class out. */
export function LogitsView({
  step,
  tensors,
  manifest,
  trueLabel,
  width,
  explain,
}: {
  step: Step;
  tensors: Tensors;
  manifest: ModelManifest;
  trueLabel: number | null;
  width: number;
  /** shows how one score is computed (the predicted class's, until the reader picks another) */
  explain?: ExplainValue;
}) {
  const logits = tensors?.[step.tensors[0]];
  const t = useMessages(explorerMessages);
  const [chosen, setChosen] = useState<number | null>(null);
  const explainable = Boolean(manifest.outputs.find((o) => o.name === step.tensors[0])?.layer?.weights);
  return (
    <div>
      <VectorView name={step.input ?? ''} tensors={tensors} label={t.pooledIn(step.inputShape?.[0])} width={width} />
      <div>
        <p className={styles.panelTitle}>{t.logitsOut}</p>
        {logits ? (
          <ClassBars
            values={logits.data}
            classes={manifest.classes}
            title={t.logitsTitle}
            format={formatValue}
            trueLabel={trueLabel}
          />
        ) : (
          <p className="output-note">{t.scoresAppear}</p>
        )}
        <p className={styles.explain}>{t.logitsExplain(step.inputShape?.[0])}</p>
        {explain &&
          explainable &&
          logits &&
          explain(step.tensors[0], { channel: chosen ?? argmax(logits.data), y: 0, x: 0 }, (p) => setChosen(p.channel))}
      </div>
    </div>
  );
}

/** Softmax: probabilities as bars, with the book's own softmax of the logits compared to the model's. */
export function ProbsView({
  step,
  tensors,
  manifest,
  trueLabel,
}: {
  step: Step;
  tensors: Tensors;
  manifest: ModelManifest;
  trueLabel: number | null;
}) {
  const probs = tensors?.[step.tensors[0]];
  const logits = step.input ? tensors?.[step.input] : undefined;
  const t = useMessages(explorerMessages);
  if (!probs || !logits) return <p className="output-note">{t.probsAppear}</p>;
  const best = argmax(probs.data);
  return (
    <div>
      <ClassBars
        values={probs.data}
        classes={manifest.classes}
        title={t.classProbabilities}
        domain={[0, 1]}
        format={formatProbability}
        trueLabel={trueLabel}
      />
      <p className={styles.explain} aria-live="polite">
        softmax(<i>z</i>)
        <sub>
          <i>k</i>
        </sub>{' '}
        = e
        <sup>
          <i>
            z<sub>k</sub>
          </i>
        </sup>{' '}
        / Σ
        <sub>
          <i>j</i>
        </sub>{' '}
        e
        <sup>
          <i>
            z<sub>j</sub>
          </i>
        </sup>{' '}
        {t.softmaxExplain(
          manifest.classes[best],
          (probs.data[best] * 100).toFixed(1),
          agreement(softmax(logits.data), probs.data),
        )}
      </p>
    </div>
  );
}
