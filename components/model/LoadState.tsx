import { useSyncExternalStore } from 'react';
import { progressSentence, summarizeParts } from '../../lib/loadProgress';
import type { ModelState } from './useModel';
import styles from './LoadState.module.css';

const noSubscription = () => () => undefined;
/** False in the static HTML and while hydrating, true once the page's JavaScript runs. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * What a live widget says while its model loads, and when it cannot: a determinate bar over every
 * byte the reader waits for (the in-browser engine, the weights, the example images) with the step
 * in plain words; on a failure which file failed, what to try, and a Retry that starts afresh.
 * Without JavaScript it says what the figure would show instead. The rest of the page (prose,
 * static figures) never depends on it.
 */
export function LoadState({
  model,
  what = 'the live model',
  shows,
}: {
  model: ModelState;
  what?: string;
  shows?: string;
}) {
  const hydrated = useHydrated();
  if (!hydrated) {
    return (
      <noscript>
        <p className="output-note" data-load-state="noscript">
          {shows
            ? `Here the trained network would run in your browser and show ${shows}. `
            : 'Here the trained network would run in your browser. '}
          That needs JavaScript (and WebAssembly); the text and the static figures of this chapter read without them.
        </p>
      </noscript>
    );
  }
  if (model.status === 'ready' || model.status === 'idle') return null;
  if (model.status === 'error') {
    return (
      <div className={styles.error} role="alert" data-load-state="error">
        <p className={styles.line}>
          <strong className={styles.errorTitle}>Could not load {what}.</strong> {model.error}
        </p>
        <p className={styles.hint}>The text and static figures of this chapter work without it.</p>
        <button type="button" className="btn" onClick={model.retry}>
          Retry
        </button>
      </div>
    );
  }
  const summary = model.parts ? summarizeParts(model.parts) : null;
  const preparing = model.preparing || !summary;
  const sentence = summary ? progressSentence(summary, model.preparing) : 'Getting the network ready…';
  // "Loading the network: 3.1 of 15.6 MB — now the example images": the figures first, the step after.
  const [figures, step] = sentence.split(' — ');
  return (
    <div
      className={styles.box}
      role="status"
      data-load-state="loading"
      data-loaded={summary?.loaded}
      data-total={summary?.total}>
      <p className={styles.line}>
        {figures}
        {step && <span className={styles.step}> — {step}</span>}
      </p>
      <progress
        className={styles.bar}
        max={1}
        value={preparing ? undefined : summary.fraction}
        aria-label={`Loading ${what}`}
      />
    </div>
  );
}
