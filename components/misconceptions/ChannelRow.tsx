import { groupColor } from '../../lib/palette';
import { groupOf } from '../../lib/shuffle';

const BOX = 26;

/** One channel order as a row of boxes: box i shows which input channel output channel i holds. */
export function ChannelRow({ order, groups, label }: { order: readonly number[]; groups: number; label: string }) {
  const width = order.length * (BOX + 2);
  return (
    <svg
      viewBox={`0 0 ${width} ${BOX + 2}`}
      width={width}
      height={BOX + 2}
      role="img"
      aria-label={`${label}: ${order.join(', ')}`}
      style={{ maxWidth: '100%' }}>
      {order.map((src, i) => {
        const color = groupColor(groupOf(src, order.length, groups));
        return (
          <g key={i}>
            <rect
              x={i * (BOX + 2) + 1}
              y={1}
              width={BOX}
              height={BOX}
              rx={3}
              fill={color}
              fillOpacity={0.18}
              stroke={color}
              strokeWidth={1.6}
            />
            <text x={i * (BOX + 2) + 1 + BOX / 2} y={BOX / 2 + 1} dy="0.35em" textAnchor="middle" className="svg-text">
              {src}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
