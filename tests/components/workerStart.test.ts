// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ModelRequest } from '../../lib/modelProtocol';
import { URL_STATE } from '../../lib/urlKeys';

/** A stand-in for the browser's Worker: records what it was started with and sent. */
class FakeWorker {
  static made: FakeWorker[] = [];
  sent: unknown[] = [];
  terminated = false;
  private listeners: Record<string, (() => void)[]> = {};
  constructor(
    public url: string,
    public options?: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  addEventListener(type: string, listener: () => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  terminate() {
    this.terminated = true;
  }
  fail() {
    this.listeners.error?.forEach((l) => l());
  }
}

const workerUrl = '/worker/model-worker-Ab12Cd34.js';
const opens = {
  default: 'digits',
  models: {
    digits: { url: '/models/digits/model.onnx?v=b1', warmup: { input: 'input', dims: [1, 1, 28, 28] } },
    fashion: { url: '/models/fashion/model.onnx?v=b1', warmup: { input: 'input', dims: [1, 1, 32, 32] } },
  },
};
const openOf = (name: 'digits' | 'fashion'): ModelRequest => ({
  type: 'open',
  url: `http://localhost:3000${opens.models[name].url}`,
  warmup: opens.models[name].warmup,
});

/** The request the head script gave a worker as its name (what the worker handles first). */
const firstRequest = (worker: FakeWorker): unknown => JSON.parse(worker.options?.name || 'null');

/**
 * A fresh copy of the module and the head script run as the browser would, after the <meta>s that name
 * the worker's script and the models' open requests (pages/_document.tsx; `null` leaves one out).
 */
async function visit(search: string, metas: { worker?: string | null; opens?: string | null } = {}) {
  window.history.replaceState(null, '', `/explore/${search}`);
  vi.resetModules();
  const mod = await import('../../components/model/workerStart');
  const setMeta = (name: string, content: string | null) => {
    document.head.querySelectorAll(`meta[name="${name}"]`).forEach((m) => m.remove());
    if (content === null) return;
    const meta = document.createElement('meta');
    meta.name = name;
    meta.content = content;
    document.head.append(meta);
  };
  setMeta(mod.WORKER_META, metas.worker === undefined ? workerUrl : metas.worker);
  setMeta(mod.OPENS_META, metas.opens === undefined ? JSON.stringify(opens) : metas.opens);
  new Function(mod.workerStartScript)();
  return mod;
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete window.__bookModelWorker;
});

describe('starting the model worker from the head', () => {
  it('starts the worker its <meta> names and opens the model the address asks for', async () => {
    const mod = await visit('?model=fashion&step=stem');
    expect(FakeWorker.made.map((w) => w.url)).toEqual([workerUrl]);
    expect(FakeWorker.made[0].options?.type, 'the worker is an ES module').toBe('module');
    expect(firstRequest(FakeWorker.made[0]), 'the first request travels as its name').toEqual(openOf('fashion'));
    expect(FakeWorker.made[0].sent, 'and is not posted as well').toEqual([]);
    expect(mod.adoptStartedWorker()).toBe(FakeWorker.made[0]);
    expect(mod.adoptStartedWorker(), 'taken once').toBeNull();
  });

  it('opens the default model for an address without one, or with a name the page does not know', async () => {
    await visit('');
    await visit('?model=cifar');
    await visit('?model=__proto__');
    expect(FakeWorker.made.map(firstRequest)).toEqual([openOf('digits'), openOf('digits'), openOf('digits')]);
  });

  it('drops a worker that failed to load', async () => {
    const mod = await visit('');
    FakeWorker.made[0].fail();
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(mod.adoptStartedWorker()).toBeNull();
  });

  it('starts nothing without the worker’s <meta>, and opens nothing without the opens', async () => {
    await visit('', { worker: null });
    await visit('', { worker: '' });
    expect(FakeWorker.made).toHaveLength(0);
    expect(window.__bookModelWorker).toBeUndefined();
    await visit('', { opens: null });
    await visit('', { opens: 'not json' });
    expect(FakeWorker.made.map((w) => w.options?.name)).toEqual(['', '']);
  });

  it('sends the request the page itself sends for the model', async () => {
    const { modelOpening } = await import('../../components/model/catalog');
    const { HEAD_OPENS } = await import('../../components/model/headOpens');
    expect(Object.keys(HEAD_OPENS.models).sort()).toEqual(['digits', 'fashion']);
    for (const name of ['digits', 'fashion'] as const) expect(HEAD_OPENS.models[name]).toEqual(modelOpening(name));
    expect(HEAD_OPENS.default).toBe(URL_STATE.explorer.model.codec.parse(undefined));
  });

  it('has the same text in every build, so that its hash in the page’s policy is the same', async () => {
    const scriptOf = async (build: string) => {
      vi.stubEnv('NEXT_PUBLIC_BUILD_ID', build);
      vi.stubEnv('NEXT_PUBLIC_MODEL_WORKER', `/worker/model-worker-${build}.js`);
      vi.resetModules();
      return (await import('../../components/model/workerStart')).workerStartScript;
    };
    expect(await scriptOf('build-a')).toBe(await scriptOf('build-b'));
    vi.unstubAllEnvs();
  });

  it('names the explorer’s model by the parameter its URL table uses', async () => {
    const { MODEL_PARAM } = await import('../../components/model/workerStart');
    expect(Object.keys(URL_STATE.explorer)).toContain(MODEL_PARAM);
  });
});
