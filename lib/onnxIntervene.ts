/**
 * Interventions on the book's trained network, as real ONNX graph edits: at a chosen unit,
 * bypass the channel shuffle, zero the untouched half, zero the branch's output, or switch off
 * chosen channels of the unit's output. The edited model is a new ONNX file that runs in the same
 * runtime as the original; nothing is simulated in JavaScript.
 *
 * Every edit has the same shape: the node that produces tensor T is made to produce T__original
 * instead, and new nodes compute T from it. Every consumer of T — the next unit, and T as a graph
 * output, which is what the explorer draws — then sees the intervened tensor. Tensor names are the
 * model's own: `stageS.unitU.left` (a basic unit's untouched half, straight from its Split),
 * `.right` (the branch output), `.concat` and `.shuffle` (the unit's output).
 *
 * The V1-units twin names its tensors differently, because a V1 unit is built differently: its
 * shuffle sits inside the main branch (`.main.conv1` → `.main.shuffle` → `.main.dw` → `.main`),
 * the branch is added to the input (or concatenated with it, average-pooled, at stride 2), and
 * `.out` is the unit's output. The same interventions mean the same thing there — bypass the
 * shuffle, zero the branch, switch off output channels — except zeroing the untouched half: a V1
 * unit has none.
 */
import { onnx } from 'onnx-proto';
import { V1_NO_UNTOUCHED_HALF } from './interventionKinds';

export type Intervention =
  | { kind: 'bypass-shuffle'; unit: string }
  | { kind: 'zero-untouched'; unit: string }
  | { kind: 'zero-branch'; unit: string }
  | { kind: 'channels-off'; unit: string; channels: readonly number[] };

// The kinds' labels: lib/interventionKinds.ts (plain data a page can import without the ONNX tooling).
export { INTERVENTION_LABEL } from './interventionKinds';

const ORIGINAL = '__original';
const FLOAT = onnx.TensorProto.DataType.FLOAT;

function producerOf(graph: onnx.IGraphProto, tensor: string): onnx.INodeProto {
  const node = graph.node?.find((n) => n.output?.includes(tensor));
  if (!node) throw new Error(`The model has no tensor "${tensor}" to intervene on.`);
  return node;
}

/** Re-route: the producer of `tensor` now writes `tensor__original`; `build` computes `tensor` from it. */
function replaceTensor(
  graph: onnx.IGraphProto,
  tensor: string,
  build: (original: string) => { nodes: onnx.INodeProto[]; initializers?: onnx.ITensorProto[] },
): void {
  const producer = producerOf(graph, tensor);
  const original = `${tensor}${ORIGINAL}`;
  producer.output = producer.output!.map((o) => (o === tensor ? original : o));
  const { nodes, initializers = [] } = build(original);
  const at = graph.node!.indexOf(producer) + 1;
  graph.node!.splice(at, 0, ...nodes);
  graph.initializer = [...(graph.initializer ?? []), ...initializers];
}

function floatTensor(name: string, dims: number[], values: Float32Array): onnx.ITensorProto {
  return onnx.TensorProto.create({ name, dims, dataType: FLOAT, rawData: new Uint8Array(values.buffer.slice(0)) });
}

/** Channel count of a tensor that is a graph output (the model declares every tensor the book shows). */
function channelsOf(graph: onnx.IGraphProto, tensor: string): number {
  const out = graph.output?.find((o) => o.name === tensor);
  const dim = out?.type?.tensorType?.shape?.dim?.[1]?.dimValue;
  if (dim === undefined || dim === null) throw new Error(`The model does not declare the shape of "${tensor}".`);
  return Number(dim);
}

function scaled(
  tensor: string,
  original: string,
  scale: onnx.ITensorProto,
): ReturnType<Parameters<typeof replaceTensor>[2]> {
  return {
    nodes: [
      onnx.NodeProto.create({
        name: `${tensor}/intervention`,
        opType: 'Mul',
        input: [original, scale.name!],
        output: [tensor],
      }),
    ],
    initializers: [scale],
  };
}

/** Whether `unit` is a ShuffleNet V1 unit (the V1-units twin): it has an `.out` tensor and no `.shuffle`. */
export function isV1Unit(graph: onnx.IGraphProto, unit: string): boolean {
  return !!graph.node?.some((n) => n.output?.includes(`${unit}.out`));
}

function applyV1(graph: onnx.IGraphProto, edit: Intervention): void {
  const t = (part: string) => `${edit.unit}.${part}`;
  switch (edit.kind) {
    case 'bypass-shuffle':
      // the second group conv reads the first one's output in its original channel order
      replaceTensor(graph, t('main.shuffle'), () => ({
        nodes: [
          onnx.NodeProto.create({
            name: `${t('main.shuffle')}/bypass`,
            opType: 'Identity',
            input: [t('main.conv1')],
            output: [t('main.shuffle')],
          }),
        ],
      }));
      return;
    case 'zero-untouched':
      throw new Error(V1_NO_UNTOUCHED_HALF);
    case 'zero-branch':
      replaceTensor(graph, t('main'), (original) =>
        scaled(t('main'), original, floatTensor(`${t('main')}/zero`, [], new Float32Array([0]))),
      );
      return;
    case 'channels-off':
      maskChannels(graph, t('out'), edit.unit, edit.channels);
      return;
  }
}

function maskChannels(graph: onnx.IGraphProto, tensor: string, unit: string, channels: readonly number[]): void {
  const c = channelsOf(graph, tensor);
  const mask = new Float32Array(c).fill(1);
  for (const ch of channels) {
    if (!Number.isInteger(ch) || ch < 0 || ch >= c)
      throw new Error(`Channel ${ch} does not exist: ${unit} has ${c} channels.`);
    mask[ch] = 0;
  }
  replaceTensor(graph, tensor, (original) =>
    scaled(tensor, original, floatTensor(`${tensor}/mask`, [1, c, 1, 1], mask)),
  );
}

function apply(graph: onnx.IGraphProto, edit: Intervention): void {
  if (isV1Unit(graph, edit.unit)) return applyV1(graph, edit);
  const t = (part: string) => `${edit.unit}.${part}`;
  switch (edit.kind) {
    case 'bypass-shuffle':
      // The unit's output becomes its concat: the shuffle's nodes still run, their result is unused.
      replaceTensor(graph, t('shuffle'), () => ({
        nodes: [
          onnx.NodeProto.create({
            name: `${t('shuffle')}/bypass`,
            opType: 'Identity',
            input: [t('concat')],
            output: [t('shuffle')],
          }),
        ],
      }));
      return;
    case 'zero-untouched':
    case 'zero-branch': {
      const tensor = t(edit.kind === 'zero-untouched' ? 'left' : 'right');
      if (edit.kind === 'zero-untouched' && producerOf(graph, tensor).opType !== 'Split') {
        throw new Error(`${edit.unit} is a down-sampling unit: it has no untouched half to zero.`);
      }
      replaceTensor(graph, tensor, (original) =>
        scaled(tensor, original, floatTensor(`${tensor}/zero`, [], new Float32Array([0]))),
      );
      return;
    }
    case 'channels-off':
      maskChannels(graph, t('shuffle'), edit.unit, edit.channels);
      return;
  }
}

/** A new ONNX model with the interventions applied in order; the input bytes are not modified. */
export function intervene(modelBytes: Uint8Array, edits: readonly Intervention[]): Uint8Array {
  const model = onnx.ModelProto.decode(modelBytes);
  for (const edit of edits) apply(model.graph!, edit);
  return onnx.ModelProto.encode(model).finish();
}
