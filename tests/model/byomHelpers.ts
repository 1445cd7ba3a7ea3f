import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Fixtures made by scripts/export-torchvision.py (see tests/fixtures/byom/make.sh). */
// (path arithmetic rather than new URL(): under jsdom, URL is jsdom's and fileURLToPath refuses it)
export const BYOM_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'byom');

export function byomBytes(file: string): Uint8Array {
  // a plain Uint8Array, not a Node Buffer (onnxruntime-web and protobufjs want one)
  return new Uint8Array(readFileSync(join(BYOM_DIR, file)));
}

export interface ByomReference {
  generatedBy: string;
  opset: number;
  params: number;
  multiplyAdds: number;
  tensors: Record<string, { shape: number[]; offset: number; length: number }>;
  data: Float32Array;
}

export function byomReference(stem: string): ByomReference {
  return readReference(join(BYOM_DIR, stem));
}

/** Reads PATH.json and PATH.bin written by export-torchvision.py --reference PATH. */
export function readReference(path: string): ByomReference {
  const meta = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as Omit<ByomReference, 'data'>;
  const buf = readFileSync(`${path}.bin`);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const data = new Float32Array(buf.byteLength / 4);
  for (let i = 0; i < data.length; i++) data[i] = view.getFloat32(i * 4, true);
  return { ...meta, data };
}

export function referenceTensor(ref: ByomReference, name: string): Float32Array {
  const t = ref.tensors[name];
  if (!t) throw new Error(`reference has no tensor ${name}`);
  return ref.data.subarray(t.offset, t.offset + t.length);
}

/** The runnable small fixtures: stages_out_channels [8, 16, 32, 64, 128], stages_repeats [2, 2, 2], 64×64. */
export const SMALL_FIXTURES = [
  { stem: 'small-opset13', opset: 13, bnFolded: true, dynamic: false },
  { stem: 'small-opset17-bn', opset: 17, bnFolded: false, dynamic: false },
  { stem: 'small-opset13-nofold', opset: 13, bnFolded: true, dynamic: false },
  // dynamic batch and size: the file does not say 64×64, the reader does
  { stem: 'small-opset17-dynamic', opset: 17, bnFolded: true, dynamic: true },
] as const;

/** What the reader (or the explorer's size field) says the input size is, for dynamic exports. */
export const smallOptions = (f: { dynamic: boolean }) => (f.dynamic ? { inputSize: 64 } : {});
