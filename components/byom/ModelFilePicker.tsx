import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { RecogniseError } from '../../lib/onnxRecognize';
import { prepareOwnModel, type PreparedModel } from '../../lib/onnxRecognizeSummary';
import styles from './Byom.module.css';

/** Reads a dropped or chosen .onnx file in the browser and recognises it; problems are explained in words. */
export function ModelFilePicker({ onModel }: { onModel(model: PreparedModel, fileName: string): void }) {
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      onModel(prepareOwnModel(bytes), file.name);
    } catch (error) {
      const message =
        error instanceof RecogniseError
          ? error.message
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
        Open your own ShuffleNetV2 (an .onnx file; drop it here or choose it)
      </label>
      <input id={id} type="file" accept=".onnx,application/octet-stream" onChange={onChange} disabled={busy} />
      {busy && (
        <p className={styles.privacy} role="status">
          Reading the model…
        </p>
      )}
      <p className={styles.privacy}>Nothing is uploaded: the file is read in your browser.</p>
      {problem && (
        <p className="error-note" role="alert" data-model-error="">
          {problem}
        </p>
      )}
    </div>
  );
}
