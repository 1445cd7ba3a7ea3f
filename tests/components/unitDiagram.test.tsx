// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OpDetails } from '../../components/diagram/OpDetails';
import { UnitDiagram } from '../../components/diagram/UnitDiagram';
import { MANIFESTS } from '../../components/model/catalog';
import { colors } from '../../lib/palette';
import { findUnit } from '../../lib/steps';
import {
  fromManifestUnit,
  fromUnitSpec,
  fromV1Spec,
  placeholderDiagram,
  type UnitDiagramModel,
} from '../../lib/unitDiagram';
import { basicUnit, downUnit, groupDigits } from '../../lib/units';
import { v1Unit } from '../../lib/v1';
import { figureSnapshot } from '../helpers/figureSnapshot';

afterEach(cleanup);

const svgOf = (model: UnitDiagramModel, highlight: string[] = []) => {
  const { container } = render(<UnitDiagram model={model} highlight={highlight} />);
  return container.querySelector('svg')!;
};

/** The box (the framed rect) and centre x of every op node on a path. */
function opBoxes(svg: SVGSVGElement, path: string) {
  return [...svg.querySelectorAll(`g[data-node][data-path="${path}"]`)]
    .map((g) => g.querySelector('rect[stroke]'))
    .filter((rect): rect is SVGRectElement => rect !== null)
    .map((rect) => ({
      stroke: rect.getAttribute('stroke'),
      x: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2,
    }));
}

describe('unit diagram snapshots', () => {
  it('basic unit', async () => {
    await expect(figureSnapshot(svgOf(fromUnitSpec(basicUnit(116, 28, 28))))).toMatchFileSnapshot(
      '__snapshots__/unit-basic.svg',
    );
  });
  it('down-sampling unit', async () => {
    await expect(figureSnapshot(svgOf(fromUnitSpec(downUnit(116, 232, 28, 28))))).toMatchFileSnapshot(
      '__snapshots__/unit-down.svg',
    );
  });
  it('basic unit in Chinese', async () => {
    await expect(figureSnapshot(svgOf(fromUnitSpec(basicUnit(116, 28, 28), { locale: 'zh' })))).toMatchFileSnapshot(
      '__snapshots__/unit-basic.zh.svg',
    );
  });
  it('down-sampling unit in Chinese', async () => {
    await expect(figureSnapshot(svgOf(fromUnitSpec(downUnit(116, 232, 28, 28), { locale: 'zh' })))).toMatchFileSnapshot(
      '__snapshots__/unit-down.zh.svg',
    );
  });
  it('V1 unit with guideline badges', async () => {
    const svg = svgOf(fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 })));
    expect([...svg.querySelectorAll('[data-badges]')].map((b) => b.getAttribute('data-badges'))).toEqual([
      'G1 G2',
      'G1 G2',
      'G4',
    ]);
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/unit-v1.svg');
  });
  it('placeholder for invalid sizes', async () => {
    const svg = svgOf(placeholderDiagram('basic'));
    expect(svg.textContent).not.toMatch(/\d+×\d+×\d+/);
    expect(svg.textContent).toContain('C/2×H×W');
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/unit-placeholder.svg');
  });
  it('a highlighted path (the explorer pointing at the branch)', async () => {
    const svg = svgOf(fromManifestUnit(findUnit(MANIFESTS.digits, 3, 2)!), ['right']);
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/unit-highlight-right.svg');
  });
});

describe('unit diagram semantics', () => {
  for (const [name, model] of [
    ['basic unit', fromUnitSpec(basicUnit(116, 28, 28))],
    ['down-sampling unit', fromManifestUnit(findUnit(MANIFESTS.digits, 3, 1)!)],
    ['V1 unit', fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 2 }))],
  ] as const) {
    it(`${name}: the branch is on the right in the branch colour, the left path in the identity colour`, () => {
      const svg = svgOf(model);
      const left = opBoxes(svg, 'left');
      const right = opBoxes(svg, 'right').filter(
        (_, i) => model.nodes.filter((n) => n.path === 'right')[i].kind !== 'shuffle',
      );
      expect(left.length).toBeGreaterThan(0);
      expect(right.length).toBeGreaterThan(0);
      for (const box of right) expect(box.stroke).toBe(colors.branch);
      for (const box of left) expect(box.stroke).toBe(colors.identity);
      expect(Math.min(...right.map((b) => b.x))).toBeGreaterThan(Math.max(...left.map((b) => b.x)));
      // arrows along each column carry its colour
      for (const edge of svg.querySelectorAll('[data-edge][data-path="right"] path'))
        expect(edge.getAttribute('stroke')).toBe(colors.branch);
      for (const edge of svg.querySelectorAll('[data-edge][data-path="left"] path'))
        expect(edge.getAttribute('stroke')).toBe(colors.identity);
    });
  }

  it('draws every shuffle in the shuffle colour, V1 and V2', () => {
    for (const model of [
      fromUnitSpec(basicUnit(48, 14, 14)),
      fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 })),
    ]) {
      const ids = model.nodes.filter((n) => n.kind === 'shuffle').map((n) => n.id);
      const svg = svgOf(model);
      expect(ids.length).toBe(1);
      expect(svg.querySelector(`g[data-node="${ids[0]}"] rect[stroke]`)!.getAttribute('stroke')).toBe(colors.shuffle);
      cleanup();
    }
  });

  it('slabs grow with channels and H×W: the down unit doubles the thickness and halves the face', () => {
    const svg = svgOf(fromUnitSpec(downUnit(64, 128, 28, 28)));
    const front = (node: string) => svg.querySelector(`g[data-node="${node}"] rect`)!;
    const [input, output] = [front('input'), front('output')];
    const h = (r: Element) => Number(r.getAttribute('height'));
    const w = (r: Element) => Number(r.getAttribute('width'));
    expect(w(output)).toBeCloseTo(w(input) / 2, 1);
    // the output is striped (shuffled); its stripes add up to twice the input's thickness
    const stripes = [...svg.querySelectorAll('g[data-node="output"] rect')];
    expect(stripes.reduce((sum, r) => sum + h(r), 0)).toBeCloseTo(2 * h(input), 1);
  });

  it('the op panel follows hover, focus and keys, and shows shapes and cost', () => {
    const spec = basicUnit(116, 28, 28);
    const model = fromUnitSpec(spec);
    render(<UnitDiagram model={model} details={(node) => <OpDetails model={model} node={node} />} />);
    expect(screen.getByRole('group').getAttribute('aria-label')).toContain('output (116×28×28)');
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-op'))).toEqual(spec.ops.map((o) => o.id));
    expect(screen.getByTestId('op-details').textContent).toContain(groupDigits(spec.totals.flops));
    const conv1 = buttons.find((b) => b.getAttribute('data-op') === 'right.conv1')!;
    fireEvent.keyDown(conv1, { key: 'Enter' });
    expect(conv1.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('op-details').textContent).toContain(groupDigits(spec.ops[2].flops));
    fireEvent.mouseEnter(buttons.find((b) => b.getAttribute('data-op') === 'shuffle')!);
    expect(screen.getByTestId('op-details').textContent).toContain('channel shuffle (g = 2)');
    expect(conv1.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('the unit diagram in Chinese', () => {
  const units = [
    ['basic', fromUnitSpec(basicUnit(116, 28, 28), { locale: 'zh' })],
    ['down-sampling', fromUnitSpec(downUnit(116, 232, 28, 28), { locale: 'zh' })],
    ['V1', fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 }), { locale: 'zh' })],
  ] as const;

  it.each(units)('%s unit: no English words but the names BN, ReLU and the op codes', (_, model) => {
    const svg = svgOf(model);
    const words = `${svg.textContent} ${svg.getAttribute('aria-label')}`.match(/[A-Za-z]{2,}/g) ?? [];
    expect(words.filter((w) => !['BN', 'ReLU', 'ShuffleNet', 'V1', 'Add'].includes(w))).toEqual([]);
  });

  it('names the two paths and the ops in the book’s Chinese terms', () => {
    const svg = svgOf(units[0][1]);
    const caption = (path: string) => svg.querySelector(`[data-caption="${path}"]`)!.textContent;
    expect([caption('left'), caption('right')]).toEqual(['保持不变的一半', '卷积分支']);
    const label = (id: string) => svg.querySelector(`[data-node="${id}"] text`)!.textContent;
    expect(label('split')).toBe('通道分割');
    expect(label('right.conv1')).toBe('1×1 卷积 · BN · ReLU');
    expect(label('right.dw')).toBe('3×3 深度卷积 · BN');
    expect(label('concat')).toBe('拼接');
    expect(label('shuffle')).toContain('通道混洗');
  });

  it.each(units)('%s unit: every box is wide enough for its Chinese label (a CJK glyph is 1 em)', (_, model) => {
    const svg = svgOf(model);
    for (const g of svg.querySelectorAll('g[data-op], g[data-node]')) {
      const rect = g.querySelector('rect[stroke]');
      const text = g.querySelector('text');
      if (!rect || !text || !g.querySelector('tspan')) continue;
      const width = Number(rect.getAttribute('width'));
      for (const line of g.querySelectorAll(':scope > text > tspan')) {
        // 12 px per CJK glyph, about 6 px per other character, plus the box's padding
        const ems = [...line.textContent!].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6), 0);
        expect(ems + 8, `${line.textContent} in a ${width} px box`).toBeLessThanOrEqual(width);
      }
    }
  });
});
