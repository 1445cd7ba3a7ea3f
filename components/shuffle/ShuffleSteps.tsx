import { useState, type KeyboardEvent } from 'react';
import { groupColor } from '../../lib/palette';
import { groupOf } from '../../lib/shuffle';
import { shuffleFrames, readOut, type ShuffleStepId } from '../../lib/shuffleSteps';
import { useElementWidth } from '../hooks/useElementWidth';
import styles from './Shuffle.module.css';
import { useMessages } from '../i18n/locale';
import { shuffleCellMessages } from './shuffleMessages';

interface Props {
  channels: number;
  /** the rows of the reshape: g for the shuffle, C/g for its inverse */
  rows: number;
  /** colours follow the input's groups (as in the permutation diagram below) */
  groups: number;
}

type Texts = (typeof shuffleCellMessages)['en'];
const TITLE_KEY = { in: 'stepIn', grid: 'stepGrid', transposed: 'stepTransposed', out: 'stepOut' } as const;

function caption(id: ShuffleStepId, c: number, rows: number, order: number[], t: Texts): string {
  const cols = c / rows;
  switch (id) {
    case 'in':
      return t.captionIn(c);
    case 'grid':
      return t.captionGrid(rows, cols);
    case 'transposed':
      return t.captionTransposed(rows, cols, rows === c);
    case 'out':
      return t.captionOut(order.join(', '));
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
  const t = useMessages(shuffleCellMessages);
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
  const title = t[TITLE_KEY[frame.id]];

  return (
    <div>
      <div className="control-row" role="group" aria-label={t.stepsGroup}>
        <button type="button" className="btn" onClick={() => go(step - 1)} disabled={step === 0}>
          {t.back}
        </button>
        <button type="button" className="btn" onClick={() => go(step + 1)} disabled={step === last}>
          {t.next}
        </button>
        <button type="button" className="btn" onClick={() => go(0)} disabled={step === 0}>
          {t.startAgain}
        </button>
        <span className="output-note" aria-hidden="true">
          {t.stepOf(step + 1, frames.length)}
        </span>
      </div>
      <div
        ref={ref}
        className={styles.stage}
        tabIndex={0}
        onKeyDown={onKey}
        aria-label={t.stepsStage(title)}
        role="group"
        data-step={frame.id}>
        <p className="output-note" style={{ fontWeight: 650, margin: '0.3rem 0' }}>
          {title}
        </p>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          style={{ maxWidth: width, display: 'block' }}
          role="img"
          aria-label={t.stepsFigure(title, frame.rows, frame.cols, order.join(', '))}>
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
          {caption(frame.id, channels, rows, order, t)}
        </p>
      </div>
    </div>
  );
}
