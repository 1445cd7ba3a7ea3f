import { argmax } from '../../lib/featureMaps';
import type { PlainTensor } from '../../lib/ort';
import { useMessages } from '../i18n/locale';
import { modelMessages } from './modelMessages';

interface PredictionProps {
  probs: PlainTensor | undefined;
  classes: readonly string[];
  /** the true label of a held-out sample; null for a drawing or a picture */
  trueLabel: number | null;
  /** where the input came from, in words ("sample 137", "your drawing") */
  source: string;
  /** the language of the class names when it is not the page's (ImageNet's, English on a Chinese page) */
  classesLang?: string;
}

/** The model's answer in one line, announced politely when it changes. */
export function Prediction({ probs, classes, trueLabel, source, classesLang }: PredictionProps) {
  const t = useMessages(modelMessages);
  if (!probs)
    return (
      <p className="output-note" aria-live="polite" data-prediction="">
        {t.noPrediction}
      </p>
    );
  const best = argmax(probs.data);
  const p = probs.data[best];
  const verdict = trueLabel === null ? '' : trueLabel === best ? t.correct : t.trueLabelIs(classes[trueLabel]);
  return (
    <p
      className="output-note"
      aria-live="polite"
      data-prediction={classes[best]}
      style={{ fontSize: '1rem', color: 'var(--fg)' }}>
      {t.predictsBefore(source)}
      <strong lang={classesLang}>{classes[best]}</strong>
      {t.predictsAfter((p * 100).toFixed(1))}
      {verdict}
    </p>
  );
}
