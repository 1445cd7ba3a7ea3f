import { describe, expect, it } from 'vitest';
import { fetchBytes, latestOnly, startRuntime } from '../../lib/ort';

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
    const a = run(1),
      b = run(2),
      c = run(3);
    release();
    expect(await Promise.all([a, b, c])).toEqual([10, null, 30]);
    expect(started).toEqual([1, 3]);
  });
  it('passes errors through', async () => {
    const run = latestOnly(async () => {
      throw new Error('boom');
    });
    await expect(run()).rejects.toThrow('boom');
  });
});

describe('fetchBytes failures name the file and what to try', () => {
  const realFetch = globalThis.fetch;
  const withFetch = async (fake: typeof fetch, run: () => Promise<void>) => {
    globalThis.fetch = fake;
    try {
      await run();
    } finally {
      globalThis.fetch = realFetch;
    }
  };

  it('an HTTP error', async () => {
    await withFetch(
      async () => new Response('nope', { status: 404, statusText: 'Not Found' }),
      async () => {
        await expect(fetchBytes('https://book.example/models/digits/model.onnx?v=1')).rejects.toThrow(
          'The server answered “404 Not Found” for model.onnx.',
        );
      },
    );
  });

  it('a request that hangs before answering times out', async () => {
    const hang: typeof fetch = (_url, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    await withFetch(hang, async () => {
      await expect(fetchBytes('https://book.example/samples.bin', undefined, { stallMs: 30 })).rejects.toThrow(
        'The server did not answer the request for samples.bin within 0.03 seconds.',
      );
    });
  });

  it('a body that stops arriving times out', async () => {
    const stalls: typeof fetch = async (_url, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(10));
          init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { headers: { 'Content-Length': '100' } });
    };
    await withFetch(stalls, async () => {
      await expect(fetchBytes('https://book.example/model.onnx', undefined, { stallMs: 30 })).rejects.toThrow(
        'The download of model.onnx stopped: nothing arrived for 0.03 seconds.',
      );
    });
  });

  it('a body shorter than announced is incomplete; progress counts the bytes', async () => {
    const short: typeof fetch = async () => new Response(new Uint8Array(40), { headers: { 'Content-Length': '100' } });
    const seen: number[] = [];
    await withFetch(short, async () => {
      await expect(fetchBytes('https://book.example/model.onnx', (loaded) => seen.push(loaded))).rejects.toThrow(
        'model.onnx arrived incomplete (40 of 100 bytes).',
      );
    });
    expect(seen.at(-1)).toBe(40);
  });
});

describe('startRuntime', () => {
  it("starts the runtime on its own tiny model and reports the engine's files as done", async () => {
    const reports: string[] = [];
    await startRuntime((p) => reports.push(`${p.part}${'done' in p && p.done ? ' done' : ''}`));
    expect(reports).toContain('code done');
    expect(reports).toContain('wasm done');
    // a second caller joining later hears the latest state at once
    const late: string[] = [];
    await startRuntime((p) => late.push(p.part));
    expect(late).toEqual(['code', 'wasm']);
  });
});
