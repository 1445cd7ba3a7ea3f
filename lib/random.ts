/**
 * The book's one seeded random generator. Seeded, so a "random" figure is the same in the static
 * HTML and after hydration, and a generated network has the same weights on every machine.
 */

/** mulberry32: a tiny, fast 32-bit seeded generator; uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n values uniform in [−a, a] from the generator. */
export function uniformArray(random: () => number, n: number, a: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = (2 * random() - 1) * a;
  return out;
}

/** A uniformly random ordering of 0 … n−1 (Fisher–Yates), the same for the same seed. */
export function randomPermutation(n: number, seed: number): number[] {
  const random = mulberry32(seed);
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}
