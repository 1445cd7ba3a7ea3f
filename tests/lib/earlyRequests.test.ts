import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarly, requestEarly } from '../../lib/earlyRequests';
import { fetchBytes, problemOf } from '../../lib/ort';

afterEach(() => vi.unstubAllGlobals());

describe('requests begun early (the model worker’s entry)', () => {
  it('are handed over once', async () => {
    const fetchNow = vi.fn(async () => new Response('x'));
    requestEarly('https://book.test/once', fetchNow);
    requestEarly('https://book.test/once', fetchNow); // a second early request for the same URL is the first
    expect(fetchNow).toHaveBeenCalledTimes(1);
    expect(adoptEarly('https://book.test/once')).toBeDefined();
    expect(adoptEarly('https://book.test/once')).toBeUndefined();
  });

  it('are adopted by the download of the same URL, which counts their bytes and makes no request of its own', async () => {
    const later = vi.fn(async () => new Response('never'));
    vi.stubGlobal('fetch', later);
    requestEarly('https://book.test/model.onnx', async () => new Response(new Uint8Array([1, 2, 3, 4])));
    const seen: number[] = [];
    const bytes = await fetchBytes('https://book.test/model.onnx', (loaded) => seen.push(loaded));
    expect([...bytes]).toEqual([1, 2, 3, 4]);
    expect(seen.at(-1)).toBe(4);
    expect(later).not.toHaveBeenCalled();
  });

  it('that hang are timed out by their adopter, which aborts them', async () => {
    let aborted = false;
    requestEarly(
      'https://book.test/hangs.onnx',
      (_url, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => {
            aborted = true;
            reject(new DOMException('aborted', 'AbortError'));
          }),
        ),
    );
    const failure = await fetchBytes('https://book.test/hangs.onnx', undefined, { stallMs: 30 }).catch((e) => e);
    expect(problemOf(failure)?.code).toBe('noAnswer');
    expect(aborted).toBe(true);
  });
});
