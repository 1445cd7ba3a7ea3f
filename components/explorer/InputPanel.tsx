import { formatProbability } from '../../lib/format';
import type { ModelManifest } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import type { Framing } from '../../lib/preprocess';
import { GalleryPicker } from '../model/GalleryPicker';
import { Prediction } from '../model/Prediction';
import { SampleThumb } from '../model/SampleThumb';
import type { Samples } from '../model/useModel';
import { DrawPad } from './DrawPad';
import { ClassBars } from './HeadViews';
import { ImageUpload } from './ImageUpload';
import type { ExplorerInput } from './useExplorerInput';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Explorer.module.css';
import { Toggle } from '../controls/Toggle';

interface InputPanelProps {
  manifest: ModelManifest;
  samples: Samples | null;
  input: ExplorerInput;
  probs: PlainTensor | undefined;
  framing: Framing;
  /** embedded: the pad, a short gallery and the bars; no upload */
  compact?: boolean;
}

/**
 * Where the reader gives the network its input (draw, pick a held-out sample, upload a picture),
 * and what the network answers: the class probabilities as bars, live while drawing.
 */
export function InputPanel({ manifest, samples, input, probs, framing, compact = false }: InputPanelProps) {
  const t = useMessages(explorerMessages);
  return (
    <div className={styles.inputPanel}>
      <div className={styles.drawColumn}>
        <DrawPad onDraw={input.draw} onClear={input.clearDrawing} active={input.kind === 'drawing'} />
        {input.tooSmall && (
          <p className={styles.warn} role="status" data-too-small="">
            {t.tooSmall}
          </p>
        )}
        {input.cleared && (
          <p className={styles.hint} role="status">
            {t.padCleared(input.sample.index)}
          </p>
        )}
        <div className={styles.sees}>
          <SampleThumb pixels={input.pixels} size={56} />
          <p className={styles.hint} style={{ margin: 0 }}>
            <strong>{t.whatModelSees}</strong>
            {t.seesColon}
            {input.kind === 'sample'
              ? t.seesSample(input.sample.index)
              : t.seesCustom(input.source, framing === 'mnist')}
          </p>
        </div>
      </div>
      <div className={styles.answer}>
        <Prediction probs={probs} classes={manifest.classes} trueLabel={input.trueLabel} source={input.source} />
        {probs && (
          <ClassBars
            values={probs.data}
            classes={manifest.classes}
            title={t.classProbabilities}
            domain={[0, 1]}
            format={formatProbability}
            trueLabel={input.trueLabel}
            maxWidth={340}
          />
        )}
      </div>
      <div className={styles.galleryColumn}>
        <GalleryPicker
          samples={samples}
          classes={manifest.classes}
          index={input.sample.index}
          active={input.kind === 'sample'}
          onPick={input.pick}
          perClass={1}
          columns={5}
          title={compact ? t.pickHeldOut : t.heldOutImages}
        />
        {!compact && (
          <>
            <p className={styles.hint}>{t.noMouse}</p>
            <ImageUpload onPicture={input.setPicture} onProblem={input.clearPicture} />
            {input.invert !== null && (
              <p className={styles.hint}>
                <Toggle label={t.invert} checked={input.invert} onChange={input.setInvert} />
              </p>
            )}
            {input.emptyPicture && (
              <p className="error-note" role="alert">
                {t.noInk}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
