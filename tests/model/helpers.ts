import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManifest, type ModelManifest } from '../../lib/manifest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MODEL_NAMES = ['digits', 'fashion'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export function modelDir(name: ModelName): string {
  return join(ROOT, 'public', 'models', name);
}

export function loadManifest(name: ModelName): ModelManifest {
  return parseManifest(JSON.parse(readFileSync(join(modelDir(name), 'manifest.json'), 'utf8')));
}

export function modelBytes(name: ModelName, manifest: ModelManifest): Uint8Array {
  // onnxruntime-web wants a plain Uint8Array, not a Node Buffer
  return new Uint8Array(readFileSync(join(modelDir(name), manifest.modelFile)));
}

export function modelFileSize(name: ModelName, manifest: ModelManifest): number {
  return statSync(join(modelDir(name), manifest.modelFile)).size;
}

export function samplesBytes(name: ModelName, manifest: ModelManifest): Uint8Array {
  return new Uint8Array(readFileSync(join(modelDir(name), manifest.samples.file)));
}

export interface GoldenTensor {
  shape: number[];
  offset: number;
  length: number;
}
export interface GoldenSample {
  sample: number;
  label: number;
  tensors: Record<string, GoldenTensor>;
}
export interface Golden {
  model: string;
  outputs: string[];
  samples: GoldenSample[];
  data: Float32Array;
}

export function loadGolden(name: ModelName): Golden {
  const dir = join(ROOT, 'tests', 'fixtures', 'models', name);
  const meta = JSON.parse(readFileSync(join(dir, 'golden.json'), 'utf8')) as Omit<Golden, 'data'>;
  const buf = readFileSync(join(dir, 'golden.bin'));
  // copy into an aligned buffer; golden.bin is float32 little-endian
  const bytes = new Uint8Array(buf.byteLength);
  bytes.set(buf);
  const view = new DataView(bytes.buffer);
  const data = new Float32Array(bytes.byteLength / 4);
  for (let i = 0; i < data.length; i++) data[i] = view.getFloat32(i * 4, true);
  return { ...meta, data };
}

export function goldenTensor(golden: Golden, sample: GoldenSample, name: string): Float32Array {
  const t = sample.tensors[name];
  if (!t) throw new Error(`golden has no tensor ${name}`);
  return golden.data.subarray(t.offset, t.offset + t.length);
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

export function product(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}
