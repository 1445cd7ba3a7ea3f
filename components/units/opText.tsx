import type { ReactNode } from 'react';
import type { UnitOp, UnitSpec } from '../../lib/units';
import { pathColor } from '../diagram/colors';
import { LocalLink as Link } from '../i18n/LocalLink';
import styles from './Units.module.css';
import { unitCellMessages } from './unitsMessages';

/** For the ops of lib/units.ts: short bar labels, colours and the design notes (names: lib/opNames.ts). */

type Texts = (typeof unitCellMessages)['en'];

/** Unique, short labels for bar charts and tables. */
export function opShort(op: UnitOp, spec: UnitSpec, t: Texts = unitCellMessages.en): string {
  const side = spec.type === 'down' && (op.path === 'left' || op.path === 'right') ? t[op.path] : '';
  switch (op.kind) {
    case 'conv1x1':
      return `${side}${t.conv1x1}${op.id === 'right.conv1' ? t.first : op.id === 'right.conv2' ? t.second : ''}`;
    case 'dwconv3x3':
      return `${side}${t.dwconv(op.stride > 1)}`;
    default:
      return t[op.kind];
  }
}

/** Left path = identity colour, right path = branch colour, the rest neutral: the diagram's colours. */
export function opColor(op: UnitOp): string {
  return pathColor(op.path);
}

/** Chapter 2's sections, by the English heading ids both editions share. */
const GUIDELINE_ANCHORS = {
  1: 'g1-equal-channel-width-minimises-memory-access-cost',
  2: 'g2-excessive-group-convolution-increases-mac',
  3: 'g3-network-fragmentation-reduces-the-degree-of-parallelism',
  4: 'g4-element-wise-operations-are-non-negligible',
} as const;

/**
 * The guideline a note follows, named in visible text (a `title` tooltip is never seen on a touch
 * screen) and linked to its section of chapter 2.
 */
function G({ n, t }: { n: 1 | 2 | 3 | 4; t: Texts }) {
  return (
    <Link className={styles.tag} href={`/guidelines/#${GUIDELINE_ANCHORS[n]}`}>
      G{n} {t.guideline(n)}
    </Link>
  );
}

/** Why the op is there and which guideline it follows; every number comes from the op itself. */
export function opNotes(op: UnitOp, spec: UnitSpec, t: Texts = unitCellMessages.en): ReactNode[] {
  const down = spec.type === 'down';
  const tagged = (n: 1 | 2 | 3 | 4, text: string) => (
    <>
      <G n={n} t={t} /> {text}
    </>
  );
  switch (op.kind) {
    case 'split':
      return [
        t.splitSends(
          spec.ops.find((o) => o.path === 'left')!.input.c,
          spec.ops.find((o) => o.path === 'right')!.input.c,
        ),
        tagged(3, t.splitG3),
        tagged(4, t.splitG4),
      ];
    case 'identity':
      return [t.identityPass(op.output.c), t.identityReuse];
    case 'conv1x1': {
      const equal = op.input.c === op.output.c;
      return [
        t.conv(op.input.c, op.output.c),
        tagged(1, equal ? t.convEqual(op.input.c, op.output.c) : t.convUnequal(op.input.c, op.output.c)),
        tagged(2, t.convG2(op.groups)),
      ];
    }
    case 'dwconv3x3':
      return [
        t.dw(op.groups, op.stride, `${op.input.h}×${op.input.w}`, `${op.output.h}×${op.output.w}`),
        t.dwNoRelu,
        t.dwCheap,
      ];
    case 'concat':
      return down
        ? [t.concatDown(op.output.c / 2, op.output.c), tagged(4, t.concatDownG4)]
        : [t.concatBasic(op.output.c), tagged(4, t.concatBasicG4)];
    case 'shuffle':
      return [t.shuffleNote(op.output.c / 2), tagged(4, t.shuffleG4)];
  }
}
