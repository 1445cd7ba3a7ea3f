import { useEffect, useRef, useState } from 'react';

/**
 * The width of a container in CSS pixels, so an SVG can be laid out at its real size and its
 * 12-pixel labels stay 12 pixels on a phone. Renders at `fallback` on the server and until measured.
 */
export function useContainerWidth<T extends HTMLElement>(fallback: number, min = 280) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0].contentRect.width);
      if (w > 0) setWidth(Math.max(min, Math.min(fallback, w)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback, min]);
  return [ref, width] as const;
}
