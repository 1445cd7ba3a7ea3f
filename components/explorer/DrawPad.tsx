import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { rgbaToGray, type GrayImage } from '../../lib/preprocess';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Explorer.module.css';

const SIDE = 280;
/** Stroke width on the 280-pixel pad: after scaling a ~200-pixel digit into 20 pixels it is ~2 pixels, like MNIST's pen. */
const BRUSH = 20;

interface DrawPadProps {
  /** called with the pad's ink (0..255) while drawing, at most once per animation frame */
  onDraw(image: GrayImage): void;
  onClear(): void;
  /** whether the drawing is the model's input; when another input is chosen the pad is wiped */
  active: boolean;
}

/**
 * A canvas to draw on with mouse, touch or pen (pointer events), white ink on black like the data.
 * Keyboard users pick inputs from the gallery instead (the explorer says so next to the pad).
 */
export function DrawPad({ onDraw, onClear, active }: DrawPadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const frame = useRef(0);
  const [empty, setEmpty] = useState(true);
  const t = useMessages(explorerMessages);

  const clearCanvas = () => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, SIDE, SIDE);
    setEmpty(true);
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  // A gallery sample or a picture replaced the drawing: start the next drawing on a clean pad.
  useEffect(() => {
    if (!active) clearCanvas();
  }, [active]);

  const emit = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const ctx = canvas.current?.getContext('2d', { willReadFrequently: true });
      if (ctx) onDraw(rgbaToGray(ctx.getImageData(0, 0, SIDE, SIDE).data, SIDE, SIDE, 0));
    });
  };

  const point = (e: { clientX: number; clientY: number }) => {
    const rect = canvas.current!.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) * SIDE) / rect.width, y: ((e.clientY - rect.top) * SIDE) / rect.height };
  };

  const stroke = (to: { x: number; y: number }) => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const from = last.current ?? to;
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = BRUSH;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + (from === to ? 0.01 : 0), to.y);
    ctx.stroke();
    last.current = to;
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    e.currentTarget.setPointerCapture(e.pointerId);
    setEmpty(false);
    last.current = null;
    stroke(point(e));
    emit();
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
    const events = e.nativeEvent.getCoalescedEvents?.() ?? [e.nativeEvent];
    for (const ev of events.length ? events : [e.nativeEvent]) stroke(point(ev));
    emit();
  };
  const onPointerUp = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    last.current = null;
    emit();
  };

  return (
    <div className={styles.pad}>
      <div className={styles.padFrame}>
        <canvas
          ref={canvas}
          width={SIDE}
          height={SIDE}
          className={styles.padCanvas}
          role="img"
          aria-label={t.padLabel}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          data-draw-pad=""
        />
        {empty && (
          <span className={styles.padHint} aria-hidden="true">
            {t.drawHere}
          </span>
        )}
      </div>
      <button
        type="button"
        className="btn"
        onClick={() => {
          clearCanvas();
          onClear();
        }}>
        {t.clearDrawing}
      </button>
    </div>
  );
}
