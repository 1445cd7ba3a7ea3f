import { progressSentence, summarizeParts } from '../../lib/loadProgress';
import { loadMessages } from '../../lib/loadMessages';
import type { ModelState } from './useModel';
import { useLocale } from '../i18n/locale';
import { modelMessages } from './modelMessages';
import styles from './LoadState.module.css';
import { useHydrated } from '../cell/useHydrated';

/**
 * What a live widget says while its model loads, and when it cannot: a determinate bar over every
 * byte the reader waits for (the in-browser engine, the weights, the example images) with the step
 * in plain words; on a failure which file failed, what to try, and a Retry that starts afresh.
 * Without JavaScript it says what the figure would show instead. The rest of the page (prose,
 * static figures) never depends on it.
 */
export function LoadState({ model, what, shows }: { model: ModelState; what?: string; shows?: string }) {
  const hydrated = useHydrated();
  const locale = useLocale();
  const t = modelMessages[locale];
  what ??= t.theLiveModel;
  if (!hydrated) {
    return (
      <noscript>
        <p className="output-note" data-load-state="noscript">
          {shows ? t.noscriptShows(shows) : t.noscriptPlain}
          {t.noscriptNeeds}
        </p>
      </noscript>
    );
  }
  if (model.status === 'ready' || model.status === 'idle') return null;
  if (model.status === 'error') {
    return (
      <div className={styles.error} role="alert" data-load-state="error">
        <p className={styles.line}>
          <strong className={styles.errorTitle}>{t.couldNotLoad(what)}</strong> {model.error}
        </p>
        <p className={styles.hint}>{t.worksWithout}</p>
        <button type="button" className="btn" onClick={model.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  const summary = model.parts ? summarizeParts(model.parts) : null;
  const preparing = model.preparing || !summary;
  const sentence = summary ? progressSentence(summary, model.preparing, locale) : loadMessages[locale].gettingReady();
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
        aria-label={t.loadingWhat(what)}
      />
    </div>
  );
}
