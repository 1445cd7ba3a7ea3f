import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
// the recogniser runs in the model worker; its refusals reach the page as OwnModelErrors
import { checkFileSize, OwnModelError } from '../../lib/ownModelError';
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
          ? `“${file.name}”: ${error.message}`
          : `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}).`;
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
        Choose a ShuffleNetV2 .onnx file (or drop it here)
      </label>
      <input id={id} type="file" accept=".onnx,application/octet-stream" onChange={onChange} disabled={busy} />
      {busy && (
        <p className={styles.privacy} role="status">
          Reading the model…
        </p>
      )}
      <p className={styles.privacy}>
        The file never leaves your computer: it is read and run in this browser tab, and nothing is uploaded.
      </p>
      {problem && (
        <p className="error-note" role="alert" data-model-error="">
          {problem}
        </p>
      )}
    </div>
  );
}
