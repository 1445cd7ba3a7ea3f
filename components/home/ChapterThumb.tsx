import type { ReactNode } from 'react';
import { scaleLinear } from '../../lib/scales';
import { networkTable, shuffleNetV2 } from '../../lib/network';
import { colors, seriesColor } from '../../lib/palette';
import {
  FIG1_FAMILIES,
  PAPER_TABLES,
  V1_SHUFFLE_ABLATION,
  accuracySpeedPoints,
  paperRelative,
  table8Row,
} from '../../lib/paperTables';
import { shufflePermutation } from '../../lib/shuffle';
import { fromUnitSpec, fromV1Spec } from '../../lib/unitDiagram';
import { basicUnit, downUnit } from '../../lib/units';
import { v1Unit } from '../../lib/v1';
import { UnitGlyph } from './UnitGlyph';
import { messages, type Locale } from '../../lib/i18n';
import { useLocale, useMessages } from '../i18n/locale';
import styles from './Home.module.css';

/** Every card's picture is drawn in this one frame, so all pictures have the same size and weight. */
const W = 240;
const H = 100;
const TEXT = { fontSize: 10, fill: 'var(--fg-soft)' } as const;

/** Horizontal bars with a short label each (values are relative, so only their lengths are drawn). */
function bars(
  rows: { label: string; value: number; color: string; mark?: number }[],
  max = Math.max(...rows.map((r) => r.value), ...rows.map((r) => r.mark ?? 0)),
) {
  const x = scaleLinear([0, max], [0, W - 70]);
  const step = Math.min(22, (H - 8) / rows.length);
  const top = (H - step * rows.length) / 2;
  return rows.map((r, i) => {
    const y = top + i * step;
    return (
      <g key={r.label}>
        <text x={56} y={y + step / 2 + 3.5} textAnchor="end" {...TEXT}>
          {r.label}
        </text>
        <rect x={62} y={y + 3} width={x(r.value)} height={step - 6} rx={2} fill={r.color} />
        {r.mark != null && (
          <path
            d={`M ${62 + x(r.mark)} ${y + 1} l 4 ${step / 2 - 1} l -4 ${step / 2 - 1} l -4 ${1 - step / 2} z`}
            fill="var(--fg)"
          />
        )}
      </g>
    );
  });
}

/** A row of channel tiles (squares), coloured one by one. */
function tiles(colorsOf: readonly string[], x0: number, y: number, size = 13, gap = 3) {
  return colorsOf.map((c, i) => (
    <rect key={i} x={x0 + i * (size + gap)} y={y} width={size} height={size} rx={2} fill={c} />
  ));
}

const half = (c: number, i: number) => (i < c / 2 ? colors.identity : colors.branch);

/** The four guideline tables as small multiples: the paper's relative GPU speeds, first row = baseline. */
function guidelineMultiples() {
  const ids = ['g1', 'g2', 'g3', 'g4'] as const;
  const y = scaleLinear([0, 120], [0, H - 26]);
  return ids.map((id, k) => {
    const rel = paperRelative(PAPER_TABLES[id], 'gpu');
    const x0 = 8 + k * 58;
    const bw = 44 / rel.length;
    return (
      <g key={id}>
        {rel.map((v, i) => (
          <rect
            key={i}
            x={x0 + i * bw}
            y={H - 18 - y(v)}
            width={bw - 2}
            height={y(v)}
            rx={1}
            fill={seriesColor(i === 0 ? 2 : 0)}
          />
        ))}
        <text x={x0 + 22} y={H - 5} textAnchor="middle" {...TEXT}>
          {PAPER_TABLES[id].guideline}
        </text>
      </g>
    );
  });
}

/** Table 5's network from the left: each layer's maps as a square, side on a log scale of its size. */
function networkStrip(highlight?: string) {
  const rows = networkTable(shuffleNetV2('1.0')).rows.filter((r) => r.outSize && r.kind !== 'globalpool');
  // side ∝ log(H): a 224 px input and a 7 px map both read as squares
  const logSide = scaleLinear([Math.log(7), Math.log(224)], [10, 46]);
  const side = (h: number) => logSide(Math.log(h));
  const gap = 7;
  const total = rows.reduce((sum, r) => sum + side(r.outSize!.h) + gap, -gap);
  let x = (W - total) / 2;
  return rows.map((r) => {
    const s = side(r.outSize!.h);
    const at = x;
    x += s + gap;
    // a stage holds both paths, so it is drawn neutral (blue and orange mean the two paths only)
    return (
      <g key={r.name}>
        {r.kind === 'stage' && (
          <rect x={at - 3} y={(H - s) / 2 - 3} width={s} height={s} rx={2} fill="var(--fg-soft)" opacity={0.5} />
        )}
        <rect x={at} y={(H - s) / 2} width={s} height={s} rx={2} fill="var(--c-input)" opacity={0.85} />
        {r.name === highlight && (
          <rect
            x={at - 6}
            y={(H - s) / 2 - 6}
            width={s + 9}
            height={s + 9}
            rx={3}
            fill="none"
            stroke={colors.highlight}
            strokeWidth={2.5}
          />
        )}
      </g>
    );
  });
}

/** A row of ops with one current (the explorer's step bar) above a grid of that op's feature maps. */
function stepThrough() {
  const ops = 8;
  const current = 3;
  const maps = { cols: 8, rows: 2, side: 22, gap: 5 };
  const left = (W - (maps.cols * (maps.side + maps.gap) - maps.gap)) / 2;
  return (
    <>
      <line x1={26} y1={20} x2={W - 26} y2={20} stroke="var(--fg-soft)" strokeWidth={1} />
      {Array.from({ length: ops }, (_, i) => (
        <circle
          key={i}
          cx={26 + (i * (W - 52)) / (ops - 1)}
          cy={20}
          r={i === current ? 6.5 : 4}
          fill={i === current ? colors.highlight : i < current ? 'var(--fg-soft)' : 'var(--bg-cell)'}
          stroke="var(--fg-soft)"
        />
      ))}
      {Array.from({ length: maps.cols * maps.rows }, (_, k) => {
        const col = k % maps.cols;
        const row = Math.floor(k / maps.cols);
        // a fixed pattern of strengths, so each map reads as a different channel
        const strength = 0.25 + 0.7 * Math.abs(Math.sin(1.7 * k + 0.6 * row));
        return (
          <rect
            key={k}
            x={left + col * (maps.side + maps.gap)}
            y={38 + row * (maps.side + maps.gap)}
            width={maps.side}
            height={maps.side}
            rx={2}
            fill="var(--c-input)"
            opacity={strength}
          />
        );
      })}
    </>
  );
}

/** Accuracy against GPU speed for the paper's Fig. 1 networks, one line per family. */
function accuracySpeed() {
  const series = FIG1_FAMILIES.map((f, i) => ({ f, color: seriesColor(i), pts: accuracySpeedPoints(f, 'gpu') }));
  const all = series.flatMap((s) => s.pts);
  const x = scaleLinear([Math.min(...all.map((p) => p.speed)), Math.max(...all.map((p) => p.speed))], [12, W - 12]);
  const y = scaleLinear(
    [Math.min(...all.map((p) => p.accuracy)), Math.max(...all.map((p) => p.accuracy))],
    [H - 10, 10],
  );
  return series.map((s) => (
    <g key={s.f}>
      <polyline
        points={s.pts.map((p) => `${x(p.speed)},${y(p.accuracy)}`).join(' ')}
        fill="none"
        stroke={s.color}
        strokeWidth={2}
      />
      {s.pts.map((p) => (
        <circle key={p.row.model} cx={x(p.speed)} cy={y(p.accuracy)} r={3} fill={s.color} />
      ))}
    </g>
  ));
}

/** The few words the pictures carry, in the page's language. */
const thumbMessages = messages({
  en: { concat: 'concat', add: 'add', check: 'Check' },
  zh: { concat: '拼接', add: '相加', check: '检查' },
});
type ThumbTexts = (typeof thumbMessages)['en'];

const THUMBS: Record<string, (t: ThumbTexts, locale: Locale) => ReactNode> = {
  'why-shufflenet-v2': () => {
    const [v2, v1] = [table8Row('ShuffleNet v2', 140)!, table8Row('ShuffleNet v1', 140)!];
    return bars([
      { label: `V2 ${v2.mflops}M`, value: v2.gpu!, color: seriesColor(0) },
      { label: `V1 ${v1.mflops}M`, value: v1.gpu!, color: seriesColor(1) },
    ]);
  },
  guidelines: guidelineMultiples,
  'channel-split': () => (
    <>
      {tiles(
        Array.from({ length: 8 }, () => 'var(--c-input)'),
        8,
        (H - 13) / 2,
      )}
      <path
        d="M 136 50 C 150 50, 150 26, 164 26 M 136 50 C 150 50, 150 74, 164 74"
        stroke="var(--fg-soft)"
        strokeWidth={1.5}
        fill="none"
      />
      {tiles(
        Array.from({ length: 4 }, () => colors.identity),
        168,
        19,
        13,
        3,
      )}
      {tiles(
        Array.from({ length: 4 }, () => colors.branch),
        168,
        67,
        13,
        3,
      )}
    </>
  ),
  'channel-shuffle': () => {
    const perm = shufflePermutation(8, 2);
    const at = (i: number) => 28 + i * 26;
    return (
      <>
        {perm.map((from, to) => (
          <line key={to} x1={at(from)} y1={24} x2={at(to)} y2={76} stroke={colors.shuffle} strokeWidth={1.5} />
        ))}
        {tiles(
          perm.map((_, i) => half(8, i)),
          21,
          10,
          14,
          12,
        )}
        {tiles(
          perm.map((from) => half(8, from)),
          21,
          76,
          14,
          12,
        )}
      </>
    );
  },
  'basic-unit': (_, locale) => (
    <UnitGlyph model={fromUnitSpec(basicUnit(116, 28, 28), { locale })} box={{ x: 0, y: 4, w: W, h: H - 8 }} />
  ),
  'downsampling-unit': (_, locale) => (
    <UnitGlyph model={fromUnitSpec(downUnit(116, 232, 28, 28), { locale })} box={{ x: 0, y: 4, w: W, h: H - 8 }} />
  ),
  'whole-network': () => networkStrip(),
  // Not the network strip again (that is chapter 7's): the explorer's step bar, one op current, and its maps.
  explorer: () => stepThrough(),
  'v1-vs-v2': (_, locale) => (
    <>
      <UnitGlyph
        model={fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1, bottleneckRatio: 0.25 }), { locale })}
        box={{ x: 0, y: 0, w: W, h: H / 2 }}
      />
      <UnitGlyph model={fromUnitSpec(basicUnit(116, 28, 28), { locale })} box={{ x: 0, y: H / 2, w: W, h: H / 2 }} />
    </>
  ),
  misconceptions: (t) => (
    <>
      <text x={60} y={24} textAnchor="middle" {...TEXT}>
        {t.concat}
      </text>
      {tiles([colors.identity, colors.identity, colors.branch, colors.branch], 16, 34, 22, 4)}
      <text x={180} y={24} textAnchor="middle" {...TEXT}>
        {t.add}
      </text>
      {tiles(
        Array.from({ length: 4 }, () => `color-mix(in srgb, ${colors.identity} 50%, ${colors.branch})`),
        136,
        34,
        22,
        4,
      )}
      <line x1={W / 2} y1={20} x2={W / 2} y2={H - 10} stroke="var(--border)" />
    </>
  ),
  'benchmark-lab': () =>
    bars(
      PAPER_TABLES.g1.rows.map((r, i) => ({
        label: r.label,
        value: paperRelative(PAPER_TABLES.g1, 'gpu')[i],
        mark: paperRelative(PAPER_TABLES.g1, 'arm')[i],
        color: seriesColor(i === 0 ? 2 : 0),
      })),
    ),
  results: accuracySpeed,
  'shuffle-experiments': () => {
    const y = scaleLinear([0, 60], [0, H - 14]);
    return V1_SHUFFLE_ABLATION.map((r, i) => (
      <g key={i}>
        <rect
          x={14 + i * 37}
          y={H - 6 - y(r.noShuffleError)}
          width={14}
          height={y(r.noShuffleError)}
          rx={1}
          fill={seriesColor(1)}
        />
        <rect
          x={30 + i * 37}
          y={H - 6 - y(r.shuffleError)}
          width={14}
          height={y(r.shuffleError)}
          rx={1}
          fill={seriesColor(0)}
        />
      </g>
    ));
  },
  explore: () => (
    <>
      <rect x={14} y={14} width={72} height={72} rx={4} fill="var(--fg)" />
      <path
        d="M 34 32 L 68 32 L 46 72"
        fill="none"
        stroke="var(--bg)"
        strokeWidth={6}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path d="M 96 50 L 118 50 m -6 -5 l 6 5 l -6 5" fill="none" stroke="var(--fg-soft)" strokeWidth={1.5} />
      {Array.from({ length: 10 }, (_, i) => (
        <rect
          key={i}
          x={128 + i * 10}
          y={i === 7 ? 16 : 80}
          width={7}
          height={i === 7 ? 70 : 6}
          rx={1}
          fill={i === 7 ? colors.highlight : 'var(--c-input)'}
        />
      ))}
    </>
  ),
  review: (t) =>
    [0, 1, 2].map((i) => (
      <g key={i}>
        <rect x={16} y={10 + i * 29} width={150} height={22} rx={4} fill="var(--bg-cell)" stroke="var(--border)" />
        <rect x={24} y={19 + i * 29} width={90 - i * 18} height={4} rx={2} fill="var(--fg-soft)" />
        <rect
          x={176}
          y={10 + i * 29}
          width={44}
          height={22}
          rx={4}
          fill={i < 2 ? colors.highlight : 'var(--c-input)'}
        />
        <text x={198} y={25 + i * 29} textAnchor="middle" fontSize={10} fill="var(--bg)">
          {i < 2 ? '✓' : t.check}
        </text>
      </g>
    )),
};

/**
 * Each chapter's key figure, drawn small in one frame from the book's own data and view models (no
 * screenshots, no runtime): the picture on the chapter's card. Decorative there (the card's title
 * and summary say what the chapter is), so hidden from assistive technology.
 */
export function ChapterThumb({ slug }: { slug: string }) {
  const thumb = THUMBS[slug];
  const t = useMessages(thumbMessages);
  const locale = useLocale();
  if (!thumb) return null;
  return (
    <div className={styles.thumb} aria-hidden="true" data-thumb={slug}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} fontFamily="var(--font-ui)">
        {thumb(t, locale)}
      </svg>
    </div>
  );
}

/** The chapters that have a picture (a test checks that every chapter is among them). */
export const THUMB_SLUGS = Object.keys(THUMBS);
