import { useId, useMemo, useState, type ReactNode } from 'react';
import { gridLayout, type GridLayout, type MapTensor } from '../../lib/featureMaps';
import { MapCanvas } from './MapCanvas';
import { useMessages } from '../i18n/locale';
import { modelMessages } from './modelMessages';
import styles from './FeatureMapGrid.module.css';

export interface FeatureMapGridProps {
  /** the maps to draw; null draws a placeholder (model not run yet) */
  tensor: MapTensor | null;
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
  const count = order?.length ?? tensor?.channels ?? 0;
  const layout = useMemo(
    () =>
      given ??
      (tensor
        ? gridLayout(
            count,
            tensor.height,
            tensor.width,
            scale ? { maxWidth, columns, minScale: scale, maxScale: scale } : { maxWidth, columns, maxScale },
          )
        : null),
    [given, tensor, count, maxWidth, columns, maxScale, scale],
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
      ) : (
        <p className={styles.empty}>{t.mapsAppear}</p>
      )}
    </div>
  );
}
