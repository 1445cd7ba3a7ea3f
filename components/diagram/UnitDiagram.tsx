import { useMemo, useState, type ReactNode } from 'react';
import {
  describeDiagram,
  edgeLit,
  nodeLit,
  shapeText,
  type DiagramNode,
  type HighlightTarget,
  type UnitDiagramModel,
} from '../../lib/unitDiagram';
import { unitDiagramMessages } from '../../lib/unitDiagramMessages';
import { edgeColor, pathColor } from './colors';
import { layoutDiagram, type PlacedEdge, type PlacedNode } from './layout';
import { OpBox } from './OpBox';
import { Slab } from './Slab';
import styles from './Diagram.module.css';

export interface UnitDiagramProps {
  /** the unit, from one of the adapters in lib/unitDiagram.ts */
  model: UnitDiagramModel;
  /** paths ('left', 'right', …) or node ids to emphasise; the rest is dimmed. Empty: all equal. */
  highlight?: readonly HighlightTarget[];
  /**
   * The panel beside the drawing. When given, every op is a button: hovering, focusing or
   * clicking it selects it, and the panel is drawn for the selected op (null: nothing selected).
   */
  details?: (node: DiagramNode | null) => ReactNode;
  /** draw the V2 guidelines an op works against (V1 units carry them); default true */
  badges?: boolean;
  /**
   * Linking the diagram with other views (the explorer): every op becomes a button; pointing at or
   * focusing one calls onNodeHover with its id (null when left), clicking or Enter calls onNodeActivate.
   */
  onNodeHover?(id: string | null): void;
  onNodeActivate?(id: string): void;
  /** the op the reader is at, drawn selected (aria-current) */
  current?: string;
}

const r = (v: number) => Math.round(v * 100) / 100;

function Edge({ e, lit, emphasis }: { e: PlacedEdge; lit: boolean; emphasis: boolean }) {
  const color = edgeColor(e.edge.path);
  const { x, y } = e.tip;
  return (
    <g className={lit ? undefined : styles.dim} data-edge={`${e.edge.from}>${e.edge.to}`} data-path={e.edge.path}>
      <path d={e.d} fill="none" stroke={color} strokeWidth={emphasis ? 2.6 : 1.6} />
      <polygon points={`${r(x - 4.5)},${r(y - 8)} ${r(x + 4.5)},${r(y - 8)} ${r(x)},${r(y)}`} fill={color} />
    </g>
  );
}

/**
 * The one unit diagram of the book (every chapter, the explorer, V1 against V2): ops as boxes in
 * their path's colour, the tensors between them as slabs sized by their shape, arrows coloured by
 * path, the shuffle in its own colour. Its text alternative lists every op in order.
 */
export function UnitDiagram({
  model,
  highlight = [],
  details,
  badges = true,
  onNodeHover,
  onNodeActivate,
  current,
}: UnitDiagramProps) {
  const layout = useMemo(() => layoutDiagram(model, { badges }), [model, badges]);
  const [chosen, setSelected] = useState<string | null>(null);
  const linked = onNodeHover !== undefined || onNodeActivate !== undefined;
  const selectable = details !== undefined || linked;
  const selected = linked ? (current ?? null) : chosen;
  const emphasis = highlight.length > 0;
  const dashed = !model.valid;
  const t = unitDiagramMessages[model.locale];

  const opNode = (p: PlacedNode) => {
    const { node } = p;
    const lit = nodeLit(node, highlight);
    const isSelected = selectable && node.id === selected;
    const box = <OpBox p={p} emphasis={(emphasis && lit) || isSelected} showBadges={badges} />;
    const common = { 'data-node': node.id, 'data-path': node.path, className: lit ? undefined : styles.dim };
    if (!selectable)
      return (
        <g key={node.id} {...common}>
          {box}
        </g>
      );
    if (linked) {
      const activate = () => onNodeActivate?.(node.id);
      return (
        <g
          key={node.id}
          {...common}
          className={`${styles.node} ${lit ? '' : styles.dim}`}
          role="button"
          tabIndex={0}
          aria-current={isSelected ? 'step' : undefined}
          aria-label={`${node.label}: ${shapeText(model, node.output)}${isSelected ? t.thisStep : t.goToOp}`}
          data-op={node.id}
          onMouseEnter={() => onNodeHover?.(node.id)}
          onMouseLeave={() => onNodeHover?.(null)}
          onFocus={() => onNodeHover?.(node.id)}
          onBlur={() => onNodeHover?.(null)}
          onClick={activate}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              activate();
            }
          }}>
          {box}
        </g>
      );
    }
    const select = () => setSelected(node.id);
    return (
      <g
        key={node.id}
        {...common}
        className={`${styles.node} ${lit ? '' : styles.dim}`}
        role="button"
        tabIndex={0}
        aria-pressed={isSelected}
        aria-label={`${node.label}: ${shapeText(model, node.output)}${t.showDetails}`}
        data-op={node.id}
        onMouseEnter={select}
        onFocus={select}
        onClick={select}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            select();
          }
        }}>
        {box}
      </g>
    );
  };

  const svg = (
    <svg
      className={styles.diagram}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role={selectable ? 'group' : 'img'}
      aria-label={describeDiagram(model)}
      data-unit-diagram={model.valid ? 'unit' : 'placeholder'}>
      <g>
        {layout.edges.map((e, i) => (
          <Edge key={i} e={e} lit={edgeLit(e.edge, highlight)} emphasis={emphasis && edgeLit(e.edge, highlight)} />
        ))}
      </g>
      <g>
        {layout.captions.map((c) => (
          <text
            key={c.path}
            x={c.x}
            y={c.y}
            textAnchor="middle"
            className={`${styles.pathCaption} ${highlight.length && !highlight.includes(c.path) ? styles.dim : ''}`}
            style={{ fill: pathColor(c.path) }}
            data-caption={c.path}>
            {c.text}
          </text>
        ))}
        {layout.edges.map(
          (e, i) =>
            e.slab && (
              <g key={i} className={edgeLit(e.edge, highlight) ? undefined : styles.dim} data-path={e.edge.path}>
                <Slab
                  g={e.slab}
                  label={shapeText(model, e.slab.tensor.shape)}
                  labelSide={e.labelSide}
                  dashed={dashed}
                />
              </g>
            ),
        )}
      </g>
      <g>
        {layout.nodes.map((p) =>
          p.slab ? (
            <g
              key={p.node.id}
              data-node={p.node.id}
              data-path={p.node.path}
              className={nodeLit(p.node, highlight) ? undefined : styles.dim}>
              <Slab
                g={p.slab}
                label={shapeText(model, p.node.output)}
                caption={p.node.label}
                labelSide="right"
                dashed={dashed}
              />
            </g>
          ) : (
            opNode(p)
          ),
        )}
      </g>
    </svg>
  );
  if (!details) return <div className={styles.solo}>{svg}</div>;
  return (
    <div className={styles.wrap}>
      <div className={styles.layout}>
        {svg}
        {details(model.nodes.find((n) => n.id === selected) ?? null)}
      </div>
    </div>
  );
}
