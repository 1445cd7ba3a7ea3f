// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../components/charts/BarChart';
import { ColorScale } from '../../components/charts/ColorScale';
import { LineChart } from '../../components/charts/LineChart';
import { Breakdown } from '../../components/network/NetworkBreakdown';
import { CostBars } from '../../components/v1v2/CostBreakdown';
import { formatValue } from '../../lib/format';
import { networkTable, shuffleNetV2 } from '../../lib/network';
import { colors, seriesColor } from '../../lib/palette';
import { basicUnit } from '../../lib/units';
import { v1Unit, v2Totals } from '../../lib/v1';
import { figureSnapshot } from '../helpers/figureSnapshot';

afterEach(cleanup);

/** Figures on fixed inputs, compared with committed SVG: a swapped colour, bar or label fails. */
describe('chart snapshots', () => {
  it('bar chart: counts with a reference line', async () => {
    const { container } = render(
      <BarChart
        title="MAC of two layers"
        reference={{ value: 150, label: 'lower bound' }}
        bars={[
          { label: 'A: 128 → 128', value: 200, color: seriesColor(0) },
          { label: 'B: 52 → 312', value: 420, color: seriesColor(1) },
        ]}
      />,
    );
    await expect(figureSnapshot(container.querySelector('svg')!)).toMatchFileSnapshot(
      '__snapshots__/bar-chart-counts.svg',
    );
  });

  it('bar chart: negative values from zero, the largest emphasised (the class scores)', async () => {
    const { container } = render(
      <BarChart
        title="Logits"
        format={formatValue}
        bars={[-1.5, 2.25, 0.5].map((value, i) => ({
          label: `class ${i}`,
          value,
          emphasis: i === 1,
          color: i === 1 ? colors.highlight : seriesColor(2),
        }))}
      />,
    );
    const svg = container.querySelector('svg')!;
    // the negative bar ends where the positive ones start
    const rects = [...svg.querySelectorAll('rect')];
    expect(Number(rects[0].getAttribute('x')) + Number(rects[0].getAttribute('width'))).toBeCloseTo(
      Number(rects[1].getAttribute('x')),
      5,
    );
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/bar-chart-signed.svg');
  });

  it('bar chart: speeds with whiskers, an axis and the baseline at 100 %', async () => {
    const { container } = render(
      <BarChart
        title="Speed"
        format={(v) => `${v.toFixed(0)}%`}
        reference={{ value: 100 }}
        domain={[0, 130]}
        axis={{ format: (t) => `${t}%`, label: 'speed relative to the first variant' }}
        bars={[
          { label: 'baseline', value: 100, range: [96, 104], color: seriesColor(2) },
          { label: 'variant', value: 80, range: [70, 85], color: seriesColor(0) },
        ]}
      />,
    );
    const svg = container.querySelector('svg')!;
    expect(svg.querySelectorAll('path')).toHaveLength(2); // one whisker per bar
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/bar-chart-speed.svg');
  });

  it('line chart: two labelled lines and a marker', async () => {
    const curve = [0, 1, 2, 3, 4].map((x) => ({ x, y: 100 + 10 * x * x }));
    const bound = curve.map(({ x }) => ({ x, y: 100 }));
    const { container } = render(
      <LineChart
        title="MAC against the ratio"
        xLabel="ratio"
        yLabel="MAC"
        series={[
          { label: 'MAC', color: seriesColor(0), points: curve },
          { label: 'lower bound', color: seriesColor(2), points: bound, dashed: true },
        ]}
        markers={[{ x: 2, y: 140, label: '1 : 4', color: colors.highlight }]}
      />,
    );
    const svg = container.querySelector('svg')!;
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(
      expect.arrayContaining(['MAC', 'lower bound', '1 : 4']),
    );
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/line-chart.svg');
  });

  it('line chart: lines ending at the same value get labels apart, each joined to its line by a leader', () => {
    const end = (y: number) => [0, 1, 2].map((x) => ({ x, y: x === 2 ? 83 : y + x }));
    const { container } = render(
      <LineChart
        title="Two backbones at the same speed"
        xLabel="x"
        yLabel="y"
        width={340}
        series={[
          { label: 'Xception', color: seriesColor(1), points: end(100) },
          { label: 'ShuffleNet v2*', color: seriesColor(0), points: end(120), dashed: true },
        ]}
      />,
    );
    const labels = [...container.querySelectorAll('[data-line-label]')];
    const ys = labels.map((g) => Number(g.querySelector('text')!.getAttribute('y')));
    expect(Math.abs(ys[0] - ys[1])).toBeGreaterThanOrEqual(13);
    expect(container.querySelectorAll('[data-leader]')).toHaveLength(2);
    // the labels sit right of the plot: no label starts left of the lines' last point
    const plotRight = Math.max(
      ...[...container.querySelectorAll('path')].map((p) =>
        Number(/L([\d.]+),[\d.]+$/.exec(p.getAttribute('d') ?? '')?.[1] ?? 0),
      ),
    );
    for (const g of labels) expect(Number(g.querySelector('text')!.getAttribute('x'))).toBeGreaterThan(plotRight);
  });

  it('colour scale', async () => {
    const { container } = render(<ColorScale domain={[-1.5, 3]} label="activation" />);
    await expect(figureSnapshot(container.querySelector('svg')!)).toMatchFileSnapshot('__snapshots__/color-scale.svg');
  });

  it('V1 vs V2 cost bars: series colours, never the path colours of the diagrams', async () => {
    const v1 = v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 });
    const v2 = basicUnit(116, 28, 28);
    const { container } = render(<CostBars v1={v1.totals} v2={v2Totals(v2)} />);
    expect(container.innerHTML).not.toMatch(/--c-identity|--c-branch/);
    await expect(figureSnapshot(container)).toMatchFileSnapshot('__snapshots__/v1v2-cost-bars.svg');
  });

  it('network breakdown of ShuffleNetV2 1.0×', async () => {
    const { container } = render(<Breakdown table={networkTable(shuffleNetV2('1.0'))} name="1×" />);
    const charts = [...container.querySelectorAll('svg')];
    expect(charts).toHaveLength(2);
    await expect(charts.map((c) => figureSnapshot(c)).join('\n')).toMatchFileSnapshot(
      '__snapshots__/network-breakdown.svg',
    );
  });
});
