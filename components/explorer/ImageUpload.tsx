import { useId, useState, type ChangeEvent } from 'react';
import type { Locale } from '../../lib/i18n';
import { looksLightBackground, rgbaToGray, type GrayImage } from '../../lib/preprocess';
import { useLocale, useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
/** Pictures are shrunk to at most this many pixels a side before preprocessing (plenty for 28×28). */
const WORK_SIDE = 512;

export interface Picture {
  name: string;
  gray: GrayImage;
  /** whether the picture looked like dark ink on light paper */
  lightBackground: boolean;
  /** the colour pixels (at most WORK_SIDE a side), for an RGB model (a reader's own) */
  rgba?: { data: Uint8ClampedArray; width: number; height: number };
}

/** Why a file cannot be used, or null if it may be tried. */
export function uploadProblem(
  file: { name: string; type: string; size: number },
  locale: Locale = 'en',
): string | null {
  const t = explorerMessages[locale];
  if (!UPLOAD_TYPES.includes(file.type)) return t.notImage(file.name, file.type);
  if (file.size > MAX_UPLOAD_BYTES) return t.tooLarge(file.name, (file.size / 1024 / 1024).toFixed(1));
  if (file.size === 0) return t.emptyFile(file.name);
  return null;
}

async function decode(file: File, locale: Locale): Promise<Picture> {
  const t = explorerMessages[locale];
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error(t.cannotDecode(file.name, file.type.replace('image/', '').toUpperCase()));
  }
  const scale = Math.min(1, WORK_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error(t.noCanvas);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  // Transparent areas count as white paper (a logo on a transparent background has dark ink).
  const { data } = ctx.getImageData(0, 0, width, height);
  const gray = rgbaToGray(data, width, height, 255);
  return { name: file.name, gray, lightBackground: looksLightBackground(gray), rgba: { data, width, height } };
}

/** A labelled file input for a picture; problems are explained in words next to it. */
/** `onProblem`: the file could not be used (the previous picture must not stay in use under the error). */
export function ImageUpload({ onPicture, onProblem }: { onPicture(picture: Picture): void; onProblem?(): void }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locale = useLocale();
  const t = useMessages(explorerMessages);

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again should work too
    if (!file) return;
    const reason = uploadProblem(file, locale);
    setProblem(reason);
    if (reason) {
      onProblem?.();
      return;
    }
    setBusy(true);
    try {
      onPicture(await decode(file, locale));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      onProblem?.();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <label htmlFor={id} style={{ fontFamily: 'var(--font-ui)', fontSize: '0.9rem', display: 'block' }}>
        {t.uploadLabel}
      </label>
      <input id={id} type="file" accept={UPLOAD_TYPES.join(',')} onChange={onChange} disabled={busy} data-upload="" />
      {problem && (
        <p className="error-note" role="alert" data-upload-error="">
          {problem}
        </p>
      )}
    </div>
  );
}
