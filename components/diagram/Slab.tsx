import type { TensorView } from '../../lib/unitDiagram';
import { pathColor } from './colors';
import type { SlabGeometry } from './layout';
import styles from './Diagram.module.css';

/** Channel blocks as fractions of the thickness, top to bottom; a shuffled tensor alternates in stripes. */
export function slabBands(tensor: TensorView): { color: string; from: number; to: number }[] {
  const total = tensor.parts.reduce((n, p) => n + p.channels, 0) || 1;
  if (tensor.interleaved && tensor.parts.length > 1) {
    const stripes = Math.max(2, Math.min(8, total - (total % 2)));
    return Array.from({ length: stripes }, (_, i) => ({
      color: pathColor(tensor.parts[i % tensor.parts.length].path),
      from: i / stripes,
      to: (i + 1) / stripes,
    }));
  }
  let at = 0;
  return tensor.parts.map((p) => {
    const band = { color: pathColor(p.path), from: at / total, to: (at + p.channels) / total };
    at += p.channels;
    return band;
  });
}

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * A tensor as a slab seen from slightly above: a front face (width ∝ W, height ∝ C), a top face
 * receding with H, and a shaded side. Channel blocks colour the front and side in order.
 */
export function Slab({
  g,
  label,
  caption,
  labelSide,
  dashed,
}: {
  g: SlabGeometry;
  label: string;
  /** a word above the shape ("input", "output") */
  caption?: string;
  labelSide: 'left' | 'right';
  dashed: boolean;
}) {
  const { x, y, side, depth, skew, thick } = g;
  const bands = slabBands(g.tensor);
  const single = bands.length === 1;
  const outline = single ? bands[0].color : 'var(--fg-soft)';
  const top = `${r(x)},${r(y)} ${r(x + side)},${r(y)} ${r(x + side + skew)},${r(y - depth)} ${r(x + skew)},${r(y - depth)}`;
  const silhouette = `M${r(x)},${r(y)} L${r(x + skew)},${r(y - depth)} H${r(x + side + skew)} V${r(y - depth + thick)} L${r(x + side)},${r(y + thick)} H${r(x)} Z`;
  const midY = y + (thick - depth) / 2;
  const tx = labelSide === 'left' ? x - 7 : x + side + skew + 7;
  const anchor = labelSide === 'left' ? 'end' : 'start';
  return (
    <g
      className={styles.slab}
      data-slab={label}
      data-tensor-parts={g.tensor.parts.map((p) => `${p.path}:${p.channels}`).join(' ')}>
      <polygon points={top} fill={bands[0].color} fillOpacity={dashed ? 0.12 : 0.3} />
      {bands.map((b, i) => (
        <g key={i}>
          <rect
            x={r(x)}
            y={r(y + b.from * thick)}
            width={r(side)}
            height={r((b.to - b.from) * thick)}
            fill={b.color}
            fillOpacity={dashed ? 0.22 : 0.55}
          />
          <polygon
            points={`${r(x + side)},${r(y + b.from * thick)} ${r(x + side + skew)},${r(y - depth + b.from * thick)} ${r(x + side + skew)},${r(y - depth + b.to * thick)} ${r(x + side)},${r(y + b.to * thick)}`}
            fill={b.color}
            fillOpacity={dashed ? 0.32 : 0.8}
          />
        </g>
      ))}
      <path
        d={silhouette}
        fill="none"
        stroke={outline}
        strokeWidth={1}
        strokeLinejoin="round"
        strokeDasharray={dashed ? '3 2' : undefined}
      />
      <path
        d={`M${r(x)},${r(y)} H${r(x + side)} L${r(x + side + skew)},${r(y - depth)} M${r(x + side)},${r(y)} V${r(y + thick)}`}
        fill="none"
        stroke={outline}
        strokeWidth={0.8}
        strokeOpacity={0.7}
        strokeDasharray={dashed ? '3 2' : undefined}
      />
      {label === '' ? null : caption ? (
        <text x={r(tx)} y={r(midY - 3)} textAnchor={anchor} className={styles.tensorCaption}>
          <tspan x={r(tx)}>{caption}</tspan>
          <tspan x={r(tx)} dy={14} className={styles.tensorShape}>
            {label}
          </tspan>
        </text>
      ) : (
        <text x={r(tx)} y={r(midY + 4)} textAnchor={anchor} className={styles.tensorShape}>
          {label}
        </text>
      )}
    </g>
  );
}
