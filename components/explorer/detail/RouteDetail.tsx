import { formatValue } from '../../../lib/format';
import { colors } from '../../../lib/palette';
import type { RouteExplanation } from '../../../lib/valueComputation';
import { Swatch } from '../../model/Swatch';
import styles from './Detail.module.css';

/** Where a split, concat or shuffle output came from: the channel it copies, by the op's index rule, with the live numbers. */
export function RouteDetail({ e }: { e: RouteExplanation }) {
  const c = e.position.channel;
  const src = (
    <b>
      {e.source.channel} of {e.source.tensor}
    </b>
  );
  const r = e.rule;
  let rule;
  if (r.kind === 'shuffle') {
    const half = r.j === 0 ? 'the untouched half (left path)' : 'the branch half';
    rule = (
      <>
        <p className={styles.formula}>
          output {c} = <i>k</i>·<i>g</i> + <i>j</i> = {r.k}·{r.groups} + {r.j} ← input <i>j</i>·(<i>C</i>/<i>g</i>) +{' '}
          <i>k</i> = {r.j}·{r.perGroup} + {r.k} = {e.source.channel}
        </p>
        <p>
          The shuffle views the {r.channels} channels as a {r.groups} × {r.perGroup} table (group <i>j</i>, index{' '}
          <i>k</i>), transposes it and reads it out row by row: output channel {c} has <i>k</i> = ⌊{c}/{r.groups}⌋ ={' '}
          {r.k} and <i>j</i> = {c} mod {r.groups} = {r.j}, so it is channel {src}, from{' '}
          <Swatch color={r.j === 0 ? colors.identity : colors.branch} />
          {half} of the concat. Nothing is computed: the value is copied.
        </p>
      </>
    );
  } else if (r.kind === 'concat') {
    rule = (
      <p>
        The concat lays the two paths side by side: channels 0–{r.first - 1} are the <Swatch color={colors.identity} />
        left path’s, channels {r.first}–{r.channels - 1} the <Swatch color={colors.branch} />
        branch’s. Channel {c}
        {r.part === 0 ? (
          <>
            {' '}
            &lt; {r.first}, so it is channel {src}.
          </>
        ) : (
          <>
            {' '}
            ≥ {r.first}, so it is channel {c} − {r.first} = {src}.
          </>
        )}
      </p>
    );
  } else {
    rule =
      r.part === 'first' ? (
        <p>
          The split sends the first {r.half} channels past the branch untouched: <Swatch color={colors.identity} />
          channel {c} of the untouched half is channel {src}, value for value.
        </p>
      ) : (
        <p>
          The split sends the second half into the branch: <Swatch color={colors.branch} />
          channel {c} of the branch’s input is channel {r.half} + {c} = {src}.
        </p>
      );
  }
  return (
    <div data-detail-kind={`route-${r.kind}`}>
      {rule}
      <p className={styles.formula}>
        value = {formatValue(e.value)}, the same number as at row {e.position.y}, column {e.position.x} of its source
      </p>
    </div>
  );
}
