import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../lib/ort';

describe('latestOnly', () => {
  it('runs the first call and only the most recent of the calls made meanwhile', async () => {
    const started: number[] = [];
    let release: () => void = () => {};
    const slow = async (n: number) => {
      started.push(n);
      if (n === 1) await new Promise<void>((r) => (release = r));
      return n * 10;
    };
    const run = latestOnly(slow);
    const a = run(1), b = run(2), c = run(3);
    release();
    expect(await Promise.all([a, b, c])).toEqual([10, null, 30]);
    expect(started).toEqual([1, 3]);
  });
  it('passes errors through', async () => {
    const run = latestOnly(async () => { throw new Error('boom'); });
    await expect(run()).rejects.toThrow('boom');
  });
});
