import type { ReactNode } from 'react';
import { groupDigits } from '../../lib/units';
import { unitDiagramMessages } from '../../lib/unitDiagramMessages';
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
  const t = unitDiagramMessages[model.locale];
  if (!model.valid) {
    return (
      <div className={styles.details} aria-live="polite">
        <p>{t.invalidSizes}</p>
      </div>
    );
  }
  const cost = node ? node.cost : model.totals;
  const rows: [string, string][] = [
    [t.input, shapeText(model, node ? node.input : model.input)],
    [t.output, shapeText(model, node ? node.output : model.output)],
  ];
  if (cost)
    rows.push(
      [t.parameters, groupDigits(cost.params)],
      ['FLOPs', groupDigits(cost.flops)],
      ['MAC', groupDigits(cost.mac)],
    );
  return (
    <div className={styles.details} aria-live="polite" data-testid="op-details">
      <p className={styles.detailsTitle}>
        {node && <span className={styles.swatch} style={{ background: nodeColor(node) }} aria-hidden="true" />}
        {node ? node.label : t.wholeUnit}
      </p>
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {node ? notes?.map((n, i) => <p key={i}>{n}</p>) : <p>{t.detailsHint}</p>}
    </div>
  );
}
