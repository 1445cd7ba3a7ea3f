// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceExercise, formatAnswer, NumericExercise } from '../../components/exercise/Exercise';
import { EXERCISE_EVENT, type ExerciseResultDetail } from '../../lib/exercise';

afterEach(cleanup);

function answer(text: string) {
  fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
}

describe('NumericExercise', () => {
  it('accepts a right answer in any common notation, then shows the explanation and reports it', () => {
    const onResult = vi.fn();
    const heard: ExerciseResultDetail[] = [];
    const listener = (e: Event) => heard.push((e as CustomEvent<ExerciseResultDetail>).detail);
    window.addEventListener(EXERCISE_EVENT, listener);
    render(<NumericExercise id="t-mac" title="MAC" answer={819200} unit="elements" explanation={<span>because hw(c1+c2)+c1c2</span>} onResult={onResult}>What is the MAC?</NumericExercise>);
    expect(screen.getByText('What is the MAC?')).toBeTruthy();
    expect(screen.queryByText(/because hw/)).toBeNull();
    answer('819,200');
    expect(screen.getByRole('status').textContent).toMatch(/Correct/);
    expect(screen.getByText(/because hw/)).toBeTruthy();
    expect(screen.getByText(/Answer: 819,200 elements/)).toBeTruthy();
    expect(onResult).toHaveBeenCalledWith('t-mac', true);
    expect(heard).toEqual([{ id: 't-mac', correct: true }]);
    window.removeEventListener(EXERCISE_EVENT, listener);
  });

  it('says how far off a wrong answer is and keeps the explanation hidden', () => {
    const onResult = vi.fn();
    render(<NumericExercise id="t-wrong" answer={100} explanation={<span>secret reasoning</span>} onResult={onResult} prompt="Guess" />);
    answer('110');
    expect(screen.getByRole('status').textContent).toMatch(/10% too high/);
    expect(screen.queryByText(/secret reasoning/)).toBeNull();
    expect(onResult).toHaveBeenCalledWith('t-wrong', false);
    answer('1.0e2');
    expect(screen.getByRole('status').textContent).toMatch(/Correct/);
    expect(onResult).toHaveBeenLastCalledWith('t-wrong', true);
  });

  it('explains unreadable input without reporting a result', () => {
    const onResult = vi.fn();
    render(<NumericExercise id="t-bad" answer={1.5} onResult={onResult} prompt="x" />);
    answer('1,5');
    expect(screen.getByRole('status').textContent).toMatch(/dot for decimals/);
    expect(onResult).not.toHaveBeenCalled();
  });

  it('"Show solution" reveals the answer and explanation', () => {
    render(<NumericExercise id="t-show" answer={9} unit="channels" explanation={<span>count them</span>} prompt="x" />);
    fireEvent.click(screen.getByRole('button', { name: 'Show solution' }));
    expect(screen.getByText(/Answer: 9 channels/)).toBeTruthy();
    expect(screen.getByText('count them')).toBeTruthy();
  });

  it('takes a % sign when the unit is %', () => {
    render(<NumericExercise id="t-pct" answer={12.5} unit="%" tolerance={0.1} prompt="x" />);
    answer('12.5%');
    expect(screen.getByRole('status').textContent).toMatch(/Correct/);
  });

  it('formats answers for display', () => {
    expect(formatAnswer(819200)).toBe('819,200');
    expect(formatAnswer(1.8763)).toBe('1.876');
    expect(formatAnswer(0.125)).toBe('0.125');
  });
});

describe('ChoiceExercise', () => {
  const options = [
    { text: 'Whole channels', correct: true, why: 'It permutes the channel axis.' },
    { text: 'Pixels', correct: false, why: 'Space is untouched.' },
    { text: 'Weights', correct: false, why: 'No parameters.' },
  ];

  it('a wrong choice shows its own explanation only; the right one shows every explanation', () => {
    const onResult = vi.fn();
    render(<ChoiceExercise id="t-choice" options={options} onResult={onResult} prompt="What moves?" />);
    const check = screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Pixels'));
    fireEvent.click(check);
    expect(screen.getByRole('status').textContent).toMatch(/Not quite/);
    expect(screen.getByText('Space is untouched.')).toBeTruthy();
    expect(screen.queryByText('It permutes the channel axis.')).toBeNull();
    expect(onResult).toHaveBeenLastCalledWith('t-choice', false);

    fireEvent.click(screen.getByLabelText('Whole channels'));
    fireEvent.click(check);
    expect(screen.getByRole('status').textContent).toMatch(/Correct/);
    for (const o of options) expect(screen.getByText(o.why)).toBeTruthy();
    expect(onResult).toHaveBeenLastCalledWith('t-choice', true);
  });

  it('uses radio buttons for one answer and checkboxes for several', () => {
    render(<ChoiceExercise id="t-one" options={options} prompt="one" />);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    cleanup();
    const multi = options.map((o, i) => ({ ...o, correct: i < 2 }));
    render(<ChoiceExercise id="t-many" options={multi} prompt="many" />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByText('Select all that apply.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Whole channels'));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toMatch(/at least one correct option is not selected/);
    fireEvent.click(screen.getByLabelText('Pixels'));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toMatch(/Correct/);
  });

  it('"Show all explanations" reveals every option with its verdict', () => {
    render(<ChoiceExercise id="t-all" options={options} prompt="x" />);
    fireEvent.click(screen.getByRole('button', { name: 'Show all explanations' }));
    expect(screen.getAllByText(/✓ Right\./)).toHaveLength(1);
    expect(screen.getAllByText(/✗ Wrong\./)).toHaveLength(2);
  });

  it('explains a malformed exercise instead of rendering it', () => {
    render(<ChoiceExercise id="t-broken" options={options.map((o) => ({ ...o, correct: false }))} prompt="x" />);
    expect(screen.getByText(/at least one correct option/)).toBeTruthy();
  });
});
