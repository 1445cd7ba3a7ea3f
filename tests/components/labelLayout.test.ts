import { describe, expect, it } from 'vitest';
import { dodgeLabels, labelWidth, type WantedLabel } from '../../components/charts/labelLayout';
import { wrapLabel } from '../../components/charts/LineChart';
import { mulberry32 } from '../../lib/random';

const label = (key: string, y: number, height = 13): WantedLabel => ({ key, y, height });

/** No two placed labels overlap: each pair is at least half their heights plus the gap apart. */
function expectApart(labels: WantedLabel[], placed: Map<string, number>, gap: number) {
  const sorted = [...labels].sort((a, b) => placed.get(a.key)! - placed.get(b.key)!);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    expect(placed.get(b.key)! - placed.get(a.key)!).toBeGreaterThanOrEqual(a.height / 2 + gap + b.height / 2 - 1e-9);
  }
}

describe('direct labels of a line chart: dodgeLabels', () => {
  it('leaves labels that do not collide where they want to be', () => {
    const placed = dodgeLabels([label('a', 40), label('b', 100), label('c', 200)], 0, 300);
    expect([...placed.entries()]).toEqual([
      ['a', 40],
      ['b', 100],
      ['c', 200],
    ]);
  });

  it('moves colliding labels apart symmetrically around where they wanted to be', () => {
    // Table 7 at 1000M on a phone: two lines end at the same value
    const placed = dodgeLabels([label('Xception', 100), label('ShuffleNet v1', 100)], 0, 300, 2);
    const [a, b] = [placed.get('Xception')!, placed.get('ShuffleNet v1')!];
    expect(Math.abs(a - b)).toBeCloseTo(15, 9);
    expect((a + b) / 2).toBeCloseTo(100, 9);
  });

  it('keeps the order of the lines, top to bottom', () => {
    const placed = dodgeLabels([label('low', 104), label('high', 100), label('mid', 102)], 0, 300);
    expect(placed.get('high')!).toBeLessThan(placed.get('mid')!);
    expect(placed.get('mid')!).toBeLessThan(placed.get('low')!);
  });

  it('a chain of near neighbours becomes one block: nothing overlaps, labels far away stay', () => {
    const labels = [label('a', 50), label('b', 56), label('c', 62), label('d', 68), label('far', 250)];
    const placed = dodgeLabels(labels, 0, 300, 2);
    expectApart(labels, placed, 2);
    expect(placed.get('far')).toBe(250);
    // the block is centred on the mean of the four wanted positions
    const mean = ['a', 'b', 'c', 'd'].reduce((s, k) => s + placed.get(k)!, 0) / 4;
    expect(mean).toBeCloseTo(59, 9);
  });

  it('stays inside the plot: a stack at the bottom edge is pushed up, one at the top pushed down', () => {
    const bottom = dodgeLabels([label('a', 298), label('b', 299), label('c', 300)], 0, 300, 2);
    expect(Math.max(...bottom.values())).toBeLessThanOrEqual(300);
    const top = dodgeLabels([label('a', 0), label('b', 1)], 10, 300, 2);
    expect(Math.min(...top.values())).toBe(10);
    expect(top.get('b')).toBe(25);
  });

  it('labels of different heights (wrapped onto two lines) keep their edges apart', () => {
    const labels = [label('one line', 100), label('two lines', 105, 26), label('again one', 108)];
    const placed = dodgeLabels(labels, 0, 300, 2);
    expectApart(labels, placed, 2);
  });

  it('never overlaps, for many random sets of labels', () => {
    const random = mulberry32(7);
    for (let trial = 0; trial < 200; trial++) {
      const n = 2 + Math.floor(random() * 7);
      const labels = Array.from({ length: n }, (_, i) => label(`l${i}`, 20 + random() * 80, random() < 0.2 ? 26 : 13));
      const placed = dodgeLabels(labels, 12, 260, 2);
      expect(placed.size).toBe(n);
      expectApart(labels, placed, 2);
      for (const v of placed.values()) expect(v).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('wrapLabel', () => {
  it('breaks a long label at spaces only, so each line fits', () => {
    const lines = wrapLabel('lower bound 2√(hwB) + B/hw', 110);
    expect(lines.join(' ')).toBe('lower bound 2√(hwB) + B/hw');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(labelWidth(line)).toBeLessThanOrEqual(110);
  });
  it('keeps a short label on one line, and never splits a word', () => {
    expect(wrapLabel('ShuffleNet v2*', 200)).toEqual(['ShuffleNet v2*']);
    expect(wrapLabel('Fashion-MNIST', 20)).toEqual(['Fashion-MNIST']);
  });
});
