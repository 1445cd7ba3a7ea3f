// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { historyState, MIN_WRITE_GAP_MS, UrlStore } from '../../lib/urlStore';
import { HISTORY_BURST_MS } from '../../lib/urlState';

let clock = 0;
let store: UrlStore;
const query = () => Object.fromEntries(new URLSearchParams(window.location.search));

beforeEach(() => {
  vi.useFakeTimers();
  clock = 1_000_000;
  window.history.replaceState({ start: Math.random() }, '', '/book/basic-unit/?keep=1#cell-3');
  store = new UrlStore(window, () => clock);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('UrlStore', () => {
  it('reads the parameters of the URL it was opened with', () => {
    expect(store.get('keep')).toBe('1');
    expect(store.get('c')).toBeUndefined();
  });

  it('pushes a history entry for a new change and keeps path, other parameters and hash', () => {
    const push = vi.spyOn(window.history, 'pushState');
    store.set('c', '48');
    expect(push).toHaveBeenCalledTimes(1);
    expect(window.location.pathname).toBe('/book/basic-unit/');
    expect(window.location.hash).toBe('#cell-3');
    expect(query()).toEqual({ keep: '1', c: '48' });
  });

  it('replaces (not pushes) inside a burst on one key, and pushes again after the burst', () => {
    const push = vi.spyOn(window.history, 'pushState');
    const replace = vi.spyOn(window.history, 'replaceState');
    store.set('c', '2');
    for (const v of ['24', '246', '2468']) {
      clock += 50;
      store.set('c', v);
    }
    expect(store.get('c')).toBe('2468');
    vi.advanceTimersByTime(MIN_WRITE_GAP_MS);
    expect(push).toHaveBeenCalledTimes(1);
    expect(replace.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(replace.mock.calls.length).toBeLessThanOrEqual(2);
    expect(query().c).toBe('2468');
    clock += HISTORY_BURST_MS + 1;
    store.set('c', '12');
    expect(push).toHaveBeenCalledTimes(2);
  });

  it('keeps the last value of a burst in its own entry when another field starts a new one', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    const push = vi.spyOn(window.history, 'pushState');
    store.set('c', '2');
    clock += 10;
    store.set('c', '24');
    clock += 10;
    store.set('h', '14');
    expect(replace.mock.calls.at(-1)?.[2]).toBe('/book/basic-unit/?keep=1&c=24#cell-3');
    expect(push.mock.calls.at(-1)?.[2]).toBe('/book/basic-unit/?keep=1&c=24&h=14#cell-3');
  });

  it('keeps two fields written in the same tick', () => {
    store.set('h', '14');
    store.set('w', '7');
    expect(store.get('h')).toBe('14');
    expect(store.get('w')).toBe('7');
    vi.runAllTimers();
    expect(query()).toEqual({ keep: '1', h: '14', w: '7' });
  });

  it('removes a parameter set to undefined', () => {
    store.set('keep', undefined);
    expect(window.location.search).toBe('');
    expect(store.get('keep')).toBeUndefined();
  });

  it('follows Back and Forward (popstate) and tells its listeners', async () => {
    vi.useRealTimers();
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.set('c', '48');
    clock += HISTORY_BURST_MS + 1;
    store.set('c', '64');
    listener.mockClear();
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(store.get('c')).toBe('48');
    expect(listener).toHaveBeenCalled();
    off();
  });

  it('follows the URL again when someone else (the router, an anchor) changes history', () => {
    store.set('c', '48');
    window.history.pushState({ other: true }, '', '/book/other/?c=7');
    expect(store.get('c')).toBe('7');
  });

  it('drops a pending mirror write when history moves under it', () => {
    store.set('c', '2');
    clock += 10;
    store.set('c', '24');
    window.history.pushState({ other: true }, '', '/book/other/');
    vi.runAllTimers();
    expect(window.location.pathname).toBe('/book/other/');
    expect(store.get('c')).toBeUndefined();
  });

  it('writes entries the Pages Router recognises as its own (so Back from another page works)', () => {
    store.set('c', '48');
    const state = window.history.state as ReturnType<typeof historyState>;
    expect(state.__N).toBe(true);
    expect(state.as).toBe('/book/basic-unit/?keep=1&c=48#cell-3');
    expect(state.url).toBe(state.as);
    expect(state.options).toMatchObject({ shallow: true });
    expect(typeof state.key).toBe('string');
  });

  it('keeps the entry key on replace and makes a new one on push', () => {
    const first = historyState({ __N: true, key: 'abc', options: { locale: undefined } }, '/x?a=1', false);
    expect(first.key).toBe('abc');
    expect(historyState({ key: 'abc' }, '/x?a=2', true).key).not.toBe('abc');
  });
});
