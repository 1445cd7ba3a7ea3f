import { describe, expect, it } from 'vitest';
import {
  clearAndNotify, countCorrect, dispatchResult, isWithinTolerance, listenForResults, loadProgress, parseNumericAnswer, parseProgress,
  PROGRESS_CHANGE_EVENT, PROGRESS_CLEARED_EVENT, PROGRESS_STORAGE_KEY, recordResult, RESULT_EVENT, saveProgress, summarize, summaryText,
  type StorageLike,
} from '../../lib/progress';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const broken: StorageLike = {
  getItem: () => { throw new Error('SecurityError'); },
  setItem: () => { throw new Error('QuotaExceededError'); },
  removeItem: () => { throw new Error('SecurityError'); },
};

describe('progress records', () => {
  it('keeps the latest result and counts attempts', () => {
    let p = recordResult({}, { id: 'a', correct: false }, 1);
    p = recordResult(p, { id: 'a', correct: true }, 2);
    p = recordResult(p, { id: 'b', correct: false }, 3);
    expect(p.a).toEqual({ correct: true, attempts: 2, updated: 2 });
    expect(countCorrect(p)).toBe(1);
    expect(summarize(p, ['a', 'b', 'c', 'a'])).toEqual({ correct: 1, answered: 2, total: 3 });
    expect(summaryText(summarize(p, ['a', 'b', 'c']))).toBe('1 of 3 answered correctly');
  });

  it('parses defensively: bad JSON, wrong shapes and bad entries are dropped', () => {
    expect(parseProgress(null)).toEqual({});
    expect(parseProgress('{not json')).toEqual({});
    expect(parseProgress('[1,2]')).toEqual({});
    const p = parseProgress(JSON.stringify({ ok: { correct: true, attempts: 1, updated: 5 }, bad: { correct: 'yes' }, worse: 3 }));
    expect(Object.keys(p)).toEqual(['ok']);
  });

  it('round-trips through storage, and survives storage that throws', () => {
    const s = memoryStorage();
    const p = recordResult({}, { id: 'x', correct: true }, 9);
    expect(saveProgress(s, p)).toBe(true);
    expect(loadProgress(s)).toEqual(p);
    expect(saveProgress(broken, p)).toBe(false);
    expect(loadProgress(broken)).toEqual({});
    expect(loadProgress(null)).toEqual({});
  });
});

describe('listening for exercise-result events', () => {
  it('records results dispatched by any exercise and announces the change', () => {
    const target = new EventTarget();
    const s = memoryStorage();
    let changes = 0;
    target.addEventListener(PROGRESS_CHANGE_EVENT, () => changes++);
    const stop = listenForResults(target, () => s, () => 42);
    dispatchResult(target, { id: 'ch4-perm', correct: true });
    target.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail: { id: 'other-chapter', correct: false } }));
    target.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail: { id: 7, correct: 'no' } })); // ignored
    expect(changes).toBe(2);
    expect(loadProgress(s)).toEqual({
      'ch4-perm': { correct: true, attempts: 1, updated: 42 },
      'other-chapter': { correct: false, attempts: 1, updated: 42 },
    });
    stop();
    dispatchResult(target, { id: 'after-stop', correct: true });
    expect(loadProgress(s)['after-stop']).toBeUndefined();
  });

  it('clears storage and tells the page', () => {
    const target = new EventTarget();
    const s = memoryStorage();
    s.setItem(PROGRESS_STORAGE_KEY, JSON.stringify({ a: { correct: true, attempts: 1, updated: 1 } }));
    const seen: string[] = [];
    target.addEventListener(PROGRESS_CLEARED_EVENT, () => seen.push('cleared'));
    target.addEventListener(PROGRESS_CHANGE_EVENT, () => seen.push('change'));
    expect(clearAndNotify(target, s)).toBe(true);
    expect(s.data.size).toBe(0);
    expect(seen).toEqual(['cleared', 'change']);
  });
});

describe('numeric answers', () => {
  const value = (raw: string) => {
    const r = parseNumericAnswer(raw);
    return 'value' in r ? r.value : r.error;
  };
  it('reads the ways people write numbers', () => {
    expect(value('7598')).toBe(7598);
    expect(value(' 7 598 ')).toBe(7598);
    expect(value('7\u2009598')).toBe(7598);
    expect(value('7,598')).toBe(7598);
    expect(value('1,233,180')).toBe(1233180);
    expect(value('7.95M')).toBeCloseTo(7.95e6);
    expect(value('7.6k')).toBeCloseTo(7600);
    expect(value('1e3')).toBe(1000);
    expect(value('−3')).toBe(-3);
    expect(value('.5')).toBe(0.5);
  });
  it('explains what it cannot read', () => {
    expect(value('')).toMatch(/Type a number/);
    expect(value('3,5')).toMatch(/point/);
    expect(value('12 params')).toMatch(/not a number/);
    expect(value('abc')).toMatch(/not a number/);
  });
  it('checks with absolute or relative tolerance', () => {
    expect(isWithinTolerance(7598, 7598)).toBe(true);
    expect(isWithinTolerance(7597, 7598)).toBe(false);
    expect(isWithinTolerance(7597, 7598, 1)).toBe(true);
    expect(isWithinTolerance(7.9e6, 7_949_760, 0, 0.01)).toBe(true);
    expect(isWithinTolerance(7.8e6, 7_949_760, 0, 0.01)).toBe(false);
  });
});
