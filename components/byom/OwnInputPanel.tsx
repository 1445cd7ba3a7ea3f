import { useEffect, useRef } from 'react';
import { formatProbability } from '../../lib/format';
import type { PlainTensor } from '../../lib/ort';
import { ControlRow } from '../controls/ControlRow';
import { NumberField } from '../controls/NumberField';
import { ClassBars } from '../explorer/HeadViews';
import { ImageUpload } from '../explorer/ImageUpload';
import { Prediction } from '../model/Prediction';
import { TEST_PICTURE_NAME, type OwnModel } from './useOwnModel';
import styles from './Byom.module.css';

const CHANNELS = ['R', 'G', 'B'];

/** The picture as the model sees it: the crop at the model's size (its 0–255 planes, before normalisation). */
function InputPreview({ pixels, size, channels }: { pixels: Uint8Array; size: number; channels: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(size, size);
    const plane = size * size;
    for (let i = 0; i < plane; i++) {
      for (let c = 0; c < 3; c++) image.data[4 * i + c] = pixels[(channels === 3 ? c * plane : 0) + i];
      image.data[4 * i + 3] = 255;
    }
    ctx.putImageData(image, 0, 0);
  }, [pixels, size, channels]);
  return (
    <canvas
      ref={ref}
      width={size}
      height={size}
      className={styles.preview}
      role="img"
      aria-label={`The input, ${size}×${size}`}
    />
  );
}

/** The own model's input: a picture cropped to the model's size, its normalisation (editable), and the answer. */
export function OwnInputPanel({ own, probs }: { own: OwnModel; probs: PlainTensor | undefined }) {
  const { manifest } = own.model;
  const [, c, size] = manifest.input.shape;
  const setStat = (which: 'mean' | 'std', i: number, v: number) =>
    own.setPre({ ...own.pre, [which]: own.pre[which].map((x, j) => (j === i ? v : x)) });
  return (
    <div className={styles.ownInput} data-own-input="">
      <p className={styles.caption}>
        Input: {own.picture.name}, centre-cropped and resized to {size}×{size}
        {c === 3 ? ' RGB' : ''}
      </p>
      {own.pixels && <InputPreview pixels={own.pixels} size={size} channels={c} />}
      <ImageUpload
        onPicture={(p) => p.rgba && own.setPicture({ name: `your picture “${p.name}”`, rgba: p.rgba })}
        onProblem={() => own.setPicture(null)}
      />
      {own.picture.name !== TEST_PICTURE_NAME && (
        <button type="button" onClick={() => own.setPicture(null)}>
          Use the built-in test picture
        </button>
      )}
      <ControlRow label="Normalisation: (pixel/255 − mean) / std, per channel">
        {own.pre.mean.map((m, i) => (
          <NumberField
            key={`mean${i}`}
            decimal
            label={`Mean ${CHANNELS[i] ?? i + 1}`}
            value={m}
            min={0}
            max={1}
            step={0.001}
            onChange={(v) => setStat('mean', i, v)}
          />
        ))}
        {own.pre.std.map((s, i) => (
          <NumberField
            key={`std${i}`}
            decimal
            label={`Std ${CHANNELS[i] ?? i + 1}`}
            value={s}
            min={0.001}
            max={10}
            step={0.001}
            onChange={(v) => setStat('std', i, v)}
          />
        ))}
      </ControlRow>
      <Prediction probs={probs} classes={manifest.classes} trueLabel={null} source={own.picture.name} />
      {probs && (
        <ClassBars
          values={probs.data}
          classes={manifest.classes}
          title="Class probabilities"
          format={formatProbability}
          trueLabel={null}
          domain={[0, 1]}
        />
      )}
    </div>
  );
}
