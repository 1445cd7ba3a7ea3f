import { colors } from '../../lib/palette';
import type { Guideline } from '../../lib/unitDiagram';
import { nodeColor } from './colors';
import { WIDTH, type PlacedNode } from './layout';
import styles from './Diagram.module.css';

const r = (v: number) => Math.round(v * 100) / 100;

/** "✗ G1 G2" on the box's top-right corner: the guidelines of the V2 paper this op works against. */
function Badge({ badges, right, top }: { badges: readonly Guideline[]; right: number; top: number }) {
  const text = `✗ ${badges.join(' ')}`;
  const w = text.length * 6.2 + 10;
  const x = Math.min(right + 8, WIDTH - 1) - w;
  return (
    <g className={styles.badge} data-badges={badges.join(' ')}>
      <rect x={r(x)} y={r(top - 8)} width={r(w)} height={16} rx={8} fill="var(--bg-cell)" stroke={colors.highlight} strokeWidth={1.6} />
      <text x={r(x + w / 2)} y={r(top + 3.6)} textAnchor="middle" className={styles.badgeText}>{text}</text>
    </g>
  );
}

/** One op: a box in its path's colour with its name in the book's words, and its guideline badges. */
export function OpBox({ p, emphasis, showBadges }: { p: PlacedNode; emphasis: boolean; showBadges: boolean }) {
  const color = nodeColor(p.node);
  const left = p.x - p.w / 2;
  return (
    <>
      <rect x={r(left)} y={r(p.y)} width={r(p.w)} height={r(p.h)} rx={6} fill="var(--bg-cell)" />
      <rect
        className={styles.frame} x={r(left)} y={r(p.y)} width={r(p.w)} height={r(p.h)} rx={6}
        fill={color} fillOpacity={0.12} stroke={color} strokeWidth={emphasis ? 2.6 : 1.5}
        strokeDasharray={p.node.kind === 'identity' ? '5 3' : undefined}
      />
      <text x={r(p.x)} y={r(p.y + 5 + 11)} textAnchor="middle" className={styles.opLabel}>
        {p.lines.map((line, i) => <tspan key={i} x={r(p.x)} dy={i ? 14 : 0}>{line}</tspan>)}
      </text>
      {showBadges && p.node.badges.length > 0 && <Badge badges={p.node.badges} right={left + p.w} top={p.y} />}
    </>
  );
}
