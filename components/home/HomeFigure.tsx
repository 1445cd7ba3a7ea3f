import { useMemo, useState } from 'react';
import { argmax } from '../../lib/featureMaps';
import { formatProbability } from '../../lib/format';
import { colors, seriesColor } from '../../lib/palette';
import { frameImage, type GrayImage } from '../../lib/preprocess';
import { findUnit, outputName, unitTensors } from '../../lib/steps';
import { BarChart } from '../charts/BarChart';
import { DrawPad } from '../explorer/DrawPad';
import { LoadState } from '../model/LoadState';
import { SampleThumb } from '../model/SampleThumb';
import { UnitView } from '../model/UnitView';
import { useForward } from '../model/useForward';
import { useModel } from '../model/useModel';
import { useNearView } from '../model/useNearView';
import { useMessages } from '../i18n/locale';
import styles from './Home.module.css';
import { homeFigureMessages } from './homeFigureMessages';

/** The unit the front page shows: a basic unit in the middle of the network (Stage 3, unit 2). */
const STAGE = 3;
const UNIT = 2;

/**
 * The front page's live figure: draw a digit, and the trained digits model runs on it in the
 * browser; one basic unit's real feature maps (split, branch, concat, shuffle) and the class
 * probabilities follow the pen. Until the reader draws or the figure comes near the screen
 * nothing is downloaded (a margin of 0: the figure is at the top, so "near" means "seen").
 * Before the first stroke the first held-out sample stands in.
 */
export function HomeFigure() {
  const [ref, near] = useNearView<HTMLDivElement>('0px');
  const [touched, setTouched] = useState(false);
  const t = useMessages(homeFigureMessages);
  const model = useModel('digits', near || touched);
  const [drawing, setDrawing] = useState<Uint8Array | null>(null);
  const unit = findUnit(model.manifest, STAGE, UNIT)!;
  const shown = useMemo(() => Object.values(unitTensors(unit)), [unit]);
  const pixels = drawing ?? model.samples?.images[0] ?? null;
  const { result, error } = useForward(model, pixels, shown);
  const probs = result?.tensors[outputName(model.manifest, 'probs')];
  const classes = model.manifest.classes;
  const onDraw = (gray: GrayImage) => {
    setTouched(true);
    const framed = frameImage(gray, 'mnist');
    if (framed) setDrawing(framed);
  };
  const best = probs ? argmax(probs.data) : -1;
  // before the run the chart is there already, its rows labelled and its bars empty: the same size, so nothing jumps
  const bars = classes.map((label, i) => ({
    label,
    value: probs ? probs.data[i] : 0,
    color: i === best ? colors.highlight : seriesColor(2),
    emphasis: i === best,
  }));
  return (
    <div
      ref={ref}
      className={styles.figure}
      data-home-figure=""
      data-state={result ? 'ready' : model.status}
      onPointerDown={() => setTouched(true)}>
      <div className={styles.input}>
        <h2 className={styles.step}>
          <span>1</span> {t.drawStep}
        </h2>
        <DrawPad onDraw={onDraw} onClear={() => setDrawing(null)} active={drawing !== null} />
        <div className={styles.sees}>
          <SampleThumb pixels={pixels} size={56} />
          <span className="output-note">{drawing ? t.yourDrawing : t.heldOutShown}</span>
        </div>
      </div>
      <div className={styles.output}>
        <h2 className={styles.step}>
          <span>2</span> {t.answersStep}
        </h2>
        {error && (
          <p className="error-note" role="alert">
            {error}
          </p>
        )}
        {/* the chart is there before the run (rows labelled, bars empty) with the loading state over
            it, so the figure has its final size from the start and nothing moves when the bars arrive */}
        <div className={styles.answer}>
          <BarChart
            title={probs ? t.probabilities(classes[best]) : t.probabilitiesAppear}
            bars={bars}
            domain={[0, 1]}
            format={probs ? formatProbability : () => ''}
            maxWidth={360}
            minWidth={220}
          />
          {!probs && (
            <div className={styles.answerWait}>
              <LoadState model={model} what={t.modelWhat} shows={t.modelShows} />
              <p className="output-note">{model.status === 'idle' ? t.startsWhenYouDraw : t.probabilitiesAppear}</p>
            </div>
          )}
        </div>
      </div>
      <div className={styles.unit}>
        <h2 className={styles.step}>
          <span>3</span> {t.unitStep(STAGE, UNIT)}
        </h2>
        <UnitView unit={unit} tensors={result?.tensors} headingLevel={3} maxWidth={460} />
      </div>
    </div>
  );
}
