import { useCallback, useMemo, useState } from 'react';
import { frameImage, preprocessPicture, type Framing, type GrayImage } from '../../lib/preprocess';
import type { ModelState } from '../model/useModel';
import { useSample, type SampleState } from '../model/useSample';
import type { Picture } from './ImageUpload';

type Custom = { kind: 'drawing'; gray: GrayImage } | { kind: 'picture'; picture: Picture; invert: boolean } | { kind: 'raw'; pixels: Uint8Array };

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
}

/**
 * The explorer's input: a held-out sample (its index lives in the URL), or a drawing, or an
 * uploaded picture (neither can go in a URL). Drawings and pictures are kept as drawn and framed
 * for the current model, so switching between digits and clothing re-frames them.
 */
export function useExplorerInput(model: ModelState, framing: Framing): ExplorerInput {
  const sample = useSample(model, 'sample');
  const [custom, setCustom] = useState<Custom | null>(null);

  const framed = useMemo(() => {
    if (!custom) return null;
    if (custom.kind === 'raw') return custom.pixels;
    return custom.kind === 'drawing' ? frameImage(custom.gray, framing) : preprocessPicture(custom.picture.gray, framing, custom.invert);
  }, [custom, framing]);

  const { setIndex } = sample;
  const pick = useCallback((index: number) => {
    setCustom(null);
    setIndex(index);
  }, [setIndex]);
  const draw = useCallback((gray: GrayImage) => setCustom({ kind: 'drawing', gray }), []);
  const clearDrawing = useCallback(() => setCustom((c) => (c?.kind === 'drawing' ? null : c)), []);
  const setPicture = useCallback((picture: Picture) => setCustom({ kind: 'picture', picture, invert: picture.lightBackground }), []);
  const setInvert = useCallback((invert: boolean) => setCustom((c) => (c?.kind === 'picture' ? { ...c, invert } : c)), []);

  const feedPixels = useCallback((pixels: Uint8Array) => setCustom({ kind: 'raw', pixels }), []);

  const kind = custom && framed ? (custom.kind === 'raw' ? 'drawing' : custom.kind) : 'sample';
  return {
    sample,
    pixels: kind === 'sample' ? sample.pixels : framed,
    kind,
    source: kind === 'drawing' ? 'your drawing' : kind === 'picture' && custom?.kind === 'picture' ? `the picture “${custom.picture.name}”` : `sample ${sample.index}`,
    trueLabel: kind === 'sample' ? sample.label : null,
    emptyPicture: custom?.kind === 'picture' && !framed,
    invert: custom?.kind === 'picture' ? custom.invert : null,
    setInvert,
    pick,
    draw,
    clearDrawing,
    setPicture,
    feedPixels,
  };
}
