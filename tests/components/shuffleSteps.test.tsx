// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ShuffleSteps } from '../../components/shuffle/ShuffleSteps';
import { shufflePermutation } from '../../lib/shuffle';
import { figureSnapshot } from '../helpers/figureSnapshot';

/** Where each channel is drawn: its translate(x, y) in CSS pixels, by channel. */
function positions(svg: Element): [number, number][] {
  return [...svg.querySelectorAll('g[data-channel]')].map((g) => {
    const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec((g as SVGGElement).style.transform)!;
    return [Number(m[1]), Number(m[2])];
  });
}

afterEach(cleanup);

describe('the shuffle animated in steps', () => {
  it('draws each of its four frames (snapshots), stepping with the buttons', async () => {
    const { container } = render(<ShuffleSteps channels={8} rows={2} groups={2} />);
    const next = screen.getByRole('button', { name: 'Next →' });
    for (const id of ['in', 'grid', 'transposed', 'out']) {
      const stage = container.querySelector('[data-step]')!;
      expect(stage.getAttribute('data-step')).toBe(id);
      await expect(figureSnapshot(container.querySelector('svg')!)).toMatchFileSnapshot(
        `__snapshots__/shuffle-steps-${id}.svg`,
      );
      if (id !== 'out') fireEvent.click(next);
    }
    expect(next).toHaveProperty('disabled', true);
  });

  it('moves the channels as the text says: a grid of g rows, transposed, read out as the shuffle', () => {
    const { container } = render(<ShuffleSteps channels={12} rows={3} groups={3} />);
    const stage = container.querySelector('[data-step]')!;
    const svg = () => container.querySelector('svg')!;
    fireEvent.keyDown(stage, { key: 'ArrowRight' });
    const grid = positions(svg());
    expect(new Set(grid.map(([, y]) => y)).size).toBe(3); // three rows
    expect(grid[4][1]).toBeGreaterThan(grid[3][1]); // channel 4 starts the second row
    fireEvent.keyDown(stage, { key: 'ArrowRight' });
    const transposed = positions(svg());
    expect(new Set(transposed.map(([, y]) => y)).size).toBe(4); // four rows of three
    expect(transposed[4][1]).toBe(transposed[0][1]); // channel 4 now beside channel 0
    fireEvent.keyDown(stage, { key: 'End' });
    const out = positions(svg());
    const order = out
      .map(([x], ch) => ({ x, ch }))
      .sort((a, b) => a.x - b.x)
      .map((o) => o.ch);
    expect(order).toEqual(shufflePermutation(12, 3));
    expect(stage.textContent).toContain(`output order ${shufflePermutation(12, 3).join(', ')}`);
    fireEvent.keyDown(stage, { key: 'ArrowLeft' });
    expect(stage.getAttribute('data-step')).toBe('transposed');
  });
});
