/**
 * Feature maps as numbers and pixels, without the DOM: slicing a CHW tensor into channels, the
 * value range that maps compared side by side share, the layout of a grid of maps, painting it
 * into an RGBA buffer, and finding which channel, row and column a point of the grid shows.
 *
 * Values are drawn in grey: the lowest value of the shared range black, the highest white — the
 * same convention as the data sets (white ink on black), so the input step looks like the digit.
 * Grey also keeps every hue free for the book's palette (identity, branch, shuffle groups), which
 * marks channels with coloured frames around their maps.
 */

export interface MapTensor {
  data: Float32Array;
  channels: number;
  height: number;
  width: number;
}

/** A tensor of shape [1, C, H, W], [C, H, W], [1, C] or [C] seen as C maps (a vector is C maps of 1×1). */
export function asMaps(data: Float32Array, shape: readonly number[]): MapTensor {
  const dims = shape.length > 1 && shape[0] === 1 ? shape.slice(1) : [...shape];
  const [channels, height = 1, width = 1] = dims;
  if (dims.length > 3 || channels * height * width !== data.length) {
    throw new RangeError(`a tensor of shape [${shape.join(', ')}] cannot hold ${data.length} values`);
  }
  return { data, channels, height, width };
}

export function channel(t: MapTensor, c: number): Float32Array {
  const n = t.height * t.width;
  return t.data.subarray(c * n, (c + 1) * n);
}

/** Channels [from, to) as their own tensor (a view, no copy). */
export function sliceChannels(t: MapTensor, from: number, to: number): MapTensor {
  const n = t.height * t.width;
  return { ...t, data: t.data.subarray(from * n, to * n), channels: to - from };
}

export function valueAt(t: MapTensor, c: number, row: number, col: number): number {
  return t.data[(c * t.height + row) * t.width + col];
}

/**
 * The range shared by maps compared side by side: [min, max] over all of them, always including 0
 * (so "no activation" is black everywhere) and never empty.
 */
export function sharedDomain(tensors: readonly ArrayLike<number>[]): [number, number] {
  let lo = 0,
    hi = 0;
  for (const t of tensors) {
    for (let i = 0; i < t.length; i++) {
      const v = t[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (hi - lo < 1e-6) hi = lo + 1;
  return [lo, hi];
}

/** The grey level 0..255 of a value in a domain (clamped). */
export function greyLevel(value: number, domain: readonly [number, number]): number {
  const t = (value - domain[0]) / (domain[1] - domain[0]);
  return Math.round(255 * Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0)));
}

export interface GridLayout {
  columns: number;
  rows: number;
  /** screen pixels per tensor value */
  scale: number;
  /** the frame around each map (in the channel's colour, if it has one) */
  pad: number;
  gap: number;
  /** one map with its frame */
  cell: number;
  cellHeight: number;
  width: number;
  height: number;
  mapWidth: number;
  mapHeight: number;
}

/**
 * Lays out `channels` maps of h×w in at most `maxWidth` pixels. Without `columns`, a map gets about
 * `targetSize` pixels a side (smaller when there are many maps, so 192 maps do not fill a screen),
 * rounded to a whole number of pixels per value, and as many columns as then fit.
 */
export function gridLayout(
  channels: number,
  h: number,
  w: number,
  {
    maxWidth,
    columns,
    minScale = 1,
    maxScale = 12,
    pad = 1,
    gap = 3,
    targetSize = defaultMapSize(channels),
  }: {
    maxWidth: number;
    columns?: number;
    minScale?: number;
    maxScale?: number;
    pad?: number;
    gap?: number;
    targetSize?: number;
  },
): GridLayout {
  const fit = (cols: number) => Math.floor((maxWidth - (cols - 1) * gap - cols * 2 * pad) / (cols * w));
  let cols = columns ?? channels;
  if (!columns) {
    const comfortable = Math.min(maxScale, Math.max(minScale, Math.round(targetSize / Math.max(h, w))));
    while (cols > 1 && fit(cols) < comfortable) cols--;
  }
  cols = Math.max(1, Math.min(cols, channels));
  const scale = Math.max(minScale, Math.min(maxScale, fit(cols)));
  const cell = w * scale + 2 * pad;
  const cellHeight = h * scale + 2 * pad;
  const rows = Math.ceil(channels / cols);
  return {
    columns: cols,
    rows,
    scale,
    pad,
    gap,
    cell,
    cellHeight,
    width: cols * cell + (cols - 1) * gap,
    height: rows * cellHeight + (rows - 1) * gap,
    mapWidth: w,
    mapHeight: h,
  };
}

/** About 48 pixels a side for a few maps, shrinking with √channels down to 16 for hundreds. */
export function defaultMapSize(channels: number): number {
  return Math.max(16, Math.min(48, 48 * Math.sqrt(32 / Math.max(1, channels))));
}

/** Which map position a point of the grid (in canvas pixels) shows, or null between maps. */
export function hitTest(
  layout: GridLayout,
  channels: number,
  x: number,
  y: number,
): { channel: number; row: number; col: number } | null {
  const gx = Math.floor(x / (layout.cell + layout.gap));
  const gy = Math.floor(y / (layout.cellHeight + layout.gap));
  if (gx < 0 || gy < 0 || gx >= layout.columns) return null;
  const index = gy * layout.columns + gx;
  if (index >= channels) return null;
  const col = Math.floor((x - gx * (layout.cell + layout.gap) - layout.pad) / layout.scale);
  const row = Math.floor((y - gy * (layout.cellHeight + layout.gap) - layout.pad) / layout.scale);
  if (col < 0 || row < 0 || col >= layout.mapWidth || row >= layout.mapHeight) return null;
  return { channel: index, row, col };
}

export type Rgb = [number, number, number];

/**
 * Paints the maps of `order` (tensor channel indices, default all in order) into an RGBA buffer of
 * layout.width × layout.height. `frames[i]` colours the frame of the i-th map drawn; without a
 * frame colour, and between maps, pixels are `background` (default: transparent, so the page shows).
 * Every pixel is written, so a buffer can be reused from one paint to the next.
 */
export function paintGrid(
  target: Uint8ClampedArray,
  layout: GridLayout,
  t: MapTensor,
  domain: readonly [number, number],
  {
    order,
    frames,
    background = null,
    lut = GREYS,
    mapDomains,
  }: {
    order?: readonly number[];
    frames?: readonly (Rgb | null)[];
    background?: Rgb | null;
    /** 256 packed colours from the low to the high end of the domain (lib/colorMaps); default grey */
    lut?: Uint32Array;
    /** a domain per drawn map (per-map contrast) instead of the one shared `domain` */
    mapDomains?: readonly (readonly [number, number])[];
  } = {},
): void {
  const { width, scale, pad, cell, cellHeight, gap, columns } = layout;
  // One 32-bit write per pixel instead of four byte writes: this runs on every input change.
  const px = new Uint32Array(target.buffer, target.byteOffset, target.length >> 2);
  px.fill(background ? pack(background) : 0);
  const channels = order ?? Array.from({ length: t.channels }, (_, i) => i);
  const plane = t.height * t.width;
  const greys = lut;
  channels.forEach((c, i) => {
    const d = mapDomains?.[i] ?? domain;
    const lo = d[0];
    const k = 255 / (d[1] - d[0]);
    const ox = (i % columns) * (cell + gap);
    const oy = Math.floor(i / columns) * (cellHeight + gap);
    const frame = frames?.[i];
    if (frame) fillRect(px, width, ox, oy, cell, cellHeight, pack(frame));
    const base = c * plane;
    for (let r = 0; r < t.height; r++) {
      const y0 = oy + pad + r * scale;
      for (let col = 0; col < t.width; col++) {
        const g = (t.data[base + r * t.width + col] - lo) * k;
        // NaN fails both comparisons and paints black, like a value at the bottom of the range
        const colour = greys[g > 0 ? (g < 255 ? Math.round(g) : 255) : 0];
        const x0 = ox + pad + col * scale;
        if (scale === 1) px[y0 * width + x0] = colour;
        else fillRect(px, width, x0, y0, scale, scale, colour);
      }
    }
  });
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** An RGB colour as one opaque RGBA pixel for a Uint32Array view of canvas data. */
export function packRgb(rgb: Rgb): number {
  return pack(rgb);
}

function pack([r, g, b]: Rgb): number {
  return LITTLE_ENDIAN
    ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0
    : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
}

const GREYS = Uint32Array.from({ length: 256 }, (_, g) => pack([g, g, g]));

function fillRect(px: Uint32Array, stride: number, x: number, y: number, w: number, h: number, colour: number) {
  for (let yy = y; yy < y + h; yy++) px.fill(colour, yy * stride + x, yy * stride + x + w);
}

/** "#2f6fae" or "rgb(47, 111, 174)" → [47, 111, 174]; unknown formats → null. */
export function parseColor(color: string): Rgb | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h =
      hex[1].length === 3
        ? hex[1]
            .split('')
            .map((c) => c + c)
            .join('')
        : hex[1];
    return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** Softmax computed stably (subtract the maximum first). */
export function softmax(values: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]);
  const e = Array.from(values, (v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** [min, max] of each channel, for per-map contrast (always including 0, never empty). */
export function channelDomains(t: MapTensor): [number, number][] {
  return Array.from({ length: t.channels }, (_, c) => sharedDomain([channel(t, c)]));
}

/** Indices of the k largest values, largest first. */
export function topK(values: ArrayLike<number>, k: number): number[] {
  return Array.from(values, (v, i) => [v, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k)
    .map(([, i]) => i);
}
