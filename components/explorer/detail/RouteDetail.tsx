import { formatValue } from '../../../lib/format';
import { colors } from '../../../lib/palette';
import type { RouteExplanation } from '../../../lib/valueComputation';
import { Swatch } from '../../model/Swatch';
import { useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';
import styles from './Detail.module.css';

/** Where a split, concat or shuffle output came from: the channel it copies, by the op's index rule, with the live numbers. */
export function RouteDetail({ e }: { e: RouteExplanation }) {
  const c = e.position.channel;
  const t = useMessages(detailMessages);
  const src = <b>{t.sourceOf(e.source.channel, e.source.tensor)}</b>;
  const r = e.rule;
  let rule;
  if (r.kind === 'shuffle') {
    const half = r.j === 0 ? t.untouchedHalfLeft : t.branchHalf;
    rule = (
      <>
        <p className={styles.formula}>
          output {c} = <i>k</i>·<i>g</i> + <i>j</i> = {r.k}·{r.groups} + {r.j} ← input <i>j</i>·(<i>C</i>/<i>g</i>) +{' '}
          <i>k</i> = {r.j}·{r.perGroup} + {r.k} = {e.source.channel}
        </p>
        <p>
          {t.shuffleRule1(r.channels, r.groups, r.perGroup)}
          <i>j</i>
          {t.shuffleRule2}
          <i>k</i>
          {t.shuffleRule3(c)}
          <i>k</i>
          {t.shuffleRule4(c, r.groups, r.k)}
          <i>j</i>
          {t.shuffleRule5(c, r.groups, r.j)}
          {src}
          {t.shuffleRule6}
          <Swatch color={r.j === 0 ? colors.identity : colors.branch} />
          {t.shuffleRule7(half)}
        </p>
      </>
    );
  } else if (r.kind === 'concat') {
    rule = (
      <p>
        {t.concatRule1(r.first - 1)}
        <Swatch color={colors.identity} />
        {t.concatRule2(r.first, r.channels - 1)}
        <Swatch color={colors.branch} />
        {t.concatRule3(c)}
        {r.part === 0 ? (
          <>
            {t.concatFirst(r.first)}
            {src}
            {t.ruleEnd}
          </>
        ) : (
          <>
            {t.concatSecond(r.first, c)}
            {src}
            {t.ruleEnd}
          </>
        )}
      </p>
    );
  } else {
    rule =
      r.part === 'first' ? (
        <p>
          {t.splitFirst1(r.half)}
          <Swatch color={colors.identity} />
          {t.splitFirst2(c)}
          {src}
          {t.splitFirst3}
        </p>
      ) : (
        <p>
          {t.splitSecond1}
          <Swatch color={colors.branch} />
          {t.splitSecond2(c, r.half)}
          {src}
          {t.ruleEnd}
        </p>
      );
  }
  return (
    <div data-detail-kind={`route-${r.kind}`}>
      {rule}
      <p className={styles.formula}>{t.sameNumber(formatValue(e.value), e.position.y, e.position.x)}</p>
    </div>
  );
}
