import { describe, expect, it } from 'vitest';
import { shufflePermutation } from '../../lib/shuffle';
import { readOut, shuffleFrames } from '../../lib/shuffleSteps';

describe('the shuffle in four frames', () => {
  it('writes the channels row by row into g rows, one group per row', () => {
    const grid = shuffleFrames(8, 2)[1];
    expect([grid.rows, grid.cols]).toEqual([2, 4]);
    expect(grid.place[5]).toEqual({ col: 1, row: 1 });
    expect(readOut(grid)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('transposes the grid: row and column swap for every channel', () => {
    for (const [c, g] of [
      [8, 2],
      [12, 3],
      [12, 4],
      [6, 6],
    ]) {
      const [, grid, transposed] = shuffleFrames(c, g);
      expect([transposed.rows, transposed.cols]).toEqual([grid.cols, grid.rows]);
      grid.place.forEach((p, ch) => expect(transposed.place[ch]).toEqual({ col: p.row, row: p.col }));
    }
  });

  it('reads the transposed grid out as the shuffle itself, and the last frame is that order', () => {
    for (const [c, g] of [
      [8, 2],
      [12, 3],
      [10, 5],
      [9, 1],
    ]) {
      const frames = shuffleFrames(c, g);
      expect(readOut(frames[2])).toEqual(shufflePermutation(c, g));
      expect(readOut(frames[3])).toEqual(shufflePermutation(c, g));
    }
    expect(readOut(shuffleFrames(8, 2)[3])).toEqual([0, 4, 1, 5, 2, 6, 3, 7]);
  });

  it('refuses a grid that g does not divide', () => {
    expect(() => shuffleFrames(10, 3)).toThrow(/do not divide/);
  });
});
