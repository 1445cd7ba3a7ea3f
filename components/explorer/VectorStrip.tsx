import { useState } from 'react';
import { schemeColor, schemeDomain, type MapScheme } from '../../lib/colorMaps';
import { sharedDomain } from '../../lib/featureMaps';
import { formatValue } from '../../lib/format';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Explorer.module.css';

interface VectorStripProps {
  values: ArrayLike<number>;
  label: string;
  width: number;
  scheme?: MapScheme;
  /** how the readout names entry i */
  entryName?: (i: number) => string;
}

const HEIGHT = 72;

/**
 * A vector drawn as what it is: one bar per entry, in order, height ∝ value (a baseline at 0 for
 * signed values) and coloured by the same map as the maps it came from — no grid that would
 * suggest rows and columns of space. Pointing at a bar, or ← → after focusing, reads its value.
 */
export function VectorStrip({ values, label, width, scheme = 'sequential', entryName }: VectorStripProps) {
  const t = useMessages(explorerMessages);
  const nameOf = entryName ?? t.entry;
  const [at, setAt] = useState<number | null>(null);
  const n = values.length;
  const [lo, hi] = schemeDomain(scheme, sharedDomain([values]));
  const w = Math.max(1, Math.floor((width - 2) / n));
  const total = w * n + 2;
  const y = (v: number) => 2 + ((HEIGHT - 4) * (hi - v)) / (hi - lo);
  const zero = y(0);
  const fraction = (v: number) => (v - lo) / (hi - lo);
  return (
    <div className={styles.vector} data-vector={label}>
      <svg
        width={total}
        height={HEIGHT}
        viewBox={`0 0 ${total} ${HEIGHT}`}
        role="img"
        tabIndex={0}
        aria-label={t.vectorLabel(
          label,
          n,
          formatValue(Math.min(...Array.from(values))),
          formatValue(Math.max(...Array.from(values))),
        )}
        onPointerMove={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          setAt(Math.max(0, Math.min(n - 1, Math.floor((((e.clientX - r.left) * total) / r.width - 1) / w))));
        }}
        onPointerLeave={() => setAt(null)}
        onBlur={() => setAt(null)}
        onKeyDown={(e) => {
          const d = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
          if (d === undefined) return;
          e.preventDefault();
          e.stopPropagation();
          setAt((a) => Math.max(0, Math.min(n - 1, (a ?? -d) + d)));
        }}>
        <line x1={0} x2={total} y1={zero} y2={zero} stroke="var(--border)" />
        {Array.from(values, (v, i) => {
          const [r, g, b] = schemeColor(scheme, fraction(v));
          return (
            <rect
              key={i}
              x={1 + i * w}
              width={Math.max(1, w - (w > 2 ? 1 : 0))}
              y={Math.min(zero, y(v))}
              height={Math.max(0.5, Math.abs(y(v) - zero))}
              fill={`rgb(${r},${g},${b})`}
              opacity={at === null || at === i ? 1 : 0.45}
            />
          );
        })}
      </svg>
      <p className={styles.readout} aria-live="polite">
        {at === null ? t.barHint : `${nameOf(at)}${t.seesColon}${formatValue(values[at])}`}
      </p>
    </div>
  );
}
