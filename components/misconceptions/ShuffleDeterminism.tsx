import { useState } from 'react';
import { randomPermutation } from '../../lib/random';
import { DETERMINISM_CHANNELS, DETERMINISM_GROUPS, URL_STATE } from '../../lib/urlKeys';
import { shuffleError, shufflePermutation } from '../../lib/shuffle';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import { ChannelRow } from './ChannelRow';
import styles from './Misconceptions.module.css';
import { useLocale, useMessages } from '../i18n/locale';
import { misconceptionsMessages } from './misconceptionsMessages';

const SHOWN = 3;

const key = (p: readonly number[]) => p.join(',');

/**
 * Runs the real channel shuffle (lib/shuffle.ts) again and again next to a random permutation:
 * the shuffle gives the same order every time, the random one does not.
 */
export function ShuffleDeterminism() {
  const [channels, setChannels] = useUrlState(URL_STATE.misconceptions.dc);
  const [groups, setGroups] = useUrlState(URL_STATE.misconceptions.dg);
  const [runs, setRuns] = useState(SHOWN);
  const locale = useLocale();
  const t = useMessages(misconceptionsMessages);
  const error = shuffleError(channels, groups, locale);
  const first = Math.max(1, runs - SHOWN + 1);
  const runIds = Array.from({ length: runs - first + 1 }, (_, i) => first + i);
  // Every run so far is computed (they are cheap); the last few are drawn.
  const allRuns = Array.from({ length: runs }, (_, i) => i + 1);
  const allShuffles = error ? [] : allRuns.map(() => shufflePermutation(channels, groups));
  const allRandoms = allRuns.map((r) => randomPermutation(channels, r * 7919 + channels));
  const shuffles = allShuffles.slice(first - 1);
  const randoms = allRandoms.slice(first - 1);
  const distinctShuffles = new Set(allShuffles.map(key)).size;
  const distinctRandoms = new Set(allRandoms.map(key)).size;

  return (
    <div>
      <ControlRow>
        <Select
          label={t.channelsC}
          value={channels}
          onChange={setChannels}
          options={DETERMINISM_CHANNELS.map((c) => ({ value: c, label: c }))}
        />
        <Select
          label={t.groupsG}
          value={groups}
          onChange={setGroups}
          options={DETERMINISM_GROUPS.map((g) => ({ value: g, label: g }))}
        />
        <button type="button" className="btn" onClick={() => setRuns((r) => r + 1)}>
          {t.runAgain}
        </button>
      </ControlRow>
      {error && <p className="error-note">{error}</p>}
      <p className="output-note">{t.boxesNote}</p>
      {!error && (
        <>
          <p>
            <strong>{t.shuffleTitle}</strong>
            {t.shuffleRecipe(groups, channels / groups)}
          </p>
          <div className={styles.rows}>
            {shuffles.map((p, i) => (
              <div className={styles.row} key={`s${runIds[i]}`}>
                <span className={styles.rowLabel}>{t.run(runIds[i])}</span>
                <ChannelRow order={p} groups={groups} label={t.shuffleRun(runIds[i])} />
              </div>
            ))}
          </div>
        </>
      )}
      <p>
        <strong>{t.randomTitle}</strong>
        {t.randomBefore}
        <em>{t.randomNot}</em>
        {t.randomAfter}
      </p>
      <div className={styles.rows}>
        {randoms.map((p, i) => (
          <div className={styles.row} key={`r${runIds[i]}`}>
            <span className={styles.rowLabel}>{t.run(runIds[i])}</span>
            <ChannelRow
              order={p}
              groups={groups > 0 && channels % groups === 0 ? groups : 1}
              label={t.randomRun(runIds[i])}
            />
          </div>
        ))}
      </div>
      <p className="output-note" aria-live="polite" data-testid="determinism-result">
        {!error && (
          <span className={distinctShuffles === 1 ? styles.same : styles.differs}>
            {t.shuffleRuns(runs, distinctShuffles)}
          </span>
        )}{' '}
        {t.randomRuns(runs, distinctRandoms)}
      </p>
    </div>
  );
}
