import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
// the recogniser runs in the model worker; its refusals reach the page as OwnModelErrors
import { checkFileSize, OwnModelError, ownModelErrorText } from '../../lib/ownModelError';
import { useLocale, useMessages } from '../i18n/locale';
import { byomMessages } from './byomMessages';
import styles from './Byom.module.css';

/**
 * Reads a dropped or chosen .onnx file in the browser and hands its bytes to `onOpen` (which
 * recognises and opens it, in the model worker); a refusal is explained in words, and the
 * picker stays usable. A file over the size limit is refused before it is read.
 */
export function ModelFilePicker({ onOpen }: { onOpen(bytes: Uint8Array, fileName: string): Promise<void> }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const locale = useLocale();
  const t = useMessages(byomMessages);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      checkFileSize(file.size, file.name);
      await onOpen(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      const message =
        error instanceof OwnModelError
          ? t.refused(file.name, ownModelErrorText(error, locale))
          : t.unreadable(file.name, error instanceof Error ? error.message : String(error));
      setProblem(message);
    } finally {
      setBusy(false);
    }
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again should work too
    void open(file);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void open(e.dataTransfer.files[0]);
  };

  return (
    <div
      className={styles.dropZone}
      data-dragging={dragging}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-model-picker="">
      <label htmlFor={id} className={styles.label}>
        {t.choose}
      </label>
      <input id={id} type="file" accept=".onnx,application/octet-stream" onChange={onChange} disabled={busy} />
      {busy && (
        <p className={styles.privacy} role="status">
          {t.reading}
        </p>
      )}
      <p className={styles.privacy}>{t.privacy}</p>
      {problem && (
        <p className="error-note" role="alert" data-model-error="">
          {problem}
        </p>
      )}
    </div>
  );
}
