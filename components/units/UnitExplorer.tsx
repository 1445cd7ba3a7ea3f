import { basicUnit, downUnit, type UnitType } from '../../lib/units';
import { colors } from '../../lib/palette';
import { UnitControls } from './UnitControls';
import { UnitDiagram } from './UnitDiagram';
import { useUnitState } from './useUnitState';
import styles from './Units.module.css';

const TITLES = { basic: 'The basic unit (stride 1)', down: 'The spatial down-sampling unit (stride 2)' };
/** Drawn (without numbers) while the reader's sizes are invalid, so the structure stays visible. */
const PLACEHOLDER = { basic: () => basicUnit(2, 1, 1), down: () => downUnit(2, 2, 1, 1) };

export function Legend({ type }: { type: UnitType }) {
  return (
    <p className={styles.legend}>
      <span><span className={styles.swatch} style={{ background: colors.identity }} aria-hidden="true" />{type === 'basic' ? 'identity half' : 'left branch'}</span>
      <span><span className={styles.swatch} style={{ background: colors.branch }} aria-hidden="true" />{type === 'basic' ? 'convolution branch' : 'right branch'}</span>
      <span><span className={styles.swatch} style={{ background: colors.input }} aria-hidden="true" />input, merge and output</span>
    </p>
  );
}

/** Controls + interactive diagram of one unit type; sizes live in the URL. */
export function UnitExplorer({ type }: { type: UnitType }) {
  const state = useUnitState(type);
  const spec = state.input.spec;
  return (
    <div>
      <UnitControls state={state} />
      <Legend type={type} />
      <UnitDiagram spec={spec ?? PLACEHOLDER[type]()} showShapes={spec !== null} title={TITLES[type]} />
    </div>
  );
}
