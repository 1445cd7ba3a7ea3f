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

const open: ModelRequest = {
  type: 'open',
  url: 'http://localhost:3000/models/digits/model.onnx?v=dev',
  warmup: { input: 'input', dims: [1, 1, 28, 28] },
};
const workerUrl = '/worker/model-worker-Ab12Cd34.js';

/**
 * A fresh copy of the module (its first-open note is per page load) and the head script run as the browser
 * would, after the <meta>s that name the page's build and worker script (pages/_document.tsx; `null` leaves
 * one out).
 */
async function visit(search: string, { build, worker }: { build?: string | null; worker?: string | null } = {}) {
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
  setMeta(mod.BUILD_META, build === undefined ? mod.buildId : build);
  setMeta(mod.WORKER_META, worker === undefined ? workerUrl : worker);
  new Function(mod.workerStartScript)();
  return mod;
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  localStorage.clear();
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete window.__bookModelWorker;
});

describe('starting the model worker from the head', () => {
  it('starts the worker its <meta> names on a first visit, and resends the first open on the next', async () => {
    const first = await visit('?model=digits');
    expect(FakeWorker.made.map((w) => w.url)).toEqual([workerUrl]);
    expect(FakeWorker.made[0].options, 'the worker is an ES module').toEqual({ type: 'module' });
    expect(FakeWorker.made[0].sent, 'nothing to resend yet').toEqual([]);
    expect(first.adoptStartedWorker()).toBe(FakeWorker.made[0]);
    expect(first.adoptStartedWorker(), 'taken once').toBeNull();
    first.noteFirstOpen(open);
    first.noteFirstOpen({ ...open, url: 'http://localhost:3000/other.onnx' }); // only the first is kept
    first.rememberFirstOpen();

    const again = await visit('?model=digits&step=stem');
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1].sent).toEqual([open]);
    expect(again.adoptStartedWorker()).toBe(FakeWorker.made[1]);
  });

  it('starts the worker but does not open a model the address no longer asks for, or from another page', async () => {
    const first = await visit('');
    first.noteFirstOpen(open);
    first.rememberFirstOpen();
    await visit('?model=fashion');
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1].sent).toEqual([]);
    window.history.replaceState(null, '', '/explorer/');
    vi.resetModules();
    const mod = await import('../../components/model/workerStart');
    new Function(mod.workerStartScript)();
    expect(FakeWorker.made[2].sent).toEqual([]);
  });

  it('drops a worker that failed to load, and resends nothing from another build', async () => {
    const first = await visit('');
    FakeWorker.made[0].fail();
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(first.adoptStartedWorker()).toBeNull();

    first.noteFirstOpen(open);
    first.rememberFirstOpen();
    // a page of a newer deploy (its <meta> names another build) starts its own worker but sends nothing
    await visit('', { build: 'newer' });
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1].sent).toEqual([]);
  });

  it('starts nothing without the <meta>s that name the build and the worker', async () => {
    await visit('', { build: null });
    await visit('', { worker: null });
    await visit('', { worker: '' });
    expect(FakeWorker.made).toHaveLength(0);
    expect(window.__bookModelWorker).toBeUndefined();
  });

  it('keeps nothing but the first open, and no address', async () => {
    const first = await visit('?model=digits');
    first.noteFirstOpen(open);
    first.rememberFirstOpen();
    const kept = JSON.parse(localStorage.getItem('book-model-worker') ?? 'null') as Record<string, unknown>;
    expect(Object.keys(kept).sort()).toEqual(['build', 'model', 'open', 'page']);
    expect(kept.model).toBe('digits');
  });

  it('has the same text in every build, so that its hash in the page’s policy is the same', async () => {
    const scriptOf = async (build: string) => {
      vi.stubEnv('NEXT_PUBLIC_BUILD_ID', build);
      vi.resetModules();
      const mod = await import('../../components/model/workerStart');
      expect(mod.buildId).toBe(build);
      return mod.workerStartScript;
    };
    expect(await scriptOf('build-a')).toBe(await scriptOf('build-b'));
    vi.unstubAllEnvs();
  });

  it('names the explorer’s model by the parameter its URL table uses', async () => {
    const { MODEL_PARAM } = await import('../../components/model/workerStart');
    expect(Object.keys(URL_STATE.explorer)).toContain(MODEL_PARAM);
  });
});
