import { useCallback, useMemo, useState } from 'react';
import {
  IMAGENET_MEAN,
  IMAGENET_STD,
  defaultPreprocessing,
  rgbaToPlanes,
  testPicture,
} from '../../lib/onnxRecognizeInput';
import { classNames, ownModelManifest, type OwnPreprocessing } from '../../lib/ownModelManifest';
import type { ModelState } from '../model/useModel';
import { openOwnModel, type OwnOpened } from '../model/workerSession';

/** Where the own model's input comes from: the built-in test picture (no file) or the reader's photo. */
export interface OwnPicture {
  file: string | null;
  rgba: { data: ArrayLike<number>; width: number; height: number };
}

export interface OwnModel {
  model: ModelState;
  fileName: string;
  opened: OwnOpened;
  picture: OwnPicture;
  setPicture(picture: OwnPicture | null): void;
  pre: OwnPreprocessing;
  setPre(pre: OwnPreprocessing): void;
  /** the picture cropped and resized to the model's input: C×H×W planes of 0–255 */
  pixels: Uint8Array | null;
}

/**
 * A reader's own ShuffleNetV2, opened in the model worker, as a model state the explorer runs
 * (the same shape as a shipped model's), with its input: a picture at the model's own size and
 * the normalisation the reader can edit. The ImageNet class list is loaded only here, when a
 * 1,000-class model is opened.
 */
export function useOwnModel() {
  const [own, setOwn] = useState<{ opened: OwnOpened; fileName: string; classes: string[] } | null>(null);
  const [pictureChoice, setPicture] = useState<OwnPicture | null>(null);
  const [pre, setPre] = useState<OwnPreprocessing>({ mean: [...IMAGENET_MEAN], std: [...IMAGENET_STD] });

  const open = useCallback(async (bytes: Uint8Array, fileName: string) => {
    const opened = await openOwnModel(bytes);
    const count = opened.model.recognised.classifier.classes;
    const imagenet =
      count === 1000 ? (await import('@tensorflow-models/mobilenet/dist/imagenet_classes')).IMAGENET_CLASSES : null;
    const d = defaultPreprocessing(opened.model.recognised);
    setPre({ mean: d.mean, std: d.std });
    setOwn({ opened, fileName, classes: classNames(count, imagenet) });
  }, []);
  const close = useCallback(() => setOwn(null), []);

  const manifest = useMemo(() => own && ownModelManifest(own.opened.model, own.fileName, own.classes, pre), [own, pre]);
  // The test picture is drawn only once a model is open: drawing it costs tens of milliseconds, and the
  // explorer would otherwise pay that inside its hydration on every visit.
  const hasOwn = own !== null;
  const picture = useMemo(
    () => (hasOwn ? (pictureChoice ?? { file: null, rgba: testPicture() }) : null),
    [hasOwn, pictureChoice],
  );
  const pixels = useMemo(() => {
    if (!own || !picture) return null;
    const { size, cropRatio } = defaultPreprocessing(own.opened.model.recognised);
    const rgb = rgbaToPlanes(picture.rgba.data, picture.rgba.width, picture.rgba.height, { size, cropRatio });
    if (own.opened.model.recognised.input.shape[1] === 3) return rgb;
    // a one-channel model (e.g. the book's own): the grey level, the mean of the three planes
    const plane = size * size;
    return Uint8Array.from({ length: plane }, (_, i) => Math.round((rgb[i] + rgb[plane + i] + rgb[2 * plane + i]) / 3));
  }, [own, picture]);

  const current: OwnModel | null =
    own && manifest && picture
      ? {
          model: {
            name: 'own',
            manifest,
            status: 'ready',
            parts: null,
            preparing: false,
            error: null,
            session: own.opened.session,
            samples: null,
            retry: () => undefined,
          },
          fileName: own.fileName,
          opened: own.opened,
          picture,
          setPicture,
          pre,
          setPre,
          pixels,
        }
      : null;
  return { own: current, open, close };
}
