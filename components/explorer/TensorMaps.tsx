import { useId, useMemo, useState, type ReactNode } from 'react';
import { schemeLut } from '../../lib/colorMaps';
import { sharedDomain, sliceChannels, type MapTensor } from '../../lib/featureMaps';
import type { OutputValues } from '../../lib/manifest';
import { mapView, shownChannels, type Contrast } from '../../lib/mapView';
import { ColorScale } from '../charts/ColorScale';
import { MapCanvas } from '../model/MapCanvas';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Explorer.module.css';

export interface TensorMapsProps {
  /** the tensor's name in the manifest (for data attributes and the enlarged view) */
  name: string;
  tensor: MapTensor | null;
  values: OutputValues | 'input';
  label: string;
  detail?: ReactNode;
  /** the container's width in CSS pixels */
  width: number;
  contrast: Contrast;
  /** a range shared with the maps this one is compared with (shared contrast) */
  shared?: readonly [number, number];
  frames?: readonly (string | null)[];
  channelName?: (i: number, c: number) => string;
  /** the diagram points at this tensor (or the reader points at its maps) */
  lit?: boolean;
  onHover?(hovering: boolean): void;
  onOpen?(name: string, channel: number, row: number, col: number): void;
  /** draw the colour scale under the maps (off when several grids share one scale) */
  showScale?: boolean;
  /** size the maps for a phone (default: when `width` is narrow) */
  phone?: boolean;
}

/**
 * One tensor's maps in the explorer: its colour map by what the values are (lib/colorMaps), sized so
 * small maps stay readable (lib/mapView), its colour scale, and a readout. A click or Enter opens a map large.
 */
export function TensorMaps({
  name,
  tensor,
  values,
  label,
  detail,
  width,
  contrast,
  shared,
  frames,
  channelName,
  lit,
  onHover,
  onOpen,
  showScale = true,
  phone,
}: TensorMapsProps) {
  const readoutId = useId();
  const t = useMessages(explorerMessages);
  const [readout, setReadout] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const cap = tensor ? shownChannels(tensor.channels, tensor.height, tensor.width) : 0;
  const capped = !!tensor && !showAll && cap < tensor.channels;
  const drawn = useMemo(() => (tensor && capped ? sliceChannels(tensor, 0, cap) : tensor), [tensor, capped, cap]);
  // the colour range stays the whole tensor's, so showing all maps does not recolour the first ones
  const view = useMemo(
    () =>
      drawn && tensor
        ? mapView(drawn, values, width, {
            contrast,
            shared: shared ?? (capped ? sharedDomain([tensor.data]) : undefined),
            phone,
          })
        : null,
    [drawn, tensor, capped, values, width, contrast, shared, phone],
  );
  const hover = onHover && {
    onPointerEnter: () => onHover(true),
    onPointerLeave: () => onHover(false),
    onFocus: () => onHover(true),
    onBlur: () => onHover(false),
  };
  return (
    <div
      className={`${styles.tensor} ${lit ? styles.lit : ''}`}
      {...hover}
      data-tensor={name}
      data-scheme={view?.scheme}
      data-map-pixels={view?.mapPixels}>
      <p className={styles.caption}>
        {label}
        {detail && <> {detail}</>}
      </p>
      {drawn && view ? (
        <>
          {tensor && cap < tensor.channels && (
            <p className={styles.hint} data-capped={capped ? 'yes' : 'no'}>
              {capped
                ? t.firstChannels(cap, tensor.channels.toLocaleString('en'))
                : t.allChannels(tensor.channels.toLocaleString('en'))}
              <button type="button" onClick={() => setShowAll((a) => !a)}>
                {capped ? t.showAll(tensor.channels.toLocaleString('en')) : t.showFirst(cap)}
              </button>
            </p>
          )}
          <MapCanvas
            tensor={drawn}
            domain={view.domain}
            layout={view.layout}
            label={label}
            frames={frames}
            channelName={channelName}
            readoutId={readoutId}
            onReadout={setReadout}
            lut={schemeLut(view.scheme)}
            mapDomains={view.mapDomains ?? undefined}
            onPick={onOpen && ((_, c, row, col) => onOpen(name, c, row, col))}
            dataName={name}
          />
          <p id={readoutId} className={styles.readout} aria-live="polite">
            {readout ?? t.readoutHint}
          </p>
          {showScale && (
            <ColorScale
              domain={view.domain}
              scheme={view.scheme}
              width={Math.min(260, width)}
              label={contrast === 'per-map' ? t.scalePerMap : values === 'signed' ? t.scaleSigned : t.scaleValue}
            />
          )}
        </>
      ) : (
        <p className={styles.hint}>{t.mapsAppear}</p>
      )}
    </div>
  );
}
