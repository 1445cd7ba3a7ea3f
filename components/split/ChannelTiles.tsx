import { colors } from '../../lib/palette';

/** A deterministic stand-in for feature values in [0.25, 1): the same channel always looks the same. */
export function pseudoValue(channel: number, pixel: number, salt = 0): number {
  const v = Math.sin((channel + 1) * 12.9898 + (pixel + 1) * 78.233 + salt * 37.719) * 43758.5453;
  return 0.25 + 0.75 * (v - Math.floor(v));
}

interface ChannelTilesProps {
  /** the channels of the row, in order; each is drawn as a size×size grid of pixels */
  channels: { index: number; kind: 'identity' | 'branch'; computed?: boolean }[];
  size: number;
  x: number;
  y: number;
  tile: number;
  gap: number;
}

/**
 * A row of channels, each a small feature map whose pixels are shaded by a fake value; the hue
 * says which path the channel takes. Channels produced by the branch get different values
 * (`computed`), because the convolutions change them.
 */
export function ChannelTiles({ channels, size, x, y, tile, gap }: ChannelTilesProps) {
  const px = tile / size;
  return (
    <g>
      {channels.map((ch, k) => {
        const x0 = x + k * (tile + gap);
        const color = ch.kind === 'identity' ? colors.identity : colors.branch;
        return (
          <g key={k}>
            <rect
              x={x0 - 1}
              y={y - 1}
              width={tile + 2}
              height={tile + 2}
              fill="none"
              stroke={color}
              strokeWidth={1}
              rx={2}
            />
            {Array.from({ length: size * size }, (_, p) => (
              <rect
                key={p}
                x={x0 + (p % size) * px}
                y={y + Math.floor(p / size) * px}
                width={px}
                height={px}
                fill={color}
                fillOpacity={pseudoValue(ch.index, p, ch.computed ? 1 : 0)}
              />
            ))}
            <text x={x0 + tile / 2} y={y + tile + 12} textAnchor="middle" className="svg-text-soft">
              {ch.index}
            </text>
          </g>
        );
      })}
    </g>
  );
}
