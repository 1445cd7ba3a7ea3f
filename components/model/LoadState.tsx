import type { LoadProgress } from '../../lib/ort';
import type { ModelState } from './useModel';

function kB(bytes: number): string {
  return `${Math.round(bytes / 1024).toLocaleString('en')} kB`;
}

export function progressText(p: LoadProgress | null): string {
  if (!p || p.phase === 'runtime') return 'Loading the ONNX runtime (WebAssembly)…';
  if (p.phase === 'model') return p.total ? `Downloading the model: ${kB(p.loaded)} of ${kB(p.total)}…` : `Downloading the model: ${kB(p.loaded)}…`;
  return 'Opening the model…';
}

/**
 * What a live widget says while its model loads, and when it cannot: the reason, what to try, and
 * a Retry button. The rest of the page (prose, static figures) never depends on it.
 */
export function LoadState({ model, what = 'the live model' }: { model: ModelState; what?: string }) {
  if (model.status === 'ready') return null;
  if (model.status === 'error') {
    return (
      <div className="error-note" role="alert" data-load-state="error">
        <p style={{ margin: '0.2rem 0' }}><strong>Could not load {what}.</strong> {model.error}</p>
        <p style={{ margin: '0.2rem 0' }}>
          Try reloading the page. If it keeps failing: a browser extension or policy may block WebAssembly or the
          download of <code>{model.manifest.modelFile}</code>; very old browsers lack WebAssembly altogether. The text and
          static figures of this chapter work without it.
        </p>
        <button type="button" className="btn" onClick={model.retry}>Retry</button>
      </div>
    );
  }
  const p = model.progress;
  const fraction = p?.phase === 'model' && p.total ? p.loaded / p.total : undefined;
  return (
    <div className="output-note" role="status" data-load-state="loading">
      <div style={{ display: 'flex', gap: '0.6rem', alignItems: 'center', flexWrap: 'wrap' }}>
        {progressText(p)}
        <progress max={1} value={fraction} aria-label={`Loading ${what}`} />
      </div>
    </div>
  );
}
