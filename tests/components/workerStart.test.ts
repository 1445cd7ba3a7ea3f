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
  constructor(public url: string) {
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
const workerUrl = 'http://localhost:3000/_next/static/chunks/turbopack-worker-x.js#params=%5B%5D';

/**
 * A fresh copy of the module (its first-open note is per page load) and the head script run as the browser
 * would, after the <meta> that names the page's build (pages/_document.tsx; `build: null` leaves it out).
 */
async function visit(search: string, { build }: { build?: string | null } = {}) {
  window.history.replaceState(null, '', `/explore/${search}`);
  vi.resetModules();
  const mod = await import('../../components/model/workerStart');
  document.head.querySelectorAll(`meta[name="${mod.BUILD_META}"]`).forEach((m) => m.remove());
  if (build !== null) {
    const meta = document.createElement('meta');
    meta.name = mod.BUILD_META;
    meta.content = build ?? mod.buildId;
    document.head.append(meta);
  }
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

describe('starting the model worker from the head on a repeat visit', () => {
  it('does nothing on a first visit, then starts the remembered worker and resends the first open', async () => {
    const first = await visit('?model=digits');
    expect(FakeWorker.made).toHaveLength(0);
    expect(first.adoptStartedWorker()).toBeNull();
    first.noteFirstOpen(open);
    first.noteFirstOpen({ ...open, url: 'http://localhost:3000/other.onnx' }); // only the first is kept
    first.rememberWorkerAddress(workerUrl);

    const again = await visit('?model=digits&step=stem');
    expect(FakeWorker.made.map((w) => w.url)).toEqual([workerUrl]);
    expect(FakeWorker.made[0].sent).toEqual([open]);
    const adopted = again.adoptStartedWorker();
    expect(adopted).toBe(FakeWorker.made[0]);
    expect(again.adoptStartedWorker(), 'taken once').toBeNull();
  });

  it('starts the worker but does not open a model the address no longer asks for', async () => {
    const first = await visit('');
    first.noteFirstOpen(open);
    first.rememberWorkerAddress(workerUrl);
    await visit('?model=fashion');
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].sent).toEqual([]);
  });

  it('drops a worker that failed to load, and ignores another build’s address or a foreign one', async () => {
    const first = await visit('');
    first.rememberWorkerAddress(workerUrl);
    const again = await visit('');
    FakeWorker.made[0].fail();
    expect(FakeWorker.made[0].terminated).toBe(true);
    expect(again.adoptStartedWorker()).toBeNull();

    localStorage.setItem('book-model-worker', JSON.stringify({ build: 'older', url: workerUrl }));
    await visit('');
    expect(FakeWorker.made).toHaveLength(1);
    // the same address seen from a page of a newer deploy (its <meta> names another build), or with no <meta>
    first.rememberWorkerAddress(workerUrl);
    await visit('', { build: 'newer' });
    await visit('', { build: null });
    expect(FakeWorker.made).toHaveLength(1);

    localStorage.clear();
    first.rememberWorkerAddress('https://elsewhere.example/worker.js');
    expect(localStorage.length).toBe(0);
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
