/**
 * Figures are tested like Observable Plot tests its marks: the drawing on fixed inputs is
 * compared with a committed snapshot, so that a swapped branch column, a reversed shuffle line
 * or the wrong colour on a path fails a test. The markup is normalised first so that a
 * snapshot changes only when the drawing does:
 *
 * - React's generated ids (`useId`: «r0», :r0:, _r_0_) and the references to them become id-1, id-2, …
 * - CSS-module class hashes (`_diagram_1a2b3c` from Vite) become the bare local name;
 * - numbers are rounded to 2 decimals (sub-pixel noise is not a change);
 * - every element starts on its own line, so a diff points at the element that changed.
 *
 * Use with vitest's file snapshots:
 *   await expect(figureSnapshot(container)).toMatchFileSnapshot('__snapshots__/unit-basic.svg');
 */
export function figureSnapshot(node: Element | string): string {
  let html = typeof node === 'string' ? node : node.outerHTML;
  const ids = new Map<string, string>();
  const idFor = (raw: string) => {
    if (!ids.has(raw)) ids.set(raw, `id-${ids.size + 1}`);
    return ids.get(raw)!;
  };
  // React 19 ids look like «r0» or _r_0_ (older :r0:), possibly with a prefix a component adds.
  html = html.replace(/[\w-]*(?:«r[\da-z]+»|:r[\da-z]+:|_r_[\da-z]+_)[\w-]*/g, (m) => idFor(m));
  // Vite's CSS-module names: _local_hash (hash of 5+ base36/62 characters).
  html = html.replace(/\b_([A-Za-z][\w-]*?)_[\da-z]{5,}\b/g, '$1');
  html = html.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (m) => {
    const rounded = Math.round(Number(m) * 100) / 100;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
  return html.replace(/></g, '>\n<') + '\n';
}

/** A canvas figure's snapshot: the view model handed to the canvas, rounded, as stable JSON. */
export function modelSnapshot(value: unknown): string {
  return (
    JSON.stringify(
      value,
      (_key, v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v),
      2,
    ) + '\n'
  );
}
