/**
 * The two shipped models. Their manifests are bundled at build time (a few kB), so the architecture,
 * parameter count, multiply-adds and measured accuracy are in the static HTML of every page that
 * shows them; the weights (model.onnx) and the held-out samples are fetched only when a live part
 * of the page needs them.
 */
import digitsJson from '../../public/models/digits/manifest.json';
import fashionJson from '../../public/models/fashion/manifest.json';
import { parseManifest, type ModelManifest } from '../../lib/manifest';
import type { Framing } from '../../lib/preprocess';
import type { LoadPart } from '../../lib/loadProgress';
import type { Locale } from '../../lib/i18n';
import { MODEL_LABELS_IN } from './localNames';
import { localizeManifest } from '../../lib/manifestText';
import type { Warmup } from '../../lib/modelProtocol';

import { MODEL_NAMES, type ModelName } from '../../lib/modelNames';

export { MODEL_NAMES, type ModelName };

export const MANIFESTS: Record<ModelName, ModelManifest> = {
  digits: parseManifest(digitsJson),
  fashion: parseManifest(fashionJson),
};

// Translated on first use, not when the module loads: an English page never needs it, and the work
// would otherwise sit in the page's first long task.
const zhManifests: Partial<Record<ModelName, ModelManifest>> = {};

/** A shipped model's manifest with its reader-facing texts in the page's language (one object per edition). */
export function localManifest(name: ModelName, locale: Locale): ModelManifest {
  if (locale !== 'zh') return MANIFESTS[name];
  return (zhManifests[name] ??= localizeManifest(MANIFESTS[name], 'zh'));
}

/** Short names for controls. */
export const MODEL_LABELS = MODEL_LABELS_IN.en;

/**
 * How a drawing or picture is framed for each model: MNIST centred digits by mass inside a 20×20
 * box, Fashion-MNIST fitted each product's longer side to 28 pixels (see lib/preprocess.ts).
 */
export const FRAMING: Record<ModelName, Framing> = { digits: 'mnist', fashion: 'fit' };

/**
 * A file of a model's folder, under the site's base path (e.g. /shufflenet/models/digits/model.onnx?v=…);
 * also the twin networks' folders (twins/<variant>).
 * The query names the build: a new deploy's files never come from the previous one's caches.
 */
export function modelFileUrl(name: ModelName | `twins/${string}`, file: string): string {
  const version = process.env.NEXT_PUBLIC_BUILD_ID ? `?v=${process.env.NEXT_PUBLIC_BUILD_ID}` : '';
  return `${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/models/${name}/${file}${version}`;
}

/**
 * How a live figure opens a shipped model: its file, and the input the worker runs once on zeros before
 * reporting it open (the runtime's first run plans its memory). The explorer's head sends the same request.
 */
export function modelOpening(name: ModelName): { url: string; warmup: Warmup } {
  const manifest = MANIFESTS[name];
  return {
    url: modelFileUrl(name, manifest.modelFile),
    warmup: { input: manifest.input.name, dims: manifest.input.shape },
  };
}

interface LoadBytes {
  code: number;
  wasm: number;
  models: Partial<Record<string, { model: number; samples: number }>>;
}
const LOAD_BYTES: LoadBytes = JSON.parse(process.env.NEXT_PUBLIC_LOAD_BYTES || '{"code":0,"wasm":0,"models":{}}');

/** What a live figure of this model downloads, in bytes, as measured at build time (for a determinate bar). */
export function expectedBytes(name: ModelName): Record<LoadPart, number> {
  const files = LOAD_BYTES.models[name];
  return { code: LOAD_BYTES.code, wasm: LOAD_BYTES.wasm, model: files?.model ?? 0, samples: files?.samples ?? 0 };
}
