import type { ModelManifest } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import type { Framing } from '../../lib/preprocess';
import { GalleryPicker } from '../model/GalleryPicker';
import { Prediction } from '../model/Prediction';
import { SampleThumb } from '../model/SampleThumb';
import type { Samples } from '../model/useModel';
import { DrawPad } from './DrawPad';
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
}

/** Where the reader gives the network its input: draw, pick a held-out sample, or upload a picture. */
export function InputPanel({ manifest, samples, input, probs, framing }: InputPanelProps) {
  return (
    <div className={styles.inputPanel}>
      <div className={styles.drawColumn}>
        <p className={styles.panelTitle}>Draw</p>
        <DrawPad onDraw={input.draw} onClear={input.clearDrawing} active={input.kind === 'drawing'} />
        <p className={styles.hint}>
          No mouse or touch screen? Pick a sample from the gallery; every part of the explorer works from the keyboard.
        </p>
        <ImageUpload onPicture={input.setPicture} />
        {input.invert !== null && (
          <p className={styles.hint}>
            <Toggle label="Invert (for dark ink on light paper)" checked={input.invert} onChange={input.setInvert} />
          </p>
        )}
        {input.emptyPicture && <p className="error-note" role="alert">No ink found in the picture (it is one flat colour). The gallery sample is still in use.</p>}
      </div>
      <div className={styles.galleryColumn}>
        <GalleryPicker
          samples={samples} classes={manifest.classes} index={input.sample.index} active={input.kind === 'sample'}
          onPick={input.pick} perClass={2} title="Held-out samples (never seen in training)"
        />
        <div className={styles.sees}>
          <SampleThumb pixels={input.pixels} size={84} />
          <div>
            <p className={styles.panelTitle} style={{ margin: 0 }}>What the model sees</p>
            <p className={styles.hint} style={{ margin: 0 }}>
              {input.kind === 'sample'
                ? `Sample ${input.sample.index} exactly as stored: 28×28, white ink on black.`
                : `${input.source[0].toUpperCase()}${input.source.slice(1)}, cropped to its ink and ${framing === 'mnist'
                  ? 'scaled into 20×20 then centred by mass in 28×28, as the MNIST digits were'
                  : 'scaled so its longer side fills the 28 pixels, as the Fashion-MNIST items were'}.`}
            </p>
          </div>
        </div>
        <Prediction probs={probs} classes={manifest.classes} trueLabel={input.trueLabel} source={input.source} />
      </div>
    </div>
  );
}
