/**
 * Cost of a single convolution layer, the way the ShuffleNetV2 paper counts it (Sec. 2–3):
 * - FLOPs are multiply-adds (the paper's convention, like MobileNet's): one per weight per output position.
 * - MAC (memory access cost) counts elements read or written, assuming on-chip memory is
 *   large enough to hold the weights: read the input feature map, write the output feature
 *   map, read the weights once. For a 1×1 convolution this is the paper's hw(c₁+c₂) + c₁c₂.
 */
export interface ConvLayer {
  /** input height and width */
  h: number;
  w: number;
  cin: number;
  cout: number;
  kernel: number;
  stride: number;
  groups: number;
}

export function conv(partial: Partial<ConvLayer> & Pick<ConvLayer, 'h' | 'w' | 'cin' | 'cout'>): ConvLayer {
  return { kernel: 1, stride: 1, groups: 1, ...partial };
}

export function validateConv(layer: ConvLayer): string | null {
  const { cin, cout, groups, kernel, stride, h, w } = layer;
  for (const [name, v] of Object.entries({ h, w, cin, cout, groups, kernel, stride })) {
    if (!Number.isInteger(v) || v < 1) return `${name} must be a positive whole number (got ${v}).`;
  }
  if (cin % groups !== 0 || cout % groups !== 0) {
    return `groups = ${groups} must divide both input (${cin}) and output (${cout}) channels.`;
  }
  return null;
}

/** Output size with "same" padding (k//2), as every convolution in ShuffleNetV2 uses. */
export function outSize(size: number, stride: number): number {
  return Math.ceil(size / stride);
}

export function convParams(l: ConvLayer): number {
  return l.kernel * l.kernel * (l.cin / l.groups) * l.cout;
}

export function convFlops(l: ConvLayer): number {
  return outSize(l.h, l.stride) * outSize(l.w, l.stride) * convParams(l);
}

export function convMac(l: ConvLayer): number {
  return l.h * l.w * l.cin + outSize(l.h, l.stride) * outSize(l.w, l.stride) * l.cout + convParams(l);
}

/**
 * G1's bound: for a 1×1 conv with B = hw·c₁·c₂ FLOPs, the mean-value inequality
 * c₁ + c₂ ≥ 2√(c₁c₂) gives MAC ≥ 2√(hwB) + B/(hw), with equality exactly when c₁ = c₂.
 */
export function macLowerBound(flops: number, h: number, w: number): number {
  return 2 * Math.sqrt(h * w * flops) + flops / (h * w);
}

/**
 * Channel widths (c₁, c₂) of a 1×1 conv with ratio c₂/c₁ = `ratio` whose FLOPs are as close as
 * whole channels allow to `flops` at h×w. Returned widths are rounded; compute the real FLOPs
 * from them rather than trusting `flops`.
 */
export function channelsForRatio(flops: number, h: number, w: number, ratio: number): { c1: number; c2: number } {
  const c1 = Math.max(1, Math.round(Math.sqrt(flops / (h * w * ratio))));
  const c2 = Math.max(1, Math.round(c1 * ratio));
  return { c1, c2 };
}
