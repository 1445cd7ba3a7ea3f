import type { OwnModel } from './useOwnModel';
import { ModelFilePicker } from './ModelFilePicker';
import { ModelSummary } from './ModelSummary';
import { useMessages } from '../i18n/locale';
import { byomMessages } from './byomMessages';
import styles from './Byom.module.css';

/**
 * "Open your own ShuffleNetV2": the file picker, and once a model is open, what was found in it
 * and the way back to the book's model.
 */
export function OwnModelPanel({
  own,
  onOpen,
  onClose,
}: {
  own: OwnModel | null;
  onOpen(bytes: Uint8Array, fileName: string): Promise<void>;
  onClose(): void;
}) {
  const t = useMessages(byomMessages);
  return (
    <section
      id="own-model"
      className={styles.panel}
      aria-labelledby="own-model-title"
      data-own-model={own ? 'open' : 'none'}>
      <h2 id="own-model-title" className={styles.title}>
        {t.title}
      </h2>
      <p className={styles.intro}>
        {t.introStart}
        <code>shufflenet_v2_x0_5</code> … <code>x2_0</code>
        {t.introEnd}
      </p>
      <div className={styles.panelRow}>
        <ModelFilePicker onOpen={onOpen} />
        {own && (
          <button type="button" onClick={onClose} className={styles.back}>
            {t.back}
          </button>
        )}
      </div>
      {own && <ModelSummary model={own.opened.model.recognised} fileName={own.fileName} />}
    </section>
  );
}
