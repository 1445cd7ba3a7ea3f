// Stroke templates of the ten digits, the way people commonly write them, for drawing test
// digits with the book's own pad (draw-pad-digits.mjs). A template is a list of strokes; a stroke
// is a polyline in a unit box (x to the right, y down, both 0…1), sampled densely enough that a
// pen following it draws the curve. Several styles per digit (a 1 with or without a flag, an open
// or closed 4, a 7 with or without a bar …). `jitter` turns a template into one writer's digit:
// slant, rotation, width, a wobbling hand and where the strokes start are all random.

const TAU = 2 * Math.PI;

/** Points on an ellipse from angle a0 to a1 (degrees; 0 = right, 90 = down, so increasing is clockwise on screen). */
function arc(cx, cy, rx, ry, a0, a1, n = 24) {
  return Array.from({ length: n + 1 }, (_, i) => {
    const a = ((a0 + ((a1 - a0) * i) / n) * Math.PI) / 180;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
  });
}

/** A polyline through the corners, with points every `step` so a pen drags along it. */
function line(...corners) {
  const out = [corners[0]];
  for (let i = 1; i < corners.length; i++) {
    const [x0, y0] = corners[i - 1];
    const [x1, y1] = corners[i];
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 0.04));
    for (let k = 1; k <= n; k++) out.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  return out;
}

const join = (...parts) => parts.flat();

/** Figure eight crossing in the middle: x = 0.5 − w·sin 2t, y = 0.5 − h·cos t. */
function eight(w, h) {
  return Array.from({ length: 49 }, (_, i) => {
    const t = (i / 48) * TAU;
    return [0.5 - w * Math.sin(2 * t), 0.5 - h * Math.cos(t)];
  });
}

export const TEMPLATES = {
  0: [[arc(0.5, 0.5, 0.32, 0.48, -90, 275, 36)], [arc(0.5, 0.5, 0.36, 0.47, -100, 250, 36)]],
  1: [
    [line([0.52, 0.02], [0.5, 1])],
    [line([0.3, 0.22], [0.55, 0.02], [0.55, 1])],
    [line([0.3, 0.2], [0.55, 0.02], [0.55, 1]), line([0.3, 1], [0.8, 1])],
  ],
  2: [
    [join(arc(0.5, 0.3, 0.32, 0.28, 190, 385, 20), line([0.78, 0.4], [0.15, 0.98], [0.88, 0.98]))],
    [join(arc(0.5, 0.32, 0.34, 0.3, 200, 400, 20), line([0.76, 0.51], [0.2, 0.95], [0.9, 0.92]))],
  ],
  3: [
    [join(arc(0.47, 0.27, 0.3, 0.25, 200, 450, 20), arc(0.47, 0.75, 0.33, 0.25, 270, 520, 20))],
    [join(line([0.2, 0.03], [0.8, 0.03], [0.45, 0.45]), arc(0.47, 0.72, 0.33, 0.27, 270, 520, 20))],
  ],
  4: [
    [line([0.62, 0.02], [0.12, 0.66], [0.9, 0.66]), line([0.66, 0.3], [0.66, 1])],
    [line([0.22, 0.02], [0.18, 0.6], [0.86, 0.6]), line([0.7, 0.02], [0.7, 1])],
  ],
  5: [
    [join(line([0.82, 0.03], [0.28, 0.03], [0.22, 0.45]), arc(0.47, 0.7, 0.33, 0.29, 225, 515, 22))],
    [
      join(line([0.28, 0.03], [0.22, 0.45]), arc(0.47, 0.7, 0.33, 0.29, 225, 515, 22)),
      line([0.28, 0.03], [0.82, 0.03]),
    ],
  ],
  6: [
    [join(line([0.72, 0.02], [0.45, 0.22], [0.26, 0.55]), arc(0.5, 0.72, 0.25, 0.27, 180, -180, 30))],
    [join(arc(0.9, 0.62, 0.62, 0.6, 250, 180, 10), arc(0.5, 0.72, 0.22, 0.26, 180, -170, 30))],
  ],
  7: [
    [line([0.1, 0.03], [0.9, 0.03], [0.4, 1])],
    [line([0.1, 0.03], [0.9, 0.03], [0.45, 1]), line([0.35, 0.52], [0.82, 0.52])],
    [line([0.12, 0.15], [0.12, 0.03], [0.88, 0.03], [0.55, 0.55], [0.5, 1])],
  ],
  8: [[eight(0.3, 0.48)], [arc(0.5, 0.25, 0.24, 0.23, 90, 450, 24), arc(0.5, 0.73, 0.3, 0.26, -90, 270, 26)]],
  9: [
    [join(arc(0.48, 0.28, 0.28, 0.26, 0, -360, 28), line([0.76, 0.28], [0.7, 1]))],
    [
      join(
        arc(0.46, 0.28, 0.28, 0.26, 10, -350, 28),
        line([0.74, 0.32], [0.72, 0.7]),
        arc(0.5, 0.7, 0.22, 0.3, 0, 110, 6),
      ),
    ],
  ],
};

/** A seeded random number generator (mulberry32), so the test set is the same every time. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One writer's version of a template, as strokes in pad pixels: the unit box scaled to `height`
 * pixels (width 0.6–0.9 of that), slanted by a shear of −0.1…0.35 (most people lean right),
 * rotated by ±8°, every point moved by a smooth wobble of up to 2.5 % of the height, and the
 * whole digit placed at a random spot that keeps it on the `side`-pixel pad.
 */
export function jitter(template, height, side, random) {
  const u = (lo, hi) => lo + (hi - lo) * random();
  const width = height * u(0.6, 0.9);
  const shear = u(-0.1, 0.35);
  const angle = (u(-8, 8) * Math.PI) / 180;
  const phase = [u(0, TAU), u(0, TAU), u(0, TAU), u(0, TAU)];
  const wobble = 0.025 * height;
  const placed = template.map((stroke) =>
    stroke.map(([x, y]) => {
      const px =
        (x - 0.5) * width -
        shear * (y - 0.5) * height +
        wobble * Math.sin(3.1 * y + 2.3 * x + phase[0]) * Math.sin(phase[1]);
      const py = (y - 0.5) * height + wobble * Math.sin(2.7 * x + 1.9 * y + phase[2]) * Math.cos(phase[3]);
      return [px * Math.cos(angle) - py * Math.sin(angle), px * Math.sin(angle) + py * Math.cos(angle)];
    }),
  );
  const xs = placed.flat().map((p) => p[0]);
  const ys = placed.flat().map((p) => p[1]);
  const margin = 14;
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cx = u(margin - x0, Math.max(margin - x0, side - margin - x1));
  const cy = u(margin - y0, Math.max(margin - y0, side - margin - y1));
  return placed.map((stroke) => stroke.map(([x, y]) => [x + cx, y + cy]));
}
