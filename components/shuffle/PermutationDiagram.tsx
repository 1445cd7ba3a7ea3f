import { scaleBand } from '../../lib/scales';
import { groupColor } from '../../lib/palette';
import { groupOf } from '../../lib/shuffle';
import { useElementWidth } from '../hooks/useElementWidth';
import { useMessages } from '../i18n/locale';
import { shuffleCellMessages } from './shuffleMessages';

interface PermutationDiagramProps {
  channels: number;
  /** colours come from these groups of the input: channel i is in group groupOf(i, C, groups) */
  groups: number;
  /** each stage is a gather permutation: row k+1 position i holds what row k held at perm[i] */
  stages: { perm: readonly number[]; label: string }[];
  rowLabels: string[];
  title: string;
}

/**
 * Rows of channel slots, one row per stage, joined by lines that show where each channel goes.
 * A slot is coloured by the group its channel came from and labelled with the channel's original index.
 */
export function PermutationDiagram({ channels, groups, stages, rowLabels, title }: PermutationDiagramProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560, { min: 280, max: 560 });
  const t = useMessages(shuffleCellMessages);
  const left = 8;
  const right = 8;
  const slot = 26;
  const rowGap = 70;
  const top = 20;
  const height = top + stages.length * (slot + rowGap) + slot + 20;
  const x = scaleBand(
    Array.from({ length: channels }, (_, i) => i),
    [left, width - right],
    { inner: 0.12 },
  );
  const showNumbers = x.bandwidth() >= 11;
  // contents[k][p] = original channel at position p of row k
  const contents: number[][] = [Array.from({ length: channels }, (_, i) => i)];
  for (const s of stages) contents.push(s.perm.map((src) => contents[contents.length - 1][src]));
  const rowY = (k: number) => top + k * (slot + rowGap);

  return (
    <div ref={ref}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width, display: 'block' }}
        role="img"
        aria-label={title}>
        {stages.map((s, k) => (
          <g key={`links-${k}`}>
            {s.perm.map((src, i) => (
              <line
                key={i}
                x1={(x(src) ?? 0) + x.bandwidth() / 2}
                y1={rowY(k) + slot}
                x2={(x(i) ?? 0) + x.bandwidth() / 2}
                y2={rowY(k + 1)}
                stroke={groupColor(groupOf(contents[k][src], channels, groups))}
                strokeWidth={1.6}
                strokeOpacity={0.85}
              />
            ))}
          </g>
        ))}
        {contents.map((row, k) => (
          <g key={`row-${k}`}>
            {/* The last row's label goes under it, the others above theirs, so no label sits on the lines. */}
            <text
              x={left}
              y={k === contents.length - 1 && k > 0 ? rowY(k) + slot + 14 : rowY(k) - 6}
              className="svg-text-soft"
              style={{ paintOrder: 'stroke', stroke: 'var(--bg-cell)', strokeWidth: 4 }}>
              {rowLabels[k]}
            </text>
            {row.map((orig, p) => (
              <g key={p}>
                <rect
                  x={x(p)}
                  y={rowY(k)}
                  width={x.bandwidth()}
                  height={slot}
                  rx={3}
                  fill={groupColor(groupOf(orig, channels, groups))}
                />
                {showNumbers && (
                  <text
                    x={(x(p) ?? 0) + x.bandwidth() / 2}
                    y={rowY(k) + slot / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    fill="var(--bg-cell)"
                    fontSize={x.bandwidth() >= 18 ? 12 : 9}
                    fontFamily="var(--font-ui)"
                    fontWeight={600}>
                    {orig}
                  </text>
                )}
              </g>
            ))}
          </g>
        ))}
      </svg>
      <p className="output-note">
        {stages.map((s, k) => (stages.length > 1 ? t.stageItem(k + 1, s.label) : s.label)).join(t.rowSeparator)}
      </p>
    </div>
  );
}
