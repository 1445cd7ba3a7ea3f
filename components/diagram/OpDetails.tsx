import type { ReactNode } from 'react';
import { groupDigits } from '../../lib/units';
import { shapeText, type DiagramNode, type UnitDiagramModel } from '../../lib/unitDiagram';
import { nodeColor } from './colors';
import styles from './Diagram.module.css';

/**
 * The panel beside a unit diagram: the selected op's shapes and cost (or the unit's totals when
 * nothing is selected), with notes the chapter supplies. Announced politely as the selection moves.
 */
export function OpDetails({
  model,
  node,
  notes,
}: {
  model: UnitDiagramModel;
  node: DiagramNode | null;
  notes?: ReactNode[];
}) {
  if (!model.valid) {
    return (
      <div className={styles.details} aria-live="polite">
        <p>Choose valid sizes above to see shapes and costs.</p>
      </div>
    );
  }
  const cost = node ? node.cost : model.totals;
  const rows: [string, string][] = [
    ['input', shapeText(model, node ? node.input : model.input)],
    ['output', shapeText(model, node ? node.output : model.output)],
  ];
  if (cost)
    rows.push(
      ['parameters', groupDigits(cost.params)],
      ['FLOPs', groupDigits(cost.flops)],
      ['MAC', groupDigits(cost.mac)],
    );
  return (
    <div className={styles.details} aria-live="polite" data-testid="op-details">
      <p className={styles.detailsTitle}>
        {node && <span className={styles.swatch} style={{ background: nodeColor(node) }} aria-hidden="true" />}
        {node ? node.label : 'The whole unit'}
      </p>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {node ? (
        notes?.map((n, i) => <p key={i}>{n}</p>)
      ) : (
        <p>Hover over, tap or tab to an operation in the diagram to see its own shapes and cost.</p>
      )}
    </div>
  );
}
