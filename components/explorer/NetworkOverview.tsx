import { useEffect, useMemo, useRef } from 'react';
import { schemeDomain, schemeLut } from '../../lib/colorMaps';
import { sharedDomain } from '../../lib/featureMaps';
import { formatShape } from '../../lib/format';
import type { ModelManifest } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import { overviewGroups, thumbnailMean, type OverviewItem } from '../../lib/overview';
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

/** Paints one thumbnail: the channel mean of a map tensor, or a vector as a strip, at one pixel per value. */
function paintThumb(canvas: HTMLCanvasElement, item: OverviewItem, values: Float32Array, width: number) {
  const [w, h] = item.thumb === 'vector' ? [values.length, 1] : [width, values.length / width];
  if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(w, h);
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
}

/**
 * The whole network at a glance, always in view: every step as a slab sized by its tensor
 * (thickness ∝ channels, face ∝ H×W, coloured by path) over a live thumbnail of its output, grouped
 * by stage. The current step is marked; clicking a step goes there.
 */
export function NetworkOverview({ steps, manifest, index, tensors, onStep }: NetworkOverviewProps) {
  const locale = useLocale();
  const t = useMessages(explorerMessages);
  const groups = useMemo(() => overviewGroups(steps, manifest, locale), [steps, manifest, locale]);
  const size = useMemo(() => {
    const all = groups.flatMap((g) => g.items.map((i) => i.slab.shape));
    return slabSizer(Math.max(...all.map((s) => Math.max(s.h, s.w))), Math.max(...all.map((s) => s.c)), LIMITS);
  }, [groups]);
  const thumbs = useRef(new Map<string, HTMLCanvasElement>());
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!tensors) return;
    for (const g of groups) {
      for (const item of g.items) {
        const canvas = thumbs.current.get(item.id);
        if (!canvas) continue;
        if (item.thumb === 'vector') {
          const t = tensors[item.tensor];
          if (t) paintThumb(canvas, item, t.data, t.data.length);
          continue;
        }
        // Read where the values lie: a concat's or shuffle's thumbnail is not worth building the tensor.
        const mean = thumbnailMean(manifest, tensors, item.tensor);
        if (mean) paintThumb(canvas, item, mean, item.slab.shape.w);
      }
    }
  }, [tensors, groups, manifest]);

  // Keep the current step in view in the scrolling strip (phones), without moving the page.
  useEffect(() => {
    const el = list.current?.querySelector<HTMLElement>('[aria-current="step"]');
    const box = list.current;
    if (!el || !box) return;
    const left = el.offsetLeft - box.offsetLeft;
    if (left < box.scrollLeft || left + el.offsetWidth > box.scrollLeft + box.clientWidth)
      box.scrollTo({ left: left - box.clientWidth / 2 });
  }, [index]);

  return (
    <nav className={styles.overview} aria-label={t.overviewLabel}>
      <ol ref={list} className={styles.groups}>
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
                        ref={(el) => {
                          if (el) thumbs.current.set(item.id, el);
                          else thumbs.current.delete(item.id);
                        }}
                        className={item.thumb === 'vector' ? styles.vector : styles.thumb}
                        aria-hidden="true"
                        data-thumb={item.tensor}
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
}
