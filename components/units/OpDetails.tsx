import { formatShape, groupDigits, type UnitOp, type UnitSpec } from '../../lib/units';
import { opColor, opNotes, opTitle } from './opText';
import styles from './Units.module.css';

/** The panel beside a unit diagram: the focused op's shapes and cost, or the unit's totals. */
export function OpDetails({ spec, op, showNumbers }: { spec: UnitSpec; op: UnitOp | null; showNumbers: boolean }) {
  if (!showNumbers) {
    return <div className={styles.details} aria-live="polite"><p>Choose valid sizes above to see shapes and costs.</p></div>;
  }
  const rows = op
    ? [['input', formatShape(op.input)], ['output', formatShape(op.output)], ['parameters', groupDigits(op.params)], ['FLOPs', groupDigits(op.flops)], ['MAC', groupDigits(op.mac)]]
    : [['input', formatShape(spec.input)], ['output', formatShape(spec.output)], ['parameters', groupDigits(spec.totals.params)], ['FLOPs', groupDigits(spec.totals.flops)], ['MAC', groupDigits(spec.totals.mac)]];
  return (
    <div className={styles.details} aria-live="polite" data-testid="op-details">
      <p className={styles.detailsTitle}>
        {op && <span className={styles.swatch} style={{ background: opColor(op) }} aria-hidden="true" />}
        {op ? opTitle(op) : 'The whole unit'}
      </p>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {op ? opNotes(op, spec).map((n, i) => <p key={i}>{n}</p>) : <p>Hover over, tap or tab to an operation in the diagram to see its own shapes and cost.</p>}
    </div>
  );
}
