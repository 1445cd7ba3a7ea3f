/**
 * The channel shuffle told as the text tells it, in four frames: the channels in a row; written
 * row by row into a grid of `rows` rows (one group per row); the grid transposed; read out row by
 * row. Each frame places every channel at a (column, row) of its own grid, so a figure can move
 * each channel from one frame to the next. The last frame is the shuffle itself: reading the
 * transposed grid row by row gives shufflePermutation(channels, rows).
 */
import { shufflePermutation } from './shuffle';

export type ShuffleStepId = 'in' | 'grid' | 'transposed' | 'out';

export interface ShuffleFrame {
  id: ShuffleStepId;
  /** the grid this frame lays the channels on */
  cols: number;
  rows: number;
  /** place[channel] = where that input channel sits in this frame */
  place: { col: number; row: number }[];
}

export function shuffleFrames(channels: number, rows: number): ShuffleFrame[] {
  if (!Number.isInteger(channels) || !Number.isInteger(rows) || rows < 1 || channels % rows !== 0) {
    throw new RangeError(`${rows} rows do not divide ${channels} channels`);
  }
  const perRow = channels / rows;
  const all = Array.from({ length: channels }, (_, i) => i);
  const perm = shufflePermutation(channels, rows);
  const outPosition = new Array<number>(channels);
  perm.forEach((src, p) => (outPosition[src] = p));
  return [
    { id: 'in', cols: channels, rows: 1, place: all.map((i) => ({ col: i, row: 0 })) },
    { id: 'grid', cols: perRow, rows, place: all.map((i) => ({ col: i % perRow, row: Math.floor(i / perRow) })) },
    {
      id: 'transposed',
      cols: rows,
      rows: perRow,
      place: all.map((i) => ({ col: Math.floor(i / perRow), row: i % perRow })),
    },
    { id: 'out', cols: channels, rows: 1, place: all.map((i) => ({ col: outPosition[i], row: 0 })) },
  ];
}

/** The channels of a frame in reading order (row by row): what flattening it gives. */
export function readOut(frame: ShuffleFrame): number[] {
  const order = frame.place.map((p, channel) => ({ channel, key: p.row * frame.cols + p.col }));
  return order.sort((a, b) => a.key - b.key).map((o) => o.channel);
}
