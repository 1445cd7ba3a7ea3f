import { useId, useState, type ReactNode } from 'react';
import { invertPermutation, shufflePermutation } from '../../lib/shuffle';
import { basicUnit } from '../../lib/units';
import { findUnit } from '../../lib/steps';
import { MANIFESTS, type ModelName } from '../model/catalog';

interface NumberExerciseProps {
  prompt: ReactNode;
  answer: number;
  /** shown after a correct answer, or after "Show answer" */
  explanation: ReactNode;
  label?: string;
}

/** A question with a whole-number answer and instant feedback in words. */
export function NumberExercise({ prompt, answer, explanation, label = 'Your answer' }: NumberExerciseProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [state, setState] = useState<'idle' | 'right' | 'wrong' | 'invalid' | 'shown'>('idle');
  const check = () => {
    if (!/^\s*-?\d+\s*$/.test(value)) return setState('invalid');
    setState(Number(value) === answer ? 'right' : 'wrong');
  };
  return (
    <div className="cell" style={{ padding: '0.6rem 0.9rem' }} role="group" aria-labelledby={`${id}-q`}>
      <div id={`${id}-q`}>{prompt}</div>
      <div className="control-row">
        <label htmlFor={`${id}-a`}>{label}</label>
        <input id={`${id}-a`} type="number" value={value} onChange={(e) => { setValue(e.target.value); setState('idle'); }} onKeyDown={(e) => e.key === 'Enter' && check()} />
        <button type="button" className="btn" onClick={check}>Check</button>
        <button type="button" className="btn" onClick={() => setState('shown')}>Show answer</button>
      </div>
      <div aria-live="polite">
        {state === 'invalid' && <p className="error-note">Please enter a whole number (digits only).</p>}
        {state === 'wrong' && <p className="output-note" style={{ color: 'var(--bad)' }}>Not quite — {value} is not it. Try again, or use the explorer to look.</p>}
        {(state === 'right' || state === 'shown') && (
          <div className="output-note">
            <p style={{ margin: '0.2rem 0' }}>{state === 'right' ? <strong style={{ color: 'var(--ok)' }}>Correct.</strong> : <strong>Answer: {answer}.</strong>}</p>
            {explanation}
          </div>
        )}
      </div>
    </div>
  );
}

/** Where does input channel `channel` of a basic unit end up after the unit's shuffle? */
export function ShuffleDestinationExercise({ model = 'digits', stage, unit, channel }: { model?: ModelName; stage: number; unit: number; channel: number }) {
  const spec = findUnit(MANIFESTS[model], stage, unit);
  if (!spec || spec.type !== 'basic') return <p className="error-note">Stage {stage}, unit {unit} is not a basic unit of the {model} model.</p>;
  const C = spec.outChannels;
  const destination = invertPermutation(shufflePermutation(C, 2))[channel];
  return (
    <NumberExercise
      prompt={<p style={{ margin: 0 }}>Stage {stage}, unit {unit} is a basic unit with {C} channels. Input channel {channel} falls in the untouched half.
        At which position (counting from 0) is it in the unit&apos;s <em>output</em>, after the channel shuffle?</p>}
      answer={destination}
      label="Output channel"
      explanation={<p style={{ margin: '0.2rem 0' }}>The untouched half keeps channel {channel} at concat position {channel}. The shuffle views the {C} channels as
        2 rows of {C / 2} and reads them column by column, so left channel <i>k</i> lands at 2<i>k</i>: 2 × {channel} = {destination}. In the explorer,
        point at output channel {destination} of the shuffle: its line starts at concat channel {channel}.</p>}
    />
  );
}

/** The output height of a unit, from its input height (the ⌈n/2⌉ of stride 2 with padding 1). */
export function DownSizeExercise({ model = 'digits', stage }: { model?: ModelName; stage: number }) {
  const spec = findUnit(MANIFESTS[model], stage, 1);
  if (!spec) return null;
  const [h] = spec.inSize;
  return (
    <NumberExercise
      prompt={<p style={{ margin: 0 }}>The down-sampling unit that opens stage {stage} receives {h}×{h} maps. Its depthwise convolutions use a 3×3 kernel,
        stride 2 and padding 1. How many rows do its output maps have?</p>}
      answer={spec.outSize[0]}
      label="Rows"
      explanation={<p style={{ margin: '0.2rem 0' }}>A 3×3 kernel with padding 1 and stride 2 has ⌊({h} + 2 − 3) / 2⌋ + 1 = ⌈{h}/2⌉ = {spec.outSize[0]} positions
        per row and column. {h % 2 === 1 ? 'An odd size rounds up, so the border row and column still get an output.' : ''} The overview strip of the explorer lists it.</p>}
    />
  );
}

/** Multiply-adds of the untouched half of a basic unit (from lib/units.ts, like every cost in the book). */
export function IdentityCostExercise({ model = 'digits', stage, unit }: { model?: ModelName; stage: number; unit: number }) {
  const spec = findUnit(MANIFESTS[model], stage, unit);
  if (!spec) return null;
  const ops = basicUnit(spec.inChannels, spec.inSize[0], spec.inSize[1]).ops;
  const identity = ops.find((op) => op.kind === 'identity')!;
  const branch = ops.filter((op) => op.path === 'right').reduce((a, op) => a + op.flops, 0);
  return (
    <NumberExercise
      prompt={<p style={{ margin: 0 }}>How many multiply-adds does the untouched half of stage {stage}, unit {unit} ({spec.inChannels / 2} channels of {spec.inSize[0]}×{spec.inSize[1]}) cost?</p>}
      answer={identity.flops}
      label="Multiply-adds"
      explanation={<p style={{ margin: '0.2rem 0' }}>None: the half is passed on as it is, which is what the explorer&apos;s &ldquo;Identical&rdquo; check shows on the real numbers.
        The branch half costs {branch.toLocaleString('en')} multiply-adds in this unit.</p>}
    />
  );
}
