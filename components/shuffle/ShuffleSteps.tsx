import { useState, type KeyboardEvent } from 'react';
import { groupColor } from '../../lib/palette';
import { groupOf } from '../../lib/shuffle';
import { shuffleFrames, readOut, type ShuffleStepId } from '../../lib/shuffleSteps';
import { useElementWidth } from '../hooks/useElementWidth';
import styles from './Shuffle.module.css';

interface Props {
  channels: number;
  /** the rows of the reshape: g for the shuffle, C/g for its inverse */
  rows: number;
  /** colours follow the input's groups (as in the permutation diagram below) */
  groups: number;
}

const TITLES: Record<ShuffleStepId, string> = {
  in: '1. The channels in order',
  grid: '2. Written into the grid, row by row',
  transposed: '3. The grid transposed',
  out: '4. Read out, row by row',
};

function caption(id: ShuffleStepId, c: number, rows: number, order: number[]): string {
  const cols = c / rows;
  switch (id) {
    case 'in':
      return `${c} channels, coloured by the group they belong to.`;
    case 'grid':
      return `Reshape to (${rows}, ${cols}): ${rows} row${rows > 1 ? 's' : ''} of ${cols}, the first ${cols} channels in the first row, the next ${cols} in the second, and so on.`;
    case 'transposed':
      return `Transpose: rows become columns, so the grid is now ${cols} row${cols > 1 ? 's' : ''} of ${rows}. Each row holds one channel from every ${rows === c ? 'column' : 'former row'}.`;
    case 'out':
      return `Flatten: reading the transposed grid row by row gives the output order ${order.join(', ')}.`;
  }
}

/**
 * The shuffle animated as the chapter explains it: write the channels into a grid, transpose it,
 * read it out. The reader steps with the buttons or the arrow keys; each channel moves to its
 * place in the next frame (at once under prefers-reduced-motion).
 */
export function ShuffleSteps({ channels, rows, groups }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(560, { min: 280, max: 560 });
  const [step, setStep] = useState(0);
  const frames = shuffleFrames(channels, rows);
  const frame = frames[Math.min(step, frames.length - 1)];
  const last = frames.length - 1;
  const go = (k: number) => setStep(Math.max(0, Math.min(last, k)));
  const onKey = (e: KeyboardEvent) => {
    const to = {
      ArrowRight: step + 1,
      ArrowDown: step + 1,
      ArrowLeft: step - 1,
      ArrowUp: step - 1,
      Home: 0,
      End: last,
    }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  };

  const gap = 4;
  const maxRows = Math.max(...frames.map((f) => f.rows));
  const slot = Math.max(8, Math.min(28, Math.floor((width - 16) / channels) - gap));
  const pitch = slot + gap;
  const height = maxRows * pitch + 8;
  const x0 = (width - frame.cols * pitch + gap) / 2;
  const order = readOut(frame);
  const showNumbers = slot >= 12;

  return (
    <div>
      <div className="control-row" role="group" aria-label="Steps of the shuffle">
        <button type="button" className="btn" onClick={() => go(step - 1)} disabled={step === 0}>
          ← Back
        </button>
        <button type="button" className="btn" onClick={() => go(step + 1)} disabled={step === last}>
          Next →
        </button>
        <button type="button" className="btn" onClick={() => go(0)} disabled={step === 0}>
          Start again
        </button>
        <span className="output-note" aria-hidden="true">
          step {step + 1} of {frames.length}
        </span>
      </div>
      <div
        ref={ref}
        className={styles.stage}
        tabIndex={0}
        onKeyDown={onKey}
        aria-label={`Channel shuffle in steps: ${TITLES[frame.id]}. Use the arrow keys to step.`}
        role="group"
        data-step={frame.id}>
        <p className="output-note" style={{ fontWeight: 650, margin: '0.3rem 0' }}>
          {TITLES[frame.id]}
        </p>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          style={{ maxWidth: width, display: 'block' }}
          role="img"
          aria-label={`${TITLES[frame.id]}: ${frame.rows} row${frame.rows > 1 ? 's' : ''} of ${frame.cols}, in reading order ${order.join(', ')}.`}>
          {frame.place.map((p, ch) => (
            <g
              key={ch}
              className={styles.slot}
              style={{ transform: `translate(${x0 + p.col * pitch}px, ${4 + p.row * pitch}px)` }}
              data-channel={ch}>
              <rect width={slot} height={slot} rx={3} fill={groupColor(groupOf(ch, channels, groups))} />
              {showNumbers && (
                <text
                  x={slot / 2}
                  y={slot / 2}
                  dy="0.35em"
                  textAnchor="middle"
                  fill="var(--bg-cell)"
                  fontSize={slot >= 18 ? 12 : 9}
                  fontFamily="var(--font-ui)"
                  fontWeight={600}>
                  {ch}
                </text>
              )}
            </g>
          ))}
        </svg>
        <p className={`output-note ${styles.caption}`} aria-live="polite">
          {caption(frame.id, channels, rows, order)}
        </p>
      </div>
    </div>
  );
}
