import { formatCount } from '../../lib/format';
import {
  fragmentBlock,
  fragmentError,
  fragmentLabel,
  FRAGMENT_STRUCTURES,
  type FragmentBlock,
} from '../../lib/guidelines';
import { seriesColor } from '../../lib/palette';
import { URL_STATE } from '../../lib/urlKeys';
import type { Locale } from '../../lib/i18n';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { NumberField } from '../controls/NumberField';
import { Select } from '../controls/Select';
import { FeatureSizeSelect } from './FeatureSize';
import tables from './Tables.module.css';
import { Stat, StatGrid } from '../controls/Stat';
import { useLocale, useMessages } from '../i18n/locale';
import { guidelinesMessages } from './guidelinesMessages';

const { g3s: structureParam, g3c: widthParam, g3hw: sizeParam } = URL_STATE.guidelines;
const structureOptions = (locale: Locale) =>
  FRAGMENT_STRUCTURES.map((s) => ({
    value: `${s.layout}-${s.fragments}`,
    label: fragmentLabel(s.layout, s.fragments, locale),
  }));

/** The selected structure as boxes and arrows: series stacks the fragments, parallel puts them side by side. */
function FragmentDiagram({ block }: { block: FragmentBlock }) {
  const t = useMessages(guidelinesMessages);
  const width = 360;
  const boxH = 26;
  const gap = 16;
  const parallel = block.layout === 'parallel' && block.fragments > 1;
  const rows = parallel ? 1 : block.fragments;
  const top = 24;
  const height = top + rows * boxH + (rows + 1) * gap + (parallel ? 34 : 0) + 10;
  const inC = block.layers[0].cin;
  const outC = parallel ? block.layers.reduce((s, l) => s + l.cout, 0) : block.layers[block.layers.length - 1].cout;
  const summary = parallel
    ? t.parallelSummary(block.fragments, inC, block.layers[0].cout, outC)
    : t.seriesSummary(block.fragments, inC, block.layers[0].cout);
  const boxW = parallel ? (width - 20 - (block.fragments - 1) * 10) / block.fragments : 200;
  const cx = width / 2;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width, display: 'block', margin: '0.4rem auto' }}
      role="img"
      aria-label={`${block.label}: ${summary}`}>
      <defs>
        <marker id="g3-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 z" fill="var(--fg-soft)" />
        </marker>
      </defs>
      <text x={cx} y={14} textAnchor="middle" className="svg-text-soft">
        {t.inputChannels(inC)}
      </text>
      {parallel ? (
        <>
          {block.layers.map((l, i) => {
            const x = 10 + i * (boxW + 10);
            const y = top + gap;
            return (
              <g key={i}>
                <line
                  x1={cx}
                  y1={top}
                  x2={x + boxW / 2}
                  y2={y - 2}
                  stroke="var(--fg-soft)"
                  markerEnd="url(#g3-arrow)"
                />
                <rect
                  x={x}
                  y={y}
                  width={boxW}
                  height={boxH}
                  rx={4}
                  fill={seriesColor(0)}
                  fillOpacity={0.18}
                  stroke={seriesColor(0)}
                />
                <text x={x + boxW / 2} y={y + boxH / 2} dy="0.35em" textAnchor="middle" className="svg-text">
                  1×1 {l.cin}→{l.cout}
                </text>
                <line
                  x1={x + boxW / 2}
                  y1={y + boxH}
                  x2={cx}
                  y2={y + boxH + gap - 2}
                  stroke="var(--fg-soft)"
                  markerEnd="url(#g3-arrow)"
                />
              </g>
            );
          })}
          <rect
            x={cx - 60}
            y={top + 2 * gap + boxH}
            width={120}
            height={22}
            rx={4}
            fill="none"
            stroke="var(--fg-soft)"
          />
          <text x={cx} y={top + 2 * gap + boxH + 11} dy="0.35em" textAnchor="middle" className="svg-text">
            {t.concatTo(outC)}
          </text>
        </>
      ) : (
        block.layers.map((l, i) => {
          const y = top + gap + i * (boxH + gap);
          return (
            <g key={i}>
              <line x1={cx} y1={y - gap} x2={cx} y2={y - 2} stroke="var(--fg-soft)" markerEnd="url(#g3-arrow)" />
              <rect
                x={cx - boxW / 2}
                y={y}
                width={boxW}
                height={boxH}
                rx={4}
                fill={seriesColor(0)}
                fillOpacity={0.18}
                stroke={seriesColor(0)}
              />
              <text x={cx} y={y + boxH / 2} dy="0.35em" textAnchor="middle" className="svg-text">
                {t.convBox(l.cin, l.cout)}
              </text>
            </g>
          );
        })
      )}
    </svg>
  );
}

/** G3 calculator: the same FLOPs as one, two or four 1×1 convolutions, in series or in parallel. */
export function G3Cell() {
  const [id, setId] = useUrlState(structureParam);
  const [c, setC] = useUrlState(widthParam);
  const [size, setSize] = useUrlState(sizeParam);
  const locale = useLocale();
  const t = useMessages(guidelinesMessages);
  const chosen = FRAGMENT_STRUCTURES.find((s) => `${s.layout}-${s.fragments}` === id) ?? FRAGMENT_STRUCTURES[0];
  const error = fragmentError(chosen.layout, chosen.fragments, c, locale) ?? (c > 1024 ? t.widthCap(c) : null);
  const blocks = error
    ? []
    : FRAGMENT_STRUCTURES.filter((s) => !fragmentError(s.layout, s.fragments, c)).map((s) =>
        fragmentBlock(s.layout, s.fragments, c, size, size, locale),
      );
  const block = blocks.find((b) => b.id === id);
  const one = blocks[0];

  return (
    <div>
      <ControlRow>
        <Select label={t.structure} value={id} onChange={setId} options={structureOptions(locale)} />
        <NumberField
          label={t.g3Width}
          name="c"
          value={c}
          onChange={setC}
          min={widthParam.codec.min}
          max={widthParam.codec.max}
          invalid={error !== null}
        />
        <FeatureSizeSelect size={size} onChange={setSize} />
      </ControlRow>
      {error || !block ? (
        <p className="error-note" role="alert">
          {error}
        </p>
      ) : (
        <>
          <div className={tables.beside}>
            <StatGrid>
              <Stat label={t.launches}>{block.launches}</Stat>
              <Stat label={t.waiting}>{block.dependentSteps}</Stat>
              <Stat label={t.flopsPerKernel}>{formatCount(block.flopsPerLaunch)}</Stat>
              <Stat label={t.macVsOne}>{`+${((block.mac / one.mac - 1) * 100).toFixed(1)}%`}</Stat>
            </StatGrid>
            <FragmentDiagram block={block} />
          </div>
          {/* the counts above say it; every structure side by side is one click away */}
          <details className={tables.details}>
            <summary>{t.everyStructure}</summary>
            <div className="table-wrap" role="region" aria-label={t.g3Region} tabIndex={0}>
              <table className={tables.compact}>
                <thead>
                  <tr>
                    <th>{t.structure}</th>
                    <th className="num">{t.launchesShort}</th>
                    <th className="num">{t.dependentSteps}</th>
                    <th className="num">FLOPs</th>
                    <th className="num">{t.flopsPerKernel}</th>
                    <th className="num">MAC</th>
                    <th className="num">MAC / FLOPs</th>
                  </tr>
                </thead>
                <tbody>
                  {blocks.map((b) => (
                    <tr
                      key={b.id}
                      style={b.id === id ? { background: 'var(--bg-soft)', fontWeight: 650 } : undefined}
                      aria-current={b.id === id ? 'true' : undefined}>
                      <td>{b.label}</td>
                      <td className="num">{b.launches}</td>
                      <td className="num">{b.dependentSteps}</td>
                      <td className="num">{formatCount(b.flops)}</td>
                      <td className="num">{formatCount(b.flopsPerLaunch)}</td>
                      <td className="num">{formatCount(b.mac)}</td>
                      <td className="num">{(b.mac / b.flops).toFixed(4)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          {blocks.length < FRAGMENT_STRUCTURES.length && <p className="output-note">{t.leftOut(c)}</p>}
        </>
      )}
    </div>
  );
}
