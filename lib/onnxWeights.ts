/**
 * The weights and biases stored in an ONNX file (its float initializers), read with onnx-proto:
 * what the explorer needs to recompute one value of a convolution or of the FC layer from the
 * very numbers the runtime uses (in the shipped models every BatchNorm is already folded into
 * its convolution, so these are the folded weights).
 */
import type { onnx } from 'onnx-proto';
import { decodeModel, tensorValues } from './onnxRecognizeGraph';
import type { PlainTensor } from './ort';

/** Every float initializer of a decoded model, by name, as a plain tensor. */
export function floatInitializers(model: onnx.IModelProto): Map<string, PlainTensor> {
  const out = new Map<string, PlainTensor>();
  for (const t of model.graph?.initializer ?? []) {
    const v = tensorValues(t);
    if (!t.name || !v || v.isInt) continue;
    out.set(t.name, { data: Float32Array.from(v.values), dims: v.dims });
  }
  return out;
}

/** Decodes the model bytes once and returns a reader of named initializers (decoding is lazy, on first use). */
export function weightReader(bytes: Uint8Array): (names: readonly string[]) => Record<string, PlainTensor> {
  let table: Map<string, PlainTensor> | null = null;
  return (names) => {
    table ??= floatInitializers(decodeModel(bytes));
    const out: Record<string, PlainTensor> = {};
    for (const name of names) {
      const t = table.get(name);
      if (!t) throw new RangeError(`The model file has no weights named “${name}”.`);
      // A copy, so that sending it to the page (which may transfer it) never detaches the cached one.
      out[name] = { data: t.data.slice(), dims: [...t.dims] };
    }
    return out;
  };
}
