import { useEffect, useId, useMemo, useState, type CSSProperties } from 'react';
import { galleryPage, galleryPageCount, pageOfSample } from '../../lib/gallery';
import { SampleThumb } from './SampleThumb';
import type { Samples } from './useModel';
import { useMessages } from '../i18n/locale';
import { modelMessages } from './modelMessages';
import styles from './GalleryPicker.module.css';

interface GalleryPickerProps {
  samples: Samples | null;
  classes: readonly string[];
  /** the selected sample (shown pressed when `active`) */
  index: number;
  active?: boolean;
  onPick(index: number): void;
  /** samples of each class per page */
  perClass?: number;
  title?: string;
  /** 'error' when the samples will not come (the model failed to load): the bar stops saying "loading…" */
  status?: 'idle' | 'loading' | 'ready' | 'error';
  /** thumbnails per row (default: one per class) */
  columns?: number;
}

/**
 * Held-out samples with their true labels, every class on every page; "More samples" pages through
 * the file. Each thumbnail is a button, so keyboard users pick inputs here instead of drawing.
 */
export function GalleryPicker({
  samples,
  classes,
  index,
  active = true,
  onPick,
  perClass = 1,
  title,
  status,
  columns,
}: GalleryPickerProps) {
  const t = useMessages(modelMessages);
  const headingId = useId();
  const [page, setPage] = useState(0);
  const labels = samples?.labels;
  // Open on the page that holds the selected sample (e.g. from a shared link), once samples arrive.
  useEffect(() => {
    if (labels) setPage(pageOfSample(labels, Math.min(index, labels.length - 1), perClass));
    // Only when the sample file changes: paging afterwards is the reader's, so `index` is left out on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [labels, perClass]);
  const pages = labels ? galleryPageCount(labels, classes.length, perClass) : 0;
  const shown = useMemo(
    () => (labels ? galleryPage(labels, classes.length, page % Math.max(1, pages), perClass) : []),
    [labels, classes.length, page, pages, perClass],
  );

  return (
    <div className={styles.gallery} role="group" aria-labelledby={headingId}>
      <p id={headingId} className={styles.bar} style={{ margin: 0 }}>
        <strong style={{ color: 'var(--fg)' }}>{title ?? t.heldOutSamples}</strong>
        {samples ? (
          <span>{t.pageOf((page % pages) + 1, pages)}</span>
        ) : (
          <span>{status === 'error' ? t.notLoaded : t.loadingShort}</span>
        )}
      </p>
      <ul className={styles.grid} style={{ '--columns': columns ?? classes.length } as CSSProperties}>
        {shown.map((i) => (
          <li key={i}>
            <button
              type="button"
              className={styles.thumb}
              aria-pressed={active && i === index}
              onClick={() => onPick(i)}
              aria-label={t.sampleLabel(i, classes[samples!.labels[i]])}
              data-sample={i}>
              <SampleThumb pixels={samples!.images[i]} size={36} />
              <span className={styles.name} aria-hidden="true">
                {classes[samples!.labels[i]]}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className={styles.bar}>
        <button
          type="button"
          className="btn"
          onClick={() => setPage((p) => (p + 1) % Math.max(1, pages))}
          disabled={!samples}>
          {t.moreSamples}
        </button>
        {/* the label first: "sample 0, true label 8" read as the digit 0 */}
        {samples && active && (
          <span>
            {t.selectedBefore}
            <strong>{classes[samples.labels[index]]}</strong>
            {t.selectedAfter(index)}
          </span>
        )}
      </div>
    </div>
  );
}
