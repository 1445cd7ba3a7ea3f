import { BarChart } from '../charts/BarChart';
import { formatPercent, groupDigits } from '../../lib/format';
import { seriesColor } from '../../lib/palette';
import type { HeldOutResult } from '../../lib/heldOut';
import { useMessages } from '../i18n/locale';
import { experimentsMessages } from './experimentsMessages';

export interface Measuring {
  done: number;
  total: number;
}

interface AccuracyCompareProps {
  before: HeldOutResult | null;
  after: HeldOutResult | null;
  progress: Measuring | null;
  error: string | null;
  count: number;
  onMeasure(): void;
  disabled: boolean;
}

const accuracy = (r: HeldOutResult) => r.correct / r.total;

/** Held-out accuracy of the unmodified and the intervened network, measured on request in the worker. */
export function AccuracyCompare({ before, after, progress, error, count, onMeasure, disabled }: AccuracyCompareProps) {
  const t = useMessages(experimentsMessages);
  return (
    <div data-accuracy-compare="">
      <p style={{ display: 'flex', gap: '0.7rem', alignItems: 'center', flexWrap: 'wrap', margin: '0.4rem 0' }}>
        <button type="button" className="btn" onClick={onMeasure} disabled={disabled || progress !== null}>
          {t.measure(groupDigits(count))}
        </button>
        {progress && (
          <span role="status" style={{ display: 'inline-flex', gap: '0.5rem', alignItems: 'center' }}>
            <progress max={progress.total} value={progress.done} aria-label={t.measuring} />
            <span className="output-note">{t.progress(progress.done, progress.total)}</span>
          </span>
        )}
      </p>
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      {before && after && (
        <BarChart
          title={t.accuracyTitle}
          format={(v) => formatPercent(v)}
          domain={[0, 1]}
          maxWidth={520}
          bars={[
            { label: t.unmodified, value: accuracy(before), color: seriesColor(0) },
            { label: t.withIntervention, value: accuracy(after), color: seriesColor(1) },
          ]}
        />
      )}
      {before && after && (
        <p className="output-note" data-accuracy-after={(100 * accuracy(after)).toFixed(1)}>
          {t.accuracySummary(
            after.correct,
            after.total,
            before.correct,
            after.predictions.reduce((n, p, i) => n + (p !== before.predictions[i] ? 1 : 0), 0),
          )}
        </p>
      )}
    </div>
  );
}
