import { useEffect, useMemo, useRef } from 'react';
import { formatProbability } from '../../lib/format';
import { className } from '../../lib/manifestText';
import type { PlainTensor } from '../../lib/ort';
import { ControlRow } from '../controls/ControlRow';
import { NumberField } from '../controls/NumberField';
import { ClassBars } from '../explorer/HeadViews';
import { ImageUpload } from '../explorer/ImageUpload';
import { Prediction } from '../model/Prediction';
import { useLocale, useMessages } from '../i18n/locale';
import { explorerMessages } from '../explorer/explorerMessages';
import { byomMessages } from './byomMessages';
import type { OwnModel } from './useOwnModel';
import styles from './Byom.module.css';

const CHANNELS = ['R', 'G', 'B'];

/** The picture as the model sees it: the crop at the model's size (its 0–255 planes, before normalisation). */
function InputPreview({ pixels, size, channels }: { pixels: Uint8Array; size: number; channels: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const t = useMessages(byomMessages);
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
      aria-label={t.inputPreview(size)}
    />
  );
}

/** The own model's input: a picture cropped to the model's size, its normalisation (editable), and the answer. */
export function OwnInputPanel({ own, probs }: { own: OwnModel; probs: PlainTensor | undefined }) {
  const { manifest } = own.model;
  const t = useMessages(byomMessages);
  const tx = useMessages(explorerMessages);
  const locale = useLocale();
  // numbered classes in the page's language; ImageNet's names exist only in English: marked as such
  const classes = useMemo(() => manifest.classes.map((name) => className(name, locale)), [manifest.classes, locale]);
  const classesLang = locale !== 'en' && own.opened.model.imagenetClasses ? 'en' : undefined;
  const source = own.picture.file === null ? t.testPicture : t.yourPicture(own.picture.file);
  const [, c, size] = manifest.input.shape;
  const setStat = (which: 'mean' | 'std', i: number, v: number) =>
    own.setPre({ ...own.pre, [which]: own.pre[which].map((x, j) => (j === i ? v : x)) });
  return (
    <div className={styles.ownInput} data-own-input="">
      <p className={styles.caption}>{t.inputCaption(source, size, c === 3)}</p>
      {own.pixels && <InputPreview pixels={own.pixels} size={size} channels={c} />}
      <ImageUpload
        onPicture={(p) => p.rgba && own.setPicture({ file: p.name, rgba: p.rgba })}
        onProblem={() => own.setPicture(null)}
      />
      {own.picture.file !== null && (
        <button type="button" onClick={() => own.setPicture(null)}>
          {t.useTestPicture}
        </button>
      )}
      <ControlRow label={t.normalisation}>
        {own.pre.mean.map((m, i) => (
          <NumberField
            key={`mean${i}`}
            decimal
            label={t.mean(CHANNELS[i] ?? String(i + 1))}
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
            label={t.std(CHANNELS[i] ?? String(i + 1))}
            value={s}
            min={0.001}
            max={10}
            step={0.001}
            onChange={(v) => setStat('std', i, v)}
          />
        ))}
      </ControlRow>
      <Prediction probs={probs} classes={classes} trueLabel={null} source={source} classesLang={classesLang} />
      {probs && (
        <ClassBars
          values={probs.data}
          classes={classes}
          title={tx.classProbabilities}
          format={formatProbability}
          trueLabel={null}
          domain={[0, 1]}
        />
      )}
    </div>
  );
}
