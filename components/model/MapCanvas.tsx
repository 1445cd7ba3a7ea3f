import { useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ValuePickContext } from './valuePick';
import { formatValue } from '../../lib/format';
import { hitTest, paintGrid, parseColor, type GridLayout, type MapTensor, type Rgb } from '../../lib/featureMaps';
import { resolveCssColor } from '../../lib/palette';
import { useThemeVersion } from './useThemeVersion';
import { useMessages } from '../i18n/locale';
import { modelMessages } from './modelMessages';
import styles from './FeatureMapGrid.module.css';

export interface MapCanvasProps {
  tensor: MapTensor;
  domain: readonly [number, number];
  layout: GridLayout;
  /** accessible name of the grid */
  label: string;
  /** tensor channel indices to draw, in order (default: all) */
  order?: readonly number[];
  /** frame colour (a palette value) of each drawn map; null/absent: a neutral frame */
  frames?: readonly (string | null)[];
  /** how the readout names the map at drawn position i showing tensor channel c */
  channelName?: (i: number, c: number) => string;
  /** id of the element that shows the readout (for aria-describedby) */
  readoutId: string;
  onReadout(text: string | null): void;
  /** the drawn position under the pointer or keyboard cursor */
  onCursor?(i: number | null): void;
  /** 256 packed colours for the values (lib/colorMaps' schemeLut); default grey */
  lut?: Uint32Array;
  /** one domain per drawn map (per-map contrast) instead of the shared `domain` */
  mapDomains?: readonly (readonly [number, number])[];
  /** a map was clicked, or Enter pressed on it: open it (drawn position i, tensor channel c, row, column) */
  onPick?(i: number, c: number, row: number, col: number): void;
  /** outside the explorer: clicking a value explains it (the page's ValuePickArea shows the computation) */
  pickTensor?: string;
  /** named hook for tests and the benchmark: what the canvas was handed */
  dataName?: string;
}

interface Cursor {
  i: number;
  row: number;
  col: number;
}

/**
 * Feature maps painted on one canvas, grey from the low to the high end of `domain`, with the
 * value under the pointer reported through `onReadout`. Keyboard users focus it and move with the
 * arrow keys (across map edges into the neighbouring map); Page Up/Down jump to the previous/next map.
 */
export function MapCanvas({
  tensor,
  domain,
  layout,
  label,
  order,
  frames,
  channelName,
  readoutId,
  onReadout,
  onCursor,
  lut,
  mapDomains,
  onPick: onPickGiven,
  dataName,
  pickTensor,
}: MapCanvasProps) {
  const t = useMessages(modelMessages);
  const pickValue = useContext(ValuePickContext);
  const onPick =
    onPickGiven ??
    (pickTensor && pickValue
      ? (_i: number, c: number, row: number, col: number) => pickValue(pickTensor, c, row, col)
      : undefined);
  const canvas = useRef<HTMLCanvasElement>(null);
  const buffer = useRef<ImageData | null>(null);
  const theme = useThemeVersion();
  const [cursor, setCursorState] = useState<Cursor | null>(null);
  const drawn = useMemo(() => order ?? Array.from({ length: tensor.channels }, (_, i) => i), [order, tensor.channels]);
  const count = drawn.length;

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    // Resolve each distinct palette colour once per paint (getComputedStyle is not free).
    const resolved = new Map<string, Rgb | null>();
    const resolve = (css: string) => {
      if (!resolved.has(css)) resolved.set(css, parseColor(resolveCssColor(css, el)));
      return resolved.get(css)!;
    };
    const neutral = resolve('var(--border)');
    const rgb = (css: string | null | undefined): Rgb | null => (css ? resolve(css) : null) ?? neutral;
    // Reuse the pixel buffer while the layout stays the same (every input change repaints).
    let image = buffer.current;
    if (!image || image.width !== layout.width || image.height !== layout.height)
      image = buffer.current = ctx.createImageData(layout.width, layout.height);
    paintGrid(image.data, layout, tensor, domain, {
      order: drawn,
      frames: drawn.map((_, i) => rgb(frames?.[i])),
      lut,
      mapDomains,
    });
    ctx.putImageData(image, 0, 0);
    el.dataset.painted = String(Number(el.dataset.painted ?? 0) + 1);
  }, [tensor, layout, domain, drawn, frames, theme, lut, mapDomains]);

  const value = (c: Cursor) => tensor.data[(drawn[c.i] * tensor.height + c.row) * tensor.width + c.col];
  const name = (i: number) => channelName?.(i, drawn[i]) ?? t.channel(drawn[i]);
  // Keep the readout current when the tensor changes under a resting cursor (live drawing).
  useEffect(() => {
    onReadout(
      cursor && cursor.i < count ? t.readout(name(cursor.i), cursor.row, cursor.col, formatValue(value(cursor))) : null,
    );
  });

  const setCursor = (c: Cursor | null) => {
    setCursorState(c);
    onCursor?.(c ? c.i : null);
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const el = canvas.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    const hit = hitTest(
      layout,
      count,
      ((e.clientX - rect.left) * layout.width) / rect.width,
      ((e.clientY - rect.top) * layout.height) / rect.height,
    );
    setCursor(hit ? { i: hit.channel, row: hit.row, col: hit.col } : null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const c = cursor ?? { i: 0, row: 0, col: 0 };
    const { height: h, width: w } = tensor;
    const cols = layout.columns;
    let next: Cursor;
    switch (e.key) {
      case 'ArrowRight':
        next = c.col + 1 < w ? { ...c, col: c.col + 1 } : c.i + 1 < count ? { ...c, i: c.i + 1, col: 0 } : c;
        break;
      case 'ArrowLeft':
        next = c.col > 0 ? { ...c, col: c.col - 1 } : c.i > 0 ? { ...c, i: c.i - 1, col: w - 1 } : c;
        break;
      case 'ArrowDown':
        next = c.row + 1 < h ? { ...c, row: c.row + 1 } : c.i + cols < count ? { ...c, i: c.i + cols, row: 0 } : c;
        break;
      case 'ArrowUp':
        next = c.row > 0 ? { ...c, row: c.row - 1 } : c.i - cols >= 0 ? { ...c, i: c.i - cols, row: h - 1 } : c;
        break;
      case 'PageDown':
        next = { ...c, i: Math.min(count - 1, c.i + 1) };
        break;
      case 'PageUp':
        next = { ...c, i: Math.max(0, c.i - 1) };
        break;
      case 'Home':
        next = { i: 0, row: 0, col: 0 };
        break;
      case 'End':
        next = { i: count - 1, row: 0, col: 0 };
        break;
      case 'Enter':
      case ' ':
        if (!onPick) return;
        e.preventDefault();
        e.stopPropagation();
        onPick(c.i, drawn[c.i], c.row, c.col);
        return;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation(); // the explorer's own ←/→/Home/End must not also step
    setCursor(next);
  };

  const box = cursor &&
    cursor.i < count && {
      left: `${(((cursor.i % layout.columns) * (layout.cell + layout.gap) + layout.pad + cursor.col * layout.scale) / layout.width) * 100}%`,
      top: `${((Math.floor(cursor.i / layout.columns) * (layout.cellHeight + layout.gap) + layout.pad + cursor.row * layout.scale) / layout.height) * 100}%`,
      width: `${(layout.scale / layout.width) * 100}%`,
      height: `${(layout.scale / layout.height) * 100}%`,
    };

  return (
    <div
      className={styles.surface}
      tabIndex={0}
      role="group"
      aria-label={t.mapsLabel(label, count, tensor.height, tensor.width, onPickGiven ? 'large' : onPick ? 'how' : '')}
      aria-describedby={readoutId}
      onPointerMove={onPointerMove}
      onPointerLeave={() => setCursor(null)}
      onBlur={() => setCursor(null)}
      onKeyDown={onKeyDown}
      onClick={
        onPick
          ? (e) => {
              const el = canvas.current;
              if (!el) return;
              const rect = el.getBoundingClientRect();
              const hit = hitTest(
                layout,
                count,
                ((e.clientX - rect.left) * layout.width) / rect.width,
                ((e.clientY - rect.top) * layout.height) / rect.height,
              );
              if (hit) onPick(hit.channel, drawn[hit.channel], hit.row, hit.col);
            }
          : undefined
      }
      data-channels={count}
      data-maps={dataName}
      style={onPick ? { cursor: 'zoom-in' } : undefined}>
      <canvas
        ref={canvas}
        width={layout.width}
        height={layout.height}
        style={{ width: layout.width }}
        aria-hidden="true"
      />
      {box && <div className={styles.cursor} style={box} />}
    </div>
  );
}
