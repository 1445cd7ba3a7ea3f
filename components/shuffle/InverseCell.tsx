import { shufflePermutation } from '../../lib/shuffle';
import { URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { ChannelGroupControls } from './ChannelGroupControls';
import { PermutationDiagram } from './PermutationDiagram';
import { drawError, MAX_DRAWN } from './ShuffleCell';
import { useLocale, useMessages } from '../i18n/locale';
import { shuffleCellMessages } from './shuffleMessages';

const { ic: channelsParam, ig: groupsParam, is: secondParam } = URL_STATE['channel-shuffle'];

/** Shuffle with (g, C/g), then either the (C/g, g) reshape or the same shuffle again: only the first undoes it (unless g = C/g). */
export function InverseCell() {
  const [channels, setChannels] = useUrlState(channelsParam);
  const [groups, setGroups] = useUrlState(groupsParam);
  const [second, setSecond] = useUrlState(secondParam);
  const t = useMessages(shuffleCellMessages);
  const error = drawError(channels, groups, useLocale());
  const perGroup = channels / groups;
  const first = error ? [] : shufflePermutation(channels, groups);
  const then = error ? [] : second === 'inverse' ? shufflePermutation(channels, perGroup) : first;
  // where each original channel ends up after both steps
  const final = then.map((src) => first[src]);
  const restored = final.every((orig, i) => orig === i);
  const trivial = first.every((src, i) => src === i);
  const secondLabel = second === 'inverse' ? t.reshapeChain(perGroup, groups) : t.reshapeAgain(groups, perGroup);

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
      <div className="control-row" role="group" aria-label={t.secondStep}>
        <span>{t.secondStepColon}</span>
        <button type="button" className="btn" aria-pressed={second === 'inverse'} onClick={() => setSecond('inverse')}>
          {t.reshapeCG}
        </button>
        <button type="button" className="btn" aria-pressed={second === 'again'} onClick={() => setSecond('again')}>
          {t.sameAgain}
        </button>
      </div>
      {error ? (
        <p className="error-note" role="alert">
          {error}
        </p>
      ) : (
        <>
          <PermutationDiagram
            channels={channels}
            groups={groups}
            stages={[
              { perm: first, label: t.reshapeChain(groups, perGroup) },
              { perm: then, label: secondLabel },
            ]}
            rowLabels={[t.rowInput, t.rowShuffled, t.rowSecond]}
            title={t.inverseFigure(channels, groups, second === 'inverse', final.join(t.list))}
          />
          <p className="output-note" aria-live="polite">
            {trivial
              ? t.trivial
              : restored
                ? second === 'inverse'
                  ? t.restoredInverse(perGroup, groups)
                  : t.restoredSquare(groups)
                : t.notRestored(final.join(', '))}
          </p>
        </>
      )}
    </div>
  );
}
