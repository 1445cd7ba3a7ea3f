import { useCallback, useMemo, useState } from 'react';
import { frameImage, inkBounds, preprocessPicture, type Framing, type GrayImage } from '../../lib/preprocess';
import type { ModelState } from '../model/useModel';
import { useSample, type SampleState } from '../model/useSample';
import type { Picture } from './ImageUpload';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';

type Custom =
  | { kind: 'drawing'; gray: GrayImage }
  | { kind: 'picture'; picture: Picture; invert: boolean }
  | { kind: 'raw'; pixels: Uint8Array };

export interface ExplorerInput {
  sample: SampleState;
  /** what the model runs on: the framed drawing or picture, else the gallery sample */
  pixels: Uint8Array | null;
  kind: 'sample' | 'drawing' | 'picture';
  /** "sample 137", "your drawing", "the picture “cat.png”" */
  source: string;
  /** the true label, for gallery samples only */
  trueLabel: number | null;
  /** a picture in which no ink was found (the gallery sample stays in use) */
  emptyPicture: boolean;
  invert: boolean | null;
  setInvert(invert: boolean): void;
  pick(index: number): void;
  draw(gray: GrayImage): void;
  clearDrawing(): void;
  setPicture(picture: Picture): void;
  /** 28×28 pixels used as they are (the benchmark's stand-in for a drawing) */
  feedPixels(pixels: Uint8Array): void;
  /** forgets an uploaded picture (a failed upload must not leave the previous one in use) */
  clearPicture(): void;
  /** the drawing's ink spans less than a sixth of the pad: framing blows a dot up into a blob */
  tooSmall: boolean;
  /** the reader cleared the pad, and the gallery sample is back in use (said on the page, not silently) */
  cleared: boolean;
}

/** A drawing whose ink fits in a box smaller than this fraction of the pad is too small to read. */
export const SMALL_DRAWING = 1 / 6;

/**
 * The explorer's input: a held-out sample (its index lives in the URL), or a drawing, or an
 * uploaded picture (neither can go in a URL). Drawings and pictures are kept as drawn and framed
 * for the current model, so switching between digits and clothing re-frames them.
 */
export function useExplorerInput(
  model: ModelState,
  framing: Framing,
  { local = false }: { local?: boolean } = {},
): ExplorerInput {
  const sample = useSample(model, 'sample', { local });
  const [custom, setCustomState] = useState<Custom | null>(null);
  const [cleared, setCleared] = useState(false);
  const setCustom: typeof setCustomState = useCallback((next) => {
    setCleared(false);
    setCustomState(next);
  }, []);

  const framed = useMemo(() => {
    if (!custom) return null;
    if (custom.kind === 'raw') return custom.pixels;
    return custom.kind === 'drawing'
      ? frameImage(custom.gray, framing)
      : preprocessPicture(custom.picture.gray, framing, custom.invert);
  }, [custom, framing]);

  const { setIndex } = sample;
  const pick = useCallback(
    (index: number) => {
      setCustom(null);
      setIndex(index);
    },
    [setIndex, setCustom],
  );
  const draw = useCallback((gray: GrayImage) => setCustom({ kind: 'drawing', gray }), [setCustom]);
  const clearDrawing = useCallback(() => {
    setCustomState((c) => (c?.kind === 'drawing' || c?.kind === 'raw' ? null : c));
    setCleared(true);
  }, []);
  const clearPicture = useCallback(() => setCustomState((c) => (c?.kind === 'picture' ? null : c)), []);
  const tooSmall = useMemo(() => {
    if (custom?.kind !== 'drawing') return false;
    const box = inkBounds(custom.gray);
    return (
      box !== null &&
      Math.max(box.x1 - box.x0, box.y1 - box.y0) < SMALL_DRAWING * Math.max(custom.gray.width, custom.gray.height)
    );
  }, [custom]);
  const setPicture = useCallback(
    (picture: Picture) => setCustom({ kind: 'picture', picture, invert: picture.lightBackground }),
    [setCustom],
  );
  const setInvert = useCallback(
    (invert: boolean) => setCustom((c) => (c?.kind === 'picture' ? { ...c, invert } : c)),
    [setCustom],
  );

  const feedPixels = useCallback((pixels: Uint8Array) => setCustom({ kind: 'raw', pixels }), [setCustom]);

  const kind = custom && framed ? (custom.kind === 'raw' ? 'drawing' : custom.kind) : 'sample';
  const t = useMessages(explorerMessages);
  return {
    sample,
    pixels: kind === 'sample' ? sample.pixels : framed,
    kind,
    source:
      kind === 'drawing'
        ? t.sourceDrawing
        : kind === 'picture' && custom?.kind === 'picture'
          ? t.sourcePicture(custom.picture.name)
          : t.sourceSample(sample.index),
    trueLabel: kind === 'sample' ? sample.label : null,
    emptyPicture: custom?.kind === 'picture' && !framed,
    invert: custom?.kind === 'picture' ? custom.invert : null,
    setInvert,
    pick,
    draw,
    clearDrawing,
    setPicture,
    feedPixels,
    clearPicture,
    tooSmall,
    cleared: cleared && kind === 'sample',
  };
}
