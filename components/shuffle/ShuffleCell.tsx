import { shuffleError, shufflePermutation } from '../../lib/shuffle';
import { URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { ChannelGroupControls } from './ChannelGroupControls';
import { PermutationDiagram } from './PermutationDiagram';
import { ShuffleSteps } from './ShuffleSteps';
import styles from './Shuffle.module.css';
import type { Locale } from '../../lib/i18n';
import { useLocale } from '../i18n/locale';
import { shuffleCellMessages } from './shuffleMessages';

export const MAX_DRAWN = 32;
const { sc: channelsParam, sg: groupsParam, sv: viewParam } = URL_STATE['channel-shuffle'];

/** Explains C and g that cannot be drawn or shuffled; null when they can. */
export function drawError(channels: number, groups: number, locale: Locale = 'en'): string | null {
  const t = shuffleCellMessages[locale];
  const err = shuffleError(channels, groups, locale);
  if (err) {
    const floor = Math.floor(channels / groups);
    const pytorch =
      Number.isInteger(channels) && Number.isInteger(groups) && groups >= 1 && channels >= 1 && channels % groups !== 0
        ? t.pytorch(groups, channels, floor, groups * floor)
        : '';
    // Round long fractions in the message ("3.3333333333333335" → "3.33") for reading.
    return err.replace(/\d+\.\d{3,}/g, (x) => Number(x).toFixed(2)) + pytorch;
  }
  if (channels > MAX_DRAWN) return t.tooMany(channels, MAX_DRAWN);
  return null;
}

/**
 * The channel shuffle as a permutation: choose C and g, see which input channel each output
 * channel reads, as lines, as PyTorch, as TypeScript and as the index list itself.
 */
export function ShuffleCell() {
  const [channels, setChannels] = useUrlState(channelsParam);
  const [groups, setGroups] = useUrlState(groupsParam);
  const [view, setView] = useUrlState(viewParam);
  const locale = useLocale();
  const t = shuffleCellMessages[locale];
  const error = drawError(channels, groups, locale);
  const rows = view === 'g' ? groups : channels / groups;
  const cols = view === 'g' ? channels / groups : groups;
  const perm = error ? [] : shufflePermutation(channels, rows);

  return (
    <div>
      <ChannelGroupControls
        channels={channels}
        groups={groups}
        setChannels={setChannels}
        setGroups={setGroups}
        maxChannels={MAX_DRAWN}
        limit={channelsParam.codec}
      />
      <div className="control-row" role="group" aria-label={t.reshapeUsed}>
        <button type="button" className="btn" aria-pressed={view === 'g'} onClick={() => setView('g')}>
          {t.reshapeGC}
        </button>
        <button type="button" className="btn" aria-pressed={view === 'cg'} onClick={() => setView('cg')}>
          {t.reshapeCG}
        </button>
      </div>
      {error ? (
        <p className="error-note" role="alert">
          {error}
        </p>
      ) : (
        <>
          <ShuffleSteps channels={channels} rows={rows} groups={groups} />
          <PermutationDiagram
            channels={channels}
            groups={groups}
            stages={[{ perm, label: t.reshapeChain(rows, cols) }]}
            rowLabels={[t.rowInputByGroup, t.rowOutputLands]}
            title={t.shuffleFigure(channels, rows, cols, perm.map((p, i) => `${i} ← ${p}`).join(t.list))}
          />
          <div aria-live="polite">
            <pre className={styles.wrapCode}>
              <code>{`# ${t.codePyTorch(channels)}
x = x.view(b, ${rows}, ${cols}, h, w)
x = x.transpose(1, 2).reshape(b, ${channels}, h, w)`}</code>
            </pre>
            <pre className={styles.wrapCode}>
              <code>{`// ${t.codeTypeScript}
shufflePermutation(${channels}, ${rows})
// → [${perm.join(', ')}]`}</code>
            </pre>
          </div>
          {view === 'cg' && groups !== channels / groups && <p className="output-note">{t.inverseNote(rows, cols)}</p>}
        </>
      )}
    </div>
  );
}
