import { useEffect, useState } from 'react';
import { EXPERIMENT_IDS, EXPERIMENTS, type ExperimentId } from '../../lib/labExperiments';
import { useMessages } from '../i18n/locale';
import { labMessages } from './labMessages';

export const RUN_EVENT = 'benchmark-lab:run';
export const FINISHED_EVENT = 'benchmark-lab:finished';

/**
 * One button for the four experiments of the page: it asks each lab cell in turn to run (a DOM
 * event, as the cells already use to keep out of each other's way) and starts the next when the
 * previous one has finished, so that no two compete for the processor.
 */
export function RunAll() {
  const t = useMessages(labMessages);
  const [current, setCurrent] = useState<ExperimentId | null>(null);
  useEffect(() => {
    if (!current) return;
    const onFinished = (event: Event) => {
      const done = (event as CustomEvent<{ experiment: ExperimentId; completed: boolean }>).detail;
      if (done?.experiment !== current) return;
      const next = EXPERIMENT_IDS[EXPERIMENT_IDS.indexOf(current) + 1];
      setCurrent(done.completed && next ? next : null);
    };
    window.addEventListener(FINISHED_EVENT, onFinished);
    window.dispatchEvent(new CustomEvent(RUN_EVENT, { detail: { experiment: current } }));
    return () => window.removeEventListener(FINISHED_EVENT, onFinished);
  }, [current]);
  return (
    <p className="control-row">
      <button
        type="button"
        className="btn"
        onClick={() => setCurrent(EXPERIMENT_IDS[0])}
        disabled={current !== null}
        data-run-all="">
        {t.runAll}
      </button>
      <span className="output-note" aria-live="polite">
        {current ? t.runningOf(EXPERIMENTS[current].guideline, EXPERIMENT_IDS.indexOf(current) + 1) : t.timesAll}
      </span>
    </p>
  );
}
