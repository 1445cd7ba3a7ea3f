import { useEffect, useRef } from 'react';

/** A 28×28 ink image drawn as it is stored: white ink on black. */
export function SampleThumb({
  pixels,
  size = 40,
  side = 28,
}: {
  pixels: Uint8Array | null;
  size?: number;
  side?: number;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || !pixels) return;
    const image = ctx.createImageData(side, side);
    for (let i = 0; i < side * side; i++) {
      const v = pixels[i];
      image.data[4 * i] = v;
      image.data[4 * i + 1] = v;
      image.data[4 * i + 2] = v;
      image.data[4 * i + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
  }, [pixels, side]);
  return (
    <canvas
      ref={ref}
      width={side}
      height={side}
      style={{ width: size, height: size, imageRendering: 'pixelated', display: 'block', background: '#000' }}
      aria-hidden="true"
    />
  );
}
