import { useId, useMemo, useState, type ReactNode } from 'react';
import { gridLayout, type GridLayout, type MapTensor } from '../../lib/featureMaps';
import { MapCanvas } from './MapCanvas';
import { useMessages } from '../i18n/locale';
import { modelMessages } from './modelMessages';
import styles from './FeatureMapGrid.module.css';

export interface FeatureMapGridProps {
  /** the maps to draw; null draws a placeholder (model not run yet) */
  tensor: MapTensor | null;
  /**
   * channels × height × width of the maps to come: with it, the placeholder is an empty grid of
   * exactly the size the maps will take (framed like them), so nothing moves when they arrive
   */
  shape?: readonly [number, number, number];
  /** value range shared with the maps this grid is compared with (see ColorScale) */
  domain: readonly [number, number];
  /** visible caption and accessible name, e.g. "Input of the unit" */
  label: string;
  /** extra caption content (shape, notes) */
  detail?: ReactNode;
  /** tensor channel indices to draw, in order (default: all) */
  order?: readonly number[];
  /** frame colour (a palette value) of each drawn map; null/absent: a neutral frame */
  frames?: readonly (string | null)[];
  /** the canvas's natural width in CSS pixels; it shrinks to fit narrower containers */
  maxWidth?: number;
  columns?: number;
  maxScale?: number;
  /** a fixed number of screen pixels per value, so grids compared side by side have equal sizes */
  scale?: number;
  /** an exact layout, for figures that align other drawings with the maps */
  layout?: GridLayout;
  channelName?: (i: number, c: number) => string;
  /** the manifest output drawn, so a click can ask how a value is computed (MapCanvas) */
  pickTensor?: string;
}

export const READOUT_HINT = modelMessages.en.readoutHint;

/**
 * A captioned grid of feature maps on canvas with a readout line below it (channel, row, column
 * and value under the pointer or keyboard cursor). The canvas is described in words by its
 * accessible name; the readout is a polite live region.
 */
export function FeatureMapGrid({
  tensor,
  shape,
  domain,
  label,
  detail,
  order,
  frames,
  maxWidth = 640,
  columns,
  maxScale,
  scale,
  layout: given,
  channelName,
  pickTensor,
}: FeatureMapGridProps) {
  const t = useMessages(modelMessages);
  const readoutId = useId();
  const [readout, setReadout] = useState<string | null>(null);
  const count = order?.length ?? tensor?.channels ?? shape?.[0] ?? 0;
  const [mapHeight, mapWidth] = tensor ? [tensor.height, tensor.width] : shape ? [shape[1], shape[2]] : [0, 0];
  const layout = useMemo(
    () =>
      given ??
      (mapHeight > 0
        ? gridLayout(
            count,
            mapHeight,
            mapWidth,
            scale ? { maxWidth, columns, minScale: scale, maxScale: scale } : { maxWidth, columns, maxScale },
          )
        : null),
    [given, mapHeight, mapWidth, count, maxWidth, columns, maxScale, scale],
  );
  return (
    // Text wraps at the canvas's width (or 16rem for small canvases), so a row of grids sits side by side.
    <div className={styles.grid} style={{ maxWidth: layout ? `max(${layout.width}px, 16rem)` : undefined }}>
      <p className={styles.caption}>
        {label}
        {detail && <> {detail}</>}
      </p>
      {tensor && layout ? (
        <>
          <MapCanvas
            tensor={tensor}
            domain={domain}
            layout={layout}
            label={label}
            order={order}
            frames={frames}
            channelName={channelName}
            readoutId={readoutId}
            onReadout={setReadout}
            pickTensor={pickTensor}
          />
          <p id={readoutId} className={styles.readout} aria-live="polite">
            {readout ?? t.readoutHint}
          </p>
        </>
      ) : layout ? (
        <>
          <MapSkeleton layout={layout} count={count} frames={frames} />
          {/* as tall as the readout hint that replaces it (an invisible copy in the same grid cell) */}
          <p className={`${styles.readout} ${styles.stack}`}>
            <span>{t.mapsAppear}</span>
            <span aria-hidden="true" style={{ visibility: 'hidden' }}>
              {t.readoutHint}
            </span>
          </p>
        </>
      ) : (
        <p className={styles.empty}>{t.mapsAppear}</p>
      )}
    </div>
  );
}

/** The grid before its maps exist: one empty, framed tile per map, at the canvas's own size. */
function MapSkeleton({
  layout,
  count,
  frames,
}: {
  layout: GridLayout;
  count: number;
  frames?: readonly (string | null)[];
}) {
  return (
    <svg
      className={styles.skeleton}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      aria-hidden="true"
      data-map-skeleton="">
      {Array.from({ length: count }, (_, i) => (
        <rect
          key={i}
          x={(i % layout.columns) * (layout.cell + layout.gap) + 0.5}
          y={Math.floor(i / layout.columns) * (layout.cellHeight + layout.gap) + 0.5}
          width={layout.cell - 1}
          height={layout.cellHeight - 1}
          fill="var(--bg-soft)"
          stroke={frames?.[i] ?? 'var(--border)'}
          strokeOpacity={frames?.[i] ? 0.55 : 1}
        />
      ))}
    </svg>
  );
}
