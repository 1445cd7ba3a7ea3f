/**
 * The view model of one tensor's maps in the explorer, as plain numbers: which colour map, over
 * which value range (one shared range, or one per map), at how many screen pixels per value, in
 * how many columns. The canvas only paints what this says, so tests snapshot this object.
 *
 * Sizes: a map of 7×7 or smaller is at least 48 screen pixels a side on a desktop (about 28 on a
 * phone), drawn with nearest-neighbour blocks so every value stays a visible square; larger maps
 * get about 56 pixels (a phone: about 42).
 */
import { schemeDomain, schemeFor, type MapScheme } from './colorMaps';
import { channelDomains, gridLayout, sharedDomain, type GridLayout, type MapTensor } from './featureMaps';
import type { OutputValues } from './manifest';

export type Contrast = 'shared' | 'per-map';

/** Below this width (CSS pixels) maps are sized for a phone. */
export const PHONE_WIDTH = 480;
export const DESKTOP_MAP = 48;
export const PHONE_MAP = 28;

export interface MapView {
  scheme: MapScheme;
  /** the range of the colour scale shown (shared, or the union of the per-map ranges) */
  domain: [number, number];
  /** per-map contrast: one range per drawn map */
  mapDomains: [number, number][] | null;
  layout: GridLayout;
  /** screen pixels a side of one map */
  mapPixels: number;
}

/** Screen pixels per value for a map of h×w in a container `width` pixels wide. */
export function pixelsPerValue(h: number, w: number, width: number, phone = width < PHONE_WIDTH): number {
  const side = Math.max(h, w);
  const target = side <= 7 ? (phone ? PHONE_MAP : DESKTOP_MAP) : phone ? 42 : 56;
  return Math.max(1, Math.ceil(target / side));
}

/**
 * The view of `tensor` (values of kind `values`) in `width` pixels. `shared` is the range shared
 * with the maps it is compared with (default: its own); with 'per-map' contrast each map spans its own range.
 */
export function mapView(
  tensor: MapTensor,
  values: OutputValues | 'input',
  width: number,
  {
    contrast = 'shared',
    shared,
    columns,
    phone,
  }: {
    contrast?: Contrast;
    shared?: readonly [number, number];
    columns?: number;
    /** sized for a phone (default: when `width` is narrow); a half-width grid on a desktop passes false */
    phone?: boolean;
  } = {},
): MapView {
  const scheme = schemeFor(values);
  const scale = pixelsPerValue(tensor.height, tensor.width, width, phone);
  const layout = gridLayout(tensor.channels, tensor.height, tensor.width, {
    maxWidth: width,
    minScale: scale,
    maxScale: scale,
    columns,
    gap: 3,
  });
  const domain = schemeDomain(scheme, shared ?? sharedDomain([tensor.data]));
  const mapDomains = contrast === 'per-map' ? channelDomains(tensor).map((d) => schemeDomain(scheme, d)) : null;
  return { scheme, domain, mapDomains, layout, mapPixels: scale * Math.max(tensor.height, tensor.width) };
}

/** Tensors larger than this many values show at most MAP_CHANNEL_CAP maps until the reader asks for all. */
export const MAP_VALUES_CAP = 50_000;
export const MAP_CHANNEL_CAP = 64;

/**
 * How many of a tensor's maps to draw at first: all of them for the book's small models, the first
 * MAP_CHANNEL_CAP for a large one (116 maps of 28×28 or 1,024 of 7×7 in a torchvision model), so the
 * page stays quick and each map big enough to read.
 */
export function shownChannels(channels: number, height: number, width: number): number {
  return channels > MAP_CHANNEL_CAP && channels * height * width > MAP_VALUES_CAP ? MAP_CHANNEL_CAP : channels;
}
