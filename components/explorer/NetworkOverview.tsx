import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { schemeDomain, schemeLut } from '../../lib/colorMaps';
import { sharedDomain } from '../../lib/featureMaps';
import { formatShape } from '../../lib/format';
import type { ModelManifest } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import { overviewGroups, thumbnailMean, type OverviewGroup, type OverviewItem } from '../../lib/overview';
import type { Step } from '../../lib/steps';
import { slabSizer, type SlabGeometry } from '../diagram/layout';
import { Slab } from '../diagram/Slab';
import { useLocale, useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Overview.module.css';

interface NetworkOverviewProps {
  steps: readonly Step[];
  manifest: ModelManifest;
  index: number;
  tensors: Record<string, PlainTensor> | undefined;
  onStep(index: number): void;
}

const LIMITS = { side: { min: 7, max: 26 }, thick: { min: 2, max: 14 } };

/** A thumbnail canvas's size in pixels: one pixel per value of its channel mean (map) or its vector. */
function thumbSize(item: OverviewItem): [number, number] {
  const { c, h, w } = item.slab.shape;
  return item.thumb === 'vector' ? [c, 1] : [w, h];
}

/**
 * Paints thumbnails, keeping what the first paint of 57 of them would otherwise make anew for each:
 * the 2D context of every canvas and one pixel buffer per thumbnail size (a handful of sizes).
 * `prepare` makes a canvas's context ahead of its first paint (while the model loads).
 */
function thumbPainter() {
  const contexts = new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D | null>();
  const buffers = new Map<string, ImageData>();
  const prepare = (canvas: HTMLCanvasElement) => {
    if (!contexts.has(canvas)) contexts.set(canvas, canvas.getContext('2d'));
  };
  const paint = (canvas: HTMLCanvasElement, item: OverviewItem, values: Float32Array, width: number) => {
    const [w, h] = item.thumb === 'vector' ? [values.length, 1] : [width, values.length / width];
    if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
    prepare(canvas);
    const ctx = contexts.get(canvas);
    if (!ctx) return;
    let image = buffers.get(`${w}x${h}`);
    if (!image) buffers.set(`${w}x${h}`, (image = ctx.createImageData(w, h)));
    const px = new Uint32Array(image.data.buffer);
    const [lo, hi] = schemeDomain(item.scheme, sharedDomain([values]));
    const lut = schemeLut(item.scheme);
    const k = 255 / (hi - lo);
    for (let i = 0; i < values.length; i++) {
      const g = (values[i] - lo) * k;
      px[i] = lut[g > 0 ? (g < 255 ? Math.round(g) : 255) : 0];
    }
    ctx.putImageData(image, 0, 0);
    canvas.dataset.painted = String(Number(canvas.dataset.painted ?? 0) + 1);
  };
  return { paint, prepare };
}

/**
 * The whole network at a glance, always in view: every step as a slab sized by its tensor
 * (thickness ∝ channels, face ∝ H×W, coloured by path) over a live thumbnail of its output, grouped
 * by stage. The current step is marked; clicking a step goes there.
 */
export function NetworkOverview({ steps, manifest, index, tensors, onStep }: NetworkOverviewProps) {
  const locale = useLocale();
  const groups = useMemo(() => overviewGroups(steps, manifest, locale), [steps, manifest, locale]);
  const list = useRef<HTMLOListElement>(null);
  const { paint, prepare } = useMemo(thumbPainter, []);
  // A stable handler, so that the list below re-renders only when the current step changes.
  const latest = useRef(onStep);
  latest.current = onStep;
  const step = useCallback((i: number) => latest.current(i), []);

  // While there is no result yet (the model is loading), the thumbnails' 2D contexts are made in an
  // idle moment: making 57 of them was about a third of the first result's render and paint.
  useEffect(() => {
    const box = list.current;
    if (tensors || !box || typeof requestIdleCallback === 'undefined') return;
    const idle = requestIdleCallback(() =>
      box.querySelectorAll<HTMLCanvasElement>('canvas[data-thumb-of]').forEach(prepare),
    );
    return () => cancelIdleCallback(idle);
  }, [tensors, groups, prepare]);

  // The thumbnails are painted here, not rendered: a new result repaints 57 canvases and
  // re-renders none of the list's elements.
  useEffect(() => {
    const box = list.current;
    if (!tensors || !box) return;
    const canvases = new Map<string, HTMLCanvasElement>();
    box
      .querySelectorAll<HTMLCanvasElement>('canvas[data-thumb-of]')
      .forEach((c) => canvases.set(c.dataset.thumbOf!, c));
    for (const g of groups) {
      for (const item of g.items) {
        const canvas = canvases.get(item.id);
        if (!canvas) continue;
        if (item.thumb === 'vector') {
          const t = tensors[item.tensor];
          if (t) paint(canvas, item, t.data, t.data.length);
          continue;
        }
        // Read where the values lie: a concat's or shuffle's thumbnail is not worth building the tensor.
        const mean = thumbnailMean(manifest, tensors, item.tensor);
        if (mean) paint(canvas, item, mean, item.slab.shape.w);
      }
    }
  }, [tensors, groups, manifest, paint]);

  // Keep the current step in view in the scrolling strip (phones), without moving the page.
  useEffect(() => {
    const el = list.current?.querySelector<HTMLElement>('[aria-current="step"]');
    const box = list.current;
    if (!el || !box) return;
    const left = el.offsetLeft - box.offsetLeft;
    if (left < box.scrollLeft || left + el.offsetWidth > box.scrollLeft + box.clientWidth)
      box.scrollTo({ left: left - box.clientWidth / 2 });
  }, [index]);

  return <OverviewList listRef={list} groups={groups} steps={steps} index={index} onStep={step} />;
}

interface OverviewListProps {
  listRef: React.RefObject<HTMLOListElement | null>;
  groups: OverviewGroup[];
  steps: readonly Step[];
  index: number;
  onStep(index: number): void;
}

/** The strip's elements: 57 buttons with a slab each, rendered again only for a new current step or model. */
const OverviewList = memo(function OverviewList({ listRef, groups, steps, index, onStep }: OverviewListProps) {
  const t = useMessages(explorerMessages);
  const size = useMemo(() => {
    const all = groups.flatMap((g) => g.items.map((i) => i.slab.shape));
    return slabSizer(Math.max(...all.map((s) => Math.max(s.h, s.w))), Math.max(...all.map((s) => s.c)), LIMITS);
  }, [groups]);
  return (
    <nav className={styles.overview} aria-label={t.overviewLabel}>
      <ol ref={listRef} className={styles.groups}>
        {groups.map((g) => (
          <li key={g.name} className={styles.group} data-group={g.name}>
            <span className={styles.groupLabel} aria-hidden="true">
              {g.label}
            </span>
            <ol className={styles.items}>
              {g.items.map((item) => {
                const step = steps[item.index];
                const s = size(item.slab);
                const geometry: SlabGeometry = { ...s, x: 1, y: s.depth + 1, tensor: item.slab };
                const sw = Math.ceil(s.side + s.skew + 2),
                  sh = Math.ceil(s.depth + s.thick + 2);
                // sized from the start: no 300×150 default canvas to allocate and then resize
                const [tw, th] = thumbSize(item);
                return (
                  <li key={item.id}>
                    <button
                      type="button"
                      className={styles.item}
                      onClick={() => onStep(item.index)}
                      aria-current={item.index === index ? 'step' : undefined}
                      data-step-id={item.id}
                      data-scheme={item.scheme}>
                      <svg
                        width={sw}
                        height={sh}
                        viewBox={`0 0 ${sw} ${sh}`}
                        aria-hidden="true"
                        className={styles.slab}>
                        <Slab g={geometry} label="" labelSide="right" dashed={false} />
                      </svg>
                      <canvas
                        width={tw}
                        height={th}
                        className={item.thumb === 'vector' ? styles.vector : styles.thumb}
                        aria-hidden="true"
                        data-thumb={item.tensor}
                        data-thumb-of={item.id}
                      />
                      <span className={styles.short} aria-hidden="true">
                        {step.short}
                      </span>
                      <span className="visually-hidden">
                        {t.overviewStep(step.index + 1, step.title, formatShape(step.outputShape))}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
});
