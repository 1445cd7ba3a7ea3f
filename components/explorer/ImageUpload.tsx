import { useId, useState, type ChangeEvent } from 'react';
import { looksLightBackground, rgbaToGray, type GrayImage } from '../../lib/preprocess';

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
export function uploadProblem(file: { name: string; type: string; size: number }): string | null {
  if (!UPLOAD_TYPES.includes(file.type)) {
    return `“${file.name}” is not a PNG, JPEG or WebP image${file.type ? ` (its type is ${file.type})` : ''}. Choose a picture file.`;
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    return `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; pictures up to 10 MB are accepted. A smaller or cropped picture works just as well: the model sees only 28×28 pixels.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}

async function decode(file: File): Promise<Picture> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error(
      `“${file.name}” could not be decoded as an image. The file may be damaged, or not really a ${file.type.replace('image/', '').toUpperCase()}.`,
    );
  }
  const scale = Math.min(1, WORK_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser cannot read pixels from a canvas, so pictures cannot be used here.');
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

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again should work too
    if (!file) return;
    const reason = uploadProblem(file);
    setProblem(reason);
    if (reason) {
      onProblem?.();
      return;
    }
    setBusy(true);
    try {
      onPicture(await decode(file));
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
        Or upload a picture (PNG, JPEG or WebP, up to 10 MB)
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
