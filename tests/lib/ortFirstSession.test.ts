// Its own file: the runtime starts once per JavaScript context, and these tests need one that has not started.
import fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSession, problemOf, type LoadProgress } from '../../lib/ort';

const MODEL = new Uint8Array(fs.readFileSync('public/models/digits/model.onnx'));
const served: Record<string, () => Response> = {
  'https://book.test/digits.onnx': () => new Response(MODEL),
  'https://book.test/broken.onnx': () => new Response(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])),
  'https://book.test/missing.onnx': () => new Response('no', { status: 404, statusText: 'Not Found' }),
};

afterEach(() => vi.unstubAllGlobals());

describe('the first model of a context starts the runtime with its own session', () => {
  it('a missing model is reported as missing, and the runtime it started still works for the next model', async () => {
    vi.stubGlobal('fetch', async (url: string) => served[url]());
    const reports: LoadProgress[] = [];
    const missing = getSession('https://book.test/missing.onnx', (p) => reports.push(p));
    await expect(missing).rejects.toThrow(/missing\.onnx/);
    expect(problemOf(await missing.catch((e) => e))?.code).toBe('httpStatus');
    // the runtime started meanwhile (on a stand-in): the engine's files are reported done
    expect(reports.some((p) => p.part === 'wasm' && 'done' in p && p.done)).toBe(true);

    const broken = await getSession('https://book.test/broken.onnx').catch((e) => e);
    expect(problemOf(broken)?.code).toBe('corrupt');

    const parts: string[] = [];
    const session = await getSession('https://book.test/digits.onnx', (p) =>
      parts.push(`${p.part}${'done' in p && p.done ? ' done' : ''}`),
    );
    expect(session.inputNames.length).toBe(1);
    expect(parts).toContain('model done');
    expect(parts).toContain('prepare');
  });
});
