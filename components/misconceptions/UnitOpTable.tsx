import { formatShape } from '../../lib/format';
import { opName } from '../../lib/opNames';
import { basicUnit, downUnit } from '../../lib/units';
import { useLocale, useMessages } from '../i18n/locale';
import { misconceptionsMessages } from './misconceptionsMessages';
import styles from './Misconceptions.module.css';

const dims = formatShape;
const PATH = { input: 'pathInput', left: 'pathLeft', right: 'pathRight', merge: 'pathMerge' } as const;

/**
 * Every op of a ShuffleNetV2 unit as lib/units.ts specifies it: where it sits, its shapes, its
 * groups and whether BN and ReLU follow it. A fact sheet for checking claims against.
 */
export function UnitOpTable({
  type,
  c,
  cout,
  size = 28,
}: {
  type: 'basic' | 'down';
  c: number;
  cout?: number;
  size?: number;
}) {
  const t = useMessages(misconceptionsMessages);
  const locale = useLocale();
  const unit = type === 'basic' ? basicUnit(c, size, size) : downUnit(c, cout ?? 2 * c, size, size);
  const caption =
    type === 'basic' ? t.basicCaption(dims(unit.input)) : t.downCaption(dims(unit.input), dims(unit.output));
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.opTable}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>{t.op}</th>
            <th>{t.path}</th>
            <th>{t.input}</th>
            <th>{t.output}</th>
            <th className="num">{t.groups}</th>
            <th>BN</th>
            <th>ReLU</th>
          </tr>
        </thead>
        <tbody>
          {unit.ops
            .filter((o) => o.kind !== 'identity')
            .map((o) => (
              <tr key={o.id} data-op={o.id}>
                <td>{opName(o, locale)}</td>
                <td>{t[PATH[o.path]]}</td>
                <td>{dims(o.input)}</td>
                <td>{dims(o.output)}</td>
                <td className="num">
                  {o.kind === 'conv1x1' || o.kind === 'dwconv3x3'
                    ? o.groups
                    : o.kind === 'shuffle'
                      ? t.shuffleGroups(o.groups)
                      : '—'}
                </td>
                <td>{o.bn ? t.yes : '—'}</td>
                <td>{o.relu ? t.yes : t.no}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
