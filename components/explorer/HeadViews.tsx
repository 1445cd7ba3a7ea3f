import { argmax, formatValue, softmax } from '../../lib/featureMaps';
import type { ModelManifest } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import type { Step } from '../../lib/steps';
import { ClassBars } from '../model/ClassBars';
import { agreement, VectorView } from './LayerViews';
import styles from './Explorer.module.css';

type Tensors = Record<string, PlainTensor> | undefined;

/** "97.3 %", and tiny probabilities as "3.2e-4 %" rather than a misleading "0.0 %". */
export function percent(p: number): string {
  return p === 0 || p >= 0.0005 ? `${(p * 100).toFixed(1)} %` : `${(p * 100).toExponential(1)} %`;
}

/** FC: the pooled vector in, one score (logit) per class out. */
export function LogitsView({ step, tensors, manifest, trueLabel }: { step: Step; tensors: Tensors; manifest: ModelManifest; trueLabel: number | null }) {
  const logits = tensors?.[step.tensors[0]];
  return (
    <div>
      <VectorView name={step.input ?? ''} tensors={tensors} label={`Pooled vector in (${step.inputShape?.[0]} values)`} />
      <div>
        <p className={styles.panelTitle}>Logits out: one weighted sum per class</p>
        {logits ? (
          <ClassBars values={Array.from(logits.data)} classes={manifest.classes} title="Logits (class scores before softmax)" format={formatValue} predicted={argmax(logits.data)} trueLabel={trueLabel} width={560} />
        ) : (
          <p className="output-note">The scores appear here once the model has run.</p>
        )}
        <p className={styles.explain}>
          Every score is a weighted sum of all {step.inputShape?.[0]} pooled values plus a bias; the weights were learned. Scores
          can be negative and have no fixed scale; only their differences matter to the next step.
        </p>
      </div>
    </div>
  );
}

/** Softmax: probabilities as bars, with the book's own softmax of the logits compared to the model's. */
export function ProbsView({ step, tensors, manifest, trueLabel }: { step: Step; tensors: Tensors; manifest: ModelManifest; trueLabel: number | null }) {
  const probs = tensors?.[step.tensors[0]];
  const logits = step.input ? tensors?.[step.input] : undefined;
  if (!probs || !logits) return <p className="output-note">The probabilities appear here once the model has run.</p>;
  const best = argmax(probs.data);
  return (
    <div>
      <ClassBars
        values={Array.from(probs.data)} classes={manifest.classes} title="Class probabilities" domain={[0, 1]}
        format={percent} predicted={best} trueLabel={trueLabel} width={560}
      />
      <p className={styles.explain} aria-live="polite">
        softmax(<i>z</i>)<sub><i>k</i></sub> = e<sup><i>z<sub>k</sub></i></sup> / Σ<sub><i>j</i></sub> e<sup><i>z<sub>j</sub></i></sup> turns
        the scores into probabilities that sum to 1. The largest, {manifest.classes[best]} at {(probs.data[best] * 100).toFixed(1)} %, is
        the prediction. Softmax recomputed here from the logits agrees with the model&apos;s output to within
        {' '}{agreement(softmax(logits.data), probs.data)}.
      </p>
    </div>
  );
}
