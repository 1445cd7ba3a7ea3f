import { describe, expect, it } from 'vitest';
import {
  countCorrect,
  EXERCISE_RESULT_EVENT,
  isQuotaError,
  LEGACY_PROGRESS_KEY,
  mergeProgress,
  parseLegacyProgress,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  ProgressStore,
  recordResult,
  serializeProgress,
  summarize,
  summaryText,
  type ExerciseResult,
  type StorageLike,
} from '../../lib/progress';
import { memoryStorage } from '../helpers/memoryStorage';

/** Storage that can be read but refuses every write, as a full localStorage does. */
function fullStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const s = memoryStorage(initial);
  return {
    ...s,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

/** What a browser with storage disabled does: touching it throws a SecurityError. */
const blocked = (): StorageLike => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

/** Progress exactly as the first edition of the book stored it (same key, bare object). */
const legacyRaw = JSON.stringify({
  'review-basic-params': { correct: true, attempts: 2, updated: 1000 },
  'basic-unit-no-add': { correct: false, attempts: 1, updated: 2000 },
  broken: { correct: 'yes' },
});

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

  it('parses defensively: bad JSON, wrong shapes, other versions and bad entries are dropped', () => {
    expect(parseProgress(null)).toEqual({});
    expect(parseProgress('{not json')).toEqual({});
    expect(parseProgress('[1,2]')).toEqual({});
    expect(
      parseProgress(JSON.stringify({ version: 3, exercises: { a: { correct: true, attempts: 1, updated: 1 } } })),
    ).toEqual({});
    const p = parseProgress(serializeProgress({ ok: { correct: true, attempts: 1, updated: 5 } }));
    expect(p).toEqual({ ok: { correct: true, attempts: 1, updated: 5 } });
    expect(Object.keys(parseLegacyProgress(legacyRaw))).toEqual(['review-basic-params', 'basic-unit-no-add']);
  });

  it('merges two sets of records, the later answer winning', () => {
    const a = { x: { correct: false, attempts: 3, updated: 10 }, y: { correct: true, attempts: 1, updated: 50 } };
    const b = { x: { correct: true, attempts: 1, updated: 20 }, y: { correct: false, attempts: 1, updated: 40 } };
    expect(mergeProgress(a, b)).toEqual({ x: b.x, y: a.y });
  });

  it('recognises a full storage', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
  });
});

describe('ProgressStore', () => {
  it('records answers, persists them in the version 2 format, announces each one, and reads them back', () => {
    const storage = memoryStorage();
    const target = new EventTarget();
    const heard: ExerciseResult[] = [];
    target.addEventListener(EXERCISE_RESULT_EVENT, (e) => heard.push((e as CustomEvent<ExerciseResult>).detail));
    const store = new ProgressStore(() => storage, { now: () => 42, target });
    let changes = 0;
    store.subscribe(() => changes++);
    store.record({ id: 'ch4', correct: false });
    store.record({ id: 'ch4', correct: true });
    expect(changes).toBe(2);
    expect(heard).toEqual([
      { id: 'ch4', correct: false },
      { id: 'ch4', correct: true },
    ]);
    expect(store.getSnapshot().status).toBe('ok');
    expect(JSON.parse(storage.data.get(PROGRESS_STORAGE_KEY)!)).toEqual({
      version: 2,
      exercises: { ch4: { correct: true, attempts: 2, updated: 42 } },
    });
    expect(new ProgressStore(() => storage).getSnapshot().progress).toEqual({
      ch4: { correct: true, attempts: 2, updated: 42 },
    });
  });

  it('migrates progress stored by the first edition: merged, rewritten under the new key, old key removed', () => {
    const storage = memoryStorage({ [LEGACY_PROGRESS_KEY]: legacyRaw });
    const store = new ProgressStore(() => storage);
    const { progress, status } = store.getSnapshot();
    expect(status).toBe('ok');
    expect(progress).toEqual({
      'review-basic-params': { correct: true, attempts: 2, updated: 1000 },
      'basic-unit-no-add': { correct: false, attempts: 1, updated: 2000 },
    });
    expect(storage.data.has(LEGACY_PROGRESS_KEY)).toBe(false);
    expect(parseProgress(storage.data.get(PROGRESS_STORAGE_KEY))).toEqual(progress);
    // A later answer to a migrated exercise continues its count.
    store.record({ id: 'review-basic-params', correct: true });
    expect(store.getSnapshot().progress['review-basic-params'].attempts).toBe(3);
  });

  it('migration keeps newer records already under the new key', () => {
    const newer = { 'basic-unit-no-add': { correct: true, attempts: 2, updated: 9000 } };
    const storage = memoryStorage({
      [LEGACY_PROGRESS_KEY]: legacyRaw,
      [PROGRESS_STORAGE_KEY]: serializeProgress(newer),
    });
    const { progress } = new ProgressStore(() => storage).getSnapshot();
    expect(progress['basic-unit-no-add']).toEqual(newer['basic-unit-no-add']);
    expect(progress['review-basic-params'].correct).toBe(true);
  });

  it('when storage is blocked, counts answers in memory and says progress cannot be kept', () => {
    const store = new ProgressStore(blocked);
    expect(store.getSnapshot().status).toBe('blocked');
    store.record({ id: 'a', correct: true });
    store.record({ id: 'b', correct: false });
    const { progress, status } = store.getSnapshot();
    expect(status).toBe('blocked');
    expect(summarize(progress, ['a', 'b'])).toEqual({ correct: 1, answered: 2, total: 2 });
    store.load(); // a storage event must not wipe the page's answers
    expect(countCorrect(store.getSnapshot().progress)).toBe(1);
    store.clear();
    expect(store.getSnapshot().progress).toEqual({});
    expect(new ProgressStore(() => null).getSnapshot().status).toBe('blocked');
  });

  it('when storage is full, keeps answers in memory, says so, and leaves the first edition’s records in place', () => {
    const storage = fullStorage({ [LEGACY_PROGRESS_KEY]: legacyRaw });
    const store = new ProgressStore(() => storage);
    expect(store.getSnapshot().status).toBe('full');
    expect(storage.data.has(LEGACY_PROGRESS_KEY)).toBe(true); // not removed: they could not be rewritten
    store.record({ id: 'new-one', correct: true });
    const { progress, status } = store.getSnapshot();
    expect(status).toBe('full');
    expect(progress['new-one']).toMatchObject({ correct: true, attempts: 1 });
    expect(progress['review-basic-params']).toMatchObject({ correct: true });
  });

  it('a store that fills up while the reader answers switches to memory and back once space is free', () => {
    const storage = memoryStorage();
    let full = false;
    const flaky: StorageLike = {
      ...storage,
      setItem: (k, v) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        storage.setItem(k, v);
      },
    };
    const store = new ProgressStore(() => flaky);
    store.record({ id: 'a', correct: true });
    full = true;
    store.record({ id: 'b', correct: true });
    expect(store.getSnapshot().status).toBe('full');
    expect(countCorrect(store.getSnapshot().progress)).toBe(2);
    full = false;
    store.record({ id: 'c', correct: false });
    expect(store.getSnapshot().status).toBe('ok');
    expect(Object.keys(parseProgress(storage.data.get(PROGRESS_STORAGE_KEY)))).toEqual(['a', 'b', 'c']);
  });

  it('clears memory and both keys, and counts the clears so exercises can reset', () => {
    const storage = memoryStorage({ [LEGACY_PROGRESS_KEY]: legacyRaw });
    const store = new ProgressStore(() => storage);
    store.record({ id: 'x', correct: true });
    store.clear();
    expect(storage.data.size).toBe(0);
    expect(store.getSnapshot()).toMatchObject({ progress: {}, status: 'ok', clears: 1 });
  });

  it('reloading follows another tab that cleared the progress', () => {
    const storage = memoryStorage();
    const store = new ProgressStore(() => storage);
    store.record({ id: 'x', correct: true });
    storage.data.delete(PROGRESS_STORAGE_KEY);
    store.load();
    expect(store.getSnapshot().progress).toEqual({});
  });
});
