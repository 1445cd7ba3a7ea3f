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
  return (
    <div className={styles.inputPanel}>
      <div className={styles.drawColumn}>
        <DrawPad onDraw={input.draw} onClear={input.clearDrawing} active={input.kind === 'drawing'} />
        {input.tooSmall && (
          <p className={styles.warn} role="status" data-too-small="">
            That drawing is very small. The model enlarges the ink to fill its frame, so a dot becomes a blob and the
            answer means little: draw larger, across most of the pad.
          </p>
        )}
        {input.cleared && (
          <p className={styles.hint} role="status">
            Pad cleared: the held-out image no. {input.sample.index} is the input again until you draw.
          </p>
        )}
        <div className={styles.sees}>
          <SampleThumb pixels={input.pixels} size={56} />
          <p className={styles.hint} style={{ margin: 0 }}>
            <strong>What the model sees</strong>:{' '}
            {input.kind === 'sample'
              ? `held-out image no. ${input.sample.index}, exactly as stored (28×28, white ink on black).`
              : `${input.source[0].toUpperCase()}${input.source.slice(1)}, cropped to its ink and ${
                  framing === 'mnist'
                    ? 'scaled into 20×20, then centred by mass in 28×28, as the MNIST digits were'
                    : 'scaled so its longer side fills the 28 pixels, as the Fashion-MNIST items were'
                }.`}
          </p>
        </div>
      </div>
      <div className={styles.answer}>
        <Prediction probs={probs} classes={manifest.classes} trueLabel={input.trueLabel} source={input.source} />
        {probs && (
          <ClassBars
            values={probs.data}
            classes={manifest.classes}
            title="Class probabilities"
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
          title={compact ? 'Or pick a held-out image' : 'Held-out images (never seen in training)'}
        />
        {!compact && (
          <>
            <p className={styles.hint}>
              No mouse or touch screen? Pick an image from the gallery; every part of the explorer works from the
              keyboard.
            </p>
            <ImageUpload onPicture={input.setPicture} onProblem={input.clearPicture} />
            {input.invert !== null && (
              <p className={styles.hint}>
                <Toggle
                  label="Invert (for dark ink on light paper)"
                  checked={input.invert}
                  onChange={input.setInvert}
                />
              </p>
            )}
            {input.emptyPicture && (
              <p className="error-note" role="alert">
                No ink found in the picture (it is one flat colour). The gallery image is still in use.
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
