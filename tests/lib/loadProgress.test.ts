import { describe, expect, it, vi } from 'vitest';
import {
  batchReports,
  megabytes,
  progressSentence,
  startParts,
  summarizeParts,
  updatePart,
} from '../../lib/loadProgress';

const expected = { code: 100_000, wasm: 14_000_000, model: 500_000, samples: 800_000 };

describe('load progress', () => {
  it('is determinate from the start: every file counts with its built-in size', () => {
    const s = summarizeParts(startParts(expected));
    expect(s).toEqual({ loaded: 0, total: 15_400_000, fraction: 0, now: 'wasm' });
    expect(progressSentence(s, false)).toBe(
      'Loading the network: 0.0 of 15.4 MB — now the engine that runs the network in your browser',
    );
  });

  it('takes the size the server reports, never below what has arrived, and counts a finished file as arrived', () => {
    let parts = startParts(expected);
    parts = updatePart(parts, 'wasm', { loaded: 3_000_000, total: 14_100_000 });
    expect(parts.wasm).toEqual({ loaded: 3_000_000, total: 14_100_000, done: false });
    parts = updatePart(parts, 'model', { loaded: 600_000, total: 0 }); // more than expected, size unknown
    expect(parts.model.total).toBe(600_000);
    parts = updatePart(parts, 'code', { loaded: 0, total: 0, done: true });
    expect(parts.code).toEqual({ loaded: 100_000, total: 100_000, done: true });
    const s = summarizeParts(parts);
    expect(s.loaded).toBe(3_700_000);
    expect(s.total).toBe(100_000 + 14_100_000 + 600_000 + 800_000);
    expect(progressSentence(s, false)).toBe(
      'Loading the network: 3.7 of 15.6 MB — now the engine that runs the network in your browser',
    );
  });

  it('names the download with the most still to come, and says when all has arrived', () => {
    let parts = startParts(expected);
    parts = updatePart(parts, 'wasm', { loaded: 14_000_000, total: 14_000_000, done: true });
    parts = updatePart(parts, 'code', { loaded: 0, total: 0, done: true });
    expect(summarizeParts(parts).now).toBe('samples');
    parts = updatePart(parts, 'samples', { loaded: 800_000, total: 800_000, done: true });
    expect(progressSentence(summarizeParts(parts), false)).toContain('now the network’s trained weights');
    parts = updatePart(parts, 'model', { loaded: 500_000, total: 500_000, done: true });
    const s = summarizeParts(parts);
    expect(s.fraction).toBe(1);
    expect(progressSentence(s, false)).toBe('Getting the network ready…');
  });

  it('formats decimal megabytes', () => {
    expect(megabytes(14_239_897)).toBe('14.2');
    expect(megabytes(3_060_000)).toBe('3.1');
  });
});

describe('batchReports', () => {
  it('hands over the reports of each interval together, in order, once per interval at most', () => {
    vi.useFakeTimers();
    try {
      const batches: number[][] = [];
      const { report } = batchReports<number>((batch) => batches.push(batch), 100);
      for (let i = 1; i <= 30; i++) report(i); // a burst: the cache delivers many chunks at once
      expect(batches).toEqual([]); // nothing redrawn mid-burst
      vi.advanceTimersByTime(100);
      expect(batches).toEqual([Array.from({ length: 30 }, (_, i) => i + 1)]);
      report(31);
      vi.advanceTimersByTime(99);
      report(32);
      vi.advanceTimersByTime(1);
      expect(batches).toHaveLength(2);
      expect(batches[1]).toEqual([31, 32]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops what waits when cancelled, and works again after', () => {
    vi.useFakeTimers();
    try {
      const batches: string[][] = [];
      const reports = batchReports<string>((batch) => batches.push(batch), 50);
      reports.report('a');
      reports.cancel();
      vi.advanceTimersByTime(100);
      expect(batches).toEqual([]);
      reports.report('b');
      vi.advanceTimersByTime(50);
      expect(batches).toEqual([['b']]);
    } finally {
      vi.useRealTimers();
    }
  });
});
