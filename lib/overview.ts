/**
 * The explorer's overview of the whole network, as plain data: one item per step, grouped by stage,
 * each with the tensor it shows as a slab (its shape and which path its channels are on) and a
 * thumbnail: the mean over channels of its output (one picture per layer, not one per channel),
 * or for the head's vectors the vector itself as a strip.
 */
import type { MapScheme } from './colorMaps';
import { schemeFor } from './colorMaps';
import { channelSources } from './derivedTensors';
import type { ModelManifest } from './manifest';
import type { PlainTensor } from './ort';
import type { Step } from './steps';
import type { TensorView } from './unitDiagram';
import type { Locale } from './i18n';
import { stepsMessages } from './stepsMessages';

export interface OverviewItem {
  index: number;
  id: string;
  group: string;
  /** the tensor the slab and thumbnail show (the step's output) */
  tensor: string;
  slab: TensorView;
  scheme: MapScheme;
  /** 'map': channel mean of a C×H×W tensor; 'vector': the values of a C-vector */
  thumb: 'map' | 'vector';
}

export interface OverviewGroup {
  name: string;
  label: string;
  items: OverviewItem[];
}

function groupOf(step: Step, locale: Locale): { name: string; label: string } {
  const t = stepsMessages[locale];
  if (step.unit) return { name: `stage${step.unit.stage}`, label: t.groupStage(step.unit.stage) };
  if (step.kind === 'input' || step.kind === 'stem' || step.kind === 'maxpool') return { name: 'in', label: t.groupIn };
  return { name: 'head', label: t.groupHead };
}

function slabOf(step: Step): TensorView {
  const [c, h = 1, w = 1] = step.outputShape;
  const shape = { c, h, w };
  const path = step.op?.path;
  if (step.op?.op === 'split')
    return {
      shape: { c: c * 2, h, w },
      parts: [
        { path: 'left', channels: c },
        { path: 'right', channels: c },
      ],
      interleaved: false,
    };
  if (path === 'left' || path === 'right') return { shape, parts: [{ path, channels: c }], interleaved: false };
  if (path === 'merge' || step.kind === 'unit') {
    return {
      shape,
      parts: [
        { path: 'left', channels: c / 2 },
        { path: 'right', channels: c / 2 },
      ],
      interleaved: step.op?.op !== 'concat',
    };
  }
  return { shape, parts: [{ path: 'input', channels: c }], interleaved: false };
}

export function overviewGroups(
  steps: readonly Step[],
  manifest: ModelManifest,
  locale: Locale = 'en',
): OverviewGroup[] {
  const groups: OverviewGroup[] = [];
  for (const step of steps) {
    const g = groupOf(step, locale);
    let group = groups[groups.length - 1];
    if (!group || group.name !== g.name) groups.push((group = { ...g, items: [] }));
    const tensor = step.op?.op === 'split' ? step.unit!.input : step.tensors[step.tensors.length - 1];
    const spec = manifest.outputs.find((o) => o.name === tensor);
    const values =
      tensor === manifest.input.name
        ? 'input'
        : (step.op?.values ?? spec?.layer?.values ?? (step.kind === 'logits' ? 'signed' : 'nonnegative'));
    group.items.push({
      index: step.index,
      id: step.id,
      group: g.name,
      tensor,
      slab: slabOf(step),
      scheme: schemeFor(values),
      thumb: step.outputShape.length === 1 ? 'vector' : 'map',
    });
  }
  return groups;
}

/** The mean over channels of a C×H×W tensor (batch 1), as one H×W map. */
export function channelMean(data: Float32Array, dims: readonly number[]): Float32Array {
  const [, c, h, w] = dims.length === 4 ? dims : [1, ...dims];
  const plane = h * w;
  const out = new Float32Array(plane);
  for (let k = 0; k < c; k++) for (let i = 0; i < plane; i++) out[i] += data[k * plane + i];
  for (let i = 0; i < plane; i++) out[i] /= c;
  return out;
}

/** A tensor the runtime returned (a data property), not one withDerivedTensors would build on access. */
function returned(tensors: Record<string, PlainTensor>, name: string): PlainTensor | undefined {
  return Object.getOwnPropertyDescriptor(tensors, name)?.value as PlainTensor | undefined;
}

/**
 * The mean over channels of tensor `name` (one H×W plane) for its thumbnail, read from the tensors
 * the runtime returned: a derived tensor's channels (concat, shuffle, split halves) are summed where
 * they lie (channelSources), so no concat or shuffle is built on every input change. Null when a
 * tensor it needs was not returned.
 */
export function thumbnailMean(
  manifest: ModelManifest,
  tensors: Record<string, PlainTensor>,
  name: string,
): Float32Array | null {
  const sources = channelSources(manifest, name);
  if (!sources) {
    const t = returned(tensors, name);
    return t ? channelMean(t.data, t.dims) : null;
  }
  const planes = sources.map((s) => returned(tensors, s.tensor));
  const first = planes[0];
  if (!first || planes.some((t) => !t)) return null;
  const plane = first.dims[first.dims.length - 1] * first.dims[first.dims.length - 2];
  const out = new Float32Array(plane);
  sources.forEach(({ channel }, k) => {
    const data = planes[k]!.data;
    for (let i = 0, o = channel * plane; i < plane; i++) out[i] += data[o + i];
  });
  for (let i = 0; i < plane; i++) out[i] /= sources.length;
  return out;
}
