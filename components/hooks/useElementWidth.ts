import { useEffect, useRef, useState } from 'react';

interface WidthLimits {
  /** never narrower than this (labels need room even in a narrow column) */
  min?: number;
  /** never wider than this (a chart's natural size) */
  max?: number;
}

/**
 * The rendered width of an element in CSS pixels, kept up to date, so an SVG can be laid out at
 * its real size and its 12-pixel labels stay 12 pixels on a phone. Renders at `fallback` on the
 * server and until measured (and where nothing can be measured, as in tests).
 */
export function useElementWidth<T extends HTMLElement>(
  fallback: number,
  { min = 240, max = Infinity }: WidthLimits = {},
) {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const measured = Math.floor(el.getBoundingClientRect().width);
      if (measured > 0) setWidth(Math.max(min, Math.min(max, measured)));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [min, max]);
  return [ref, width] as const;
}
