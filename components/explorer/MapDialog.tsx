import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { schemeLut } from '../../lib/colorMaps';
import { sliceChannels, type MapTensor } from '../../lib/featureMaps';
import { formatValue } from '../../lib/format';
import type { OutputValues } from '../../lib/manifest';
import { mapView, type Contrast } from '../../lib/mapView';
import { gridLayout } from '../../lib/featureMaps';
import { ColorScale } from '../charts/ColorScale';
import { MapCanvas } from '../model/MapCanvas';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Explorer.module.css';

/** What the "how is this value computed" panel is given: a tensor, a channel and a position (row y, column x). */
export type RenderDetail = (tensorName: string, channel: number, y: number, x: number) => ReactNode;

export interface OpenMap {
  name: string;
  label: string;
  tensor: MapTensor;
  values: OutputValues | 'input';
  channel: number;
  row: number;
  col: number;
  /** the grid's shared range, when the grid uses one */
  shared?: readonly [number, number];
}

interface MapDialogProps {
  open: OpenMap | null;
  contrast: Contrast;
  onClose(): void;
  /** fills the slot beside the enlarged map for the chosen position (see RenderDetail) */
  renderDetail?: RenderDetail;
}

const SIDE = 336;

/**
 * One map, large, in a modal dialog: its values on hover (or with the arrow keys), its colour scale,
 * the neighbouring channels a button away. Escape or Close closes it and focus returns to the grid.
 * Clicking (or Enter on) a value chooses it for `renderDetail`.
 */
export function MapDialog({ open, contrast, onClose, renderDetail }: MapDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const readoutId = useId();
  const [readout, setReadout] = useState<string | null>(null);
  const [channel, setChannel] = useState(0);
  const [picked, setPicked] = useState<{ row: number; col: number } | null>(null);
  const t = useMessages(explorerMessages);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open) {
      setChannel(open.channel);
      setPicked({ row: open.row, col: open.col });
      if (!el.open) {
        if (typeof el.showModal === 'function') el.showModal();
        else el.setAttribute('open', '');
      }
    } else if (el.open) {
      if (typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
    }
  }, [open]);

  const single = useMemo(() => (open ? sliceChannels(open.tensor, channel, channel + 1) : null), [open, channel]);
  const view = useMemo(() => {
    if (!open || !single) return null;
    const v = mapView(single, open.values, SIDE, {
      contrast: 'shared',
      shared: contrast === 'shared' ? open.shared : undefined,
    });
    const scale = Math.max(1, Math.floor(SIDE / Math.max(single.height, single.width)));
    return {
      ...v,
      layout: gridLayout(1, single.height, single.width, { maxWidth: SIDE, minScale: scale, maxScale: scale, pad: 0 }),
    };
  }, [open, single, contrast]);

  const count = open?.tensor.channels ?? 0;
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
      data-map-dialog="">
      {open && single && view && (
        <div className={styles.dialogBody}>
          <div>
            <h2 id={titleId} className={styles.dialogTitle}>
              {t.channelTitle(open.label, channel)}
            </h2>
            <p className={styles.hint}>
              {t.valuesOf(single.height, single.width)}
              {contrast === 'per-map' ? t.coloursOwn : t.coloursShared}
              {t.sentenceEnd}
            </p>
            <MapCanvas
              tensor={single}
              domain={view.domain}
              layout={view.layout}
              label={t.channelTitle(open.label, channel)}
              channelName={() => t.channelName(channel)}
              readoutId={readoutId}
              onReadout={setReadout}
              lut={schemeLut(view.scheme)}
              onPick={(_, __, row, col) => setPicked({ row, col })}
              dataName={`${open.name}#${channel}`}
            />
            <p id={readoutId} className={styles.readout} aria-live="polite">
              {readout ?? t.dialogReadoutHint}
            </p>
            <ColorScale domain={view.domain} scheme={view.scheme} label={t.scaleValue} width={SIDE} />
            <div className="control-row" style={{ margin: '0.4rem 0 0' }}>
              <button
                type="button"
                className="btn"
                onClick={() => setChannel((c) => Math.max(0, c - 1))}
                aria-disabled={channel === 0}>
                {t.previousChannel(Math.max(0, channel - 1))}
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => setChannel((c) => Math.min(count - 1, c + 1))}
                aria-disabled={channel === count - 1}>
                {t.nextChannel(Math.min(count - 1, channel + 1))}
              </button>
              <button type="button" className="btn" onClick={onClose} autoFocus>
                {t.close}
              </button>
            </div>
          </div>
          <div className={styles.detailSlot} data-detail-slot="">
            {picked && (
              <p className={styles.hint}>
                {t.chosen(picked.row, picked.col, formatValue(single.data[picked.row * single.width + picked.col]))}
              </p>
            )}
            {picked && renderDetail?.(open.name, channel, picked.row, picked.col)}
          </div>
        </div>
      )}
    </dialog>
  );
}
