import { useState } from 'react';
import { randomPermutation } from '../../lib/random';
import { DETERMINISM_CHANNELS, DETERMINISM_GROUPS, URL_STATE } from '../../lib/urlKeys';
import { shuffleError, shufflePermutation } from '../../lib/shuffle';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import { ChannelRow } from './ChannelRow';
import styles from './Misconceptions.module.css';

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
  const error = shuffleError(channels, groups);
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
          label="channels C"
          value={channels}
          onChange={setChannels}
          options={DETERMINISM_CHANNELS.map((c) => ({ value: c, label: c }))}
        />
        <Select
          label="groups g"
          value={groups}
          onChange={setGroups}
          options={DETERMINISM_GROUPS.map((g) => ({ value: g, label: g }))}
        />
        <button type="button" className="btn" onClick={() => setRuns((r) => r + 1)}>
          Run both again
        </button>
      </ControlRow>
      {error && <p className="error-note">{error}</p>}
      <p className="output-note">
        Each box is an output channel; its number is the input channel it holds, its colour the group that channel came
        from.
      </p>
      {!error && (
        <>
          <p>
            <strong>Channel shuffle</strong> (reshape to {groups} × {channels / groups}, transpose, flatten):
          </p>
          <div className={styles.rows}>
            {shuffles.map((p, i) => (
              <div className={styles.row} key={`s${runIds[i]}`}>
                <span className={styles.rowLabel}>run {runIds[i]}</span>
                <ChannelRow order={p} groups={groups} label={`channel shuffle, run ${runIds[i]}`} />
              </div>
            ))}
          </div>
        </>
      )}
      <p>
        <strong>A random permutation</strong>, for contrast (what the shuffle is <em>not</em>):
      </p>
      <div className={styles.rows}>
        {randoms.map((p, i) => (
          <div className={styles.row} key={`r${runIds[i]}`}>
            <span className={styles.rowLabel}>run {runIds[i]}</span>
            <ChannelRow
              order={p}
              groups={groups > 0 && channels % groups === 0 ? groups : 1}
              label={`random permutation, run ${runIds[i]}`}
            />
          </div>
        ))}
      </div>
      <p className="output-note" aria-live="polite" data-testid="determinism-result">
        {!error && (
          <span className={distinctShuffles === 1 ? styles.same : styles.differs}>
            Channel shuffle: {runs} runs so far,{' '}
            {distinctShuffles === 1 ? 'one and the same order every time' : `${distinctShuffles} different orders`}.
          </span>
        )}{' '}
        Random permutation: {runs} runs, {distinctRandoms} different {distinctRandoms === 1 ? 'order' : 'orders'}.
      </p>
    </div>
  );
}
