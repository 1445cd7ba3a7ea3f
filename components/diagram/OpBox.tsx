import { colors } from '../../lib/palette';
import { textUnits } from '../../lib/textWidth';
import type { Guideline } from '../../lib/unitDiagram';
import { nodeColor } from './colors';
import { BADGE_GAP, badgeText, badgeWidth, type PlacedNode } from './layout';
import styles from './Diagram.module.css';

const r = (v: number) => Math.round(v * 100) / 100;

/** "✗ G1 G2" after the box's last line: the guidelines of the V2 paper this op works against. */
function Badge({ badges, x, baseline }: { badges: readonly Guideline[]; x: number; baseline: number }) {
  const w = badgeWidth(badges);
  return (
    <g data-badges={badges.join(' ')}>
      <rect
        x={r(x)}
        y={r(baseline - 11.5)}
        width={r(w)}
        height={15}
        rx={7.5}
        fill="var(--bg-cell)"
        stroke={colors.highlight}
        strokeWidth={1.6}
      />
      <text x={r(x + w / 2)} y={r(baseline)} textAnchor="middle" className={styles.badgeText}>
        {badgeText(badges)}
      </text>
    </g>
  );
}

/** One op: a box in its path's colour with its name in the book's words, and its guideline badges. */
export function OpBox({ p, emphasis, showBadges }: { p: PlacedNode; emphasis: boolean; showBadges: boolean }) {
  const color = nodeColor(p.node);
  const left = p.x - p.w / 2;
  // The badge follows the last line; the line and its badge are centred together.
  const last = p.lines.length - 1;
  const pill = showBadges && p.node.badges.length ? badgeWidth(p.node.badges) : 0;
  const textW = textUnits(p.lines[last]) * 6;
  const shift = pill ? (pill + (textW ? BADGE_GAP : 0)) / 2 : 0;
  return (
    <>
      <rect x={r(left)} y={r(p.y)} width={r(p.w)} height={r(p.h)} rx={6} fill="var(--bg-cell)" />
      <rect
        className={styles.frame}
        x={r(left)}
        y={r(p.y)}
        width={r(p.w)}
        height={r(p.h)}
        rx={6}
        fill={color}
        fillOpacity={0.12}
        stroke={color}
        strokeWidth={emphasis ? 2.6 : 1.5}
        strokeDasharray={p.node.kind === 'identity' ? '5 3' : undefined}
      />
      <text x={r(p.x)} y={r(p.y + 5 + 11)} textAnchor="middle" className={styles.opLabel}>
        {p.lines.map((line, i) => (
          <tspan key={i} x={r(p.x - (i === last ? shift : 0))} dy={i ? 14 : 0}>
            {line}
          </tspan>
        ))}
      </text>
      {pill > 0 && (
        <Badge
          badges={p.node.badges}
          x={textW ? p.x - shift + textW / 2 + BADGE_GAP : p.x - pill / 2}
          baseline={p.y + 5 + 11 + last * 14}
        />
      )}
    </>
  );
}
