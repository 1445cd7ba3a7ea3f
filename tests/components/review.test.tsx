// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChoiceExercise } from '../../components/review/ChoiceExercise';
import { NumericExercise } from '../../components/review/NumericExercise';
import { ProgressSummary } from '../../components/review/ProgressSummary';
import { ProgressRecorder } from '../../components/review/useProgress';
import { loadProgress, PROGRESS_STORAGE_KEY, RESULT_EVENT, type ExerciseResult } from '../../lib/progress';
import { basicUnit } from '../../lib/units';

const answer = basicUnit(116, 28, 28).totals.params;

function captureResults(): ExerciseResult[] {
  const seen: ExerciseResult[] = [];
  window.addEventListener(RESULT_EVENT, (e) => seen.push((e as CustomEvent<ExerciseResult>).detail));
  return seen;
}

function numeric(id = 'num') {
  return <NumericExercise id={id} prompt="Params?" answer={answer} unit="parameters" explanation={<p>Because maths.</p>} />;
}

function choice(id = 'choice') {
  return (
    <ChoiceExercise
      id={id}
      prompt="Pick one"
      options={[
        { text: 'Right option', correct: true, why: <p>why-right</p> },
        { text: 'Wrong option', correct: false, why: <p>why-wrong</p> },
      ]}
    />
  );
}

function answerNumeric(value: string) {
  const box = within(document.querySelector<HTMLElement>('[data-exercise-id^="n"]')!);
  fireEvent.change(box.getByLabelText(/Your answer/), { target: { value } });
  fireEvent.click(box.getByRole('button', { name: 'Check' }));
}

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('NumericExercise', () => {
  it('accepts the computed answer, explains, and announces a correct result', () => {
    const seen = captureResults();
    render(numeric());
    answerNumeric(answer.toLocaleString('en-US'));
    expect(screen.getByText(/Correct/)).toBeTruthy();
    expect(screen.getByText('Because maths.')).toBeTruthy();
    expect(seen.at(-1)).toEqual({ id: 'num', correct: true });
  });

  it('says which way a wrong answer is off and reveals the solution only on request', () => {
    const seen = captureResults();
    render(numeric());
    answerNumeric(String(answer - 1));
    expect(screen.getByText(/too low/)).toBeTruthy();
    expect(screen.queryByText('Because maths.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show the solution' }));
    expect(screen.getByText(answer.toLocaleString('en-US'), { exact: false })).toBeTruthy();
    expect(seen.at(-1)).toEqual({ id: 'num', correct: false });
  });

  it('explains unreadable input and records nothing', () => {
    const seen = captureResults();
    render(numeric());
    answerNumeric('lots');
    expect(screen.getByText(/not a number/)).toBeTruthy();
    expect(seen).toHaveLength(0);
  });
});

describe('ChoiceExercise', () => {
  it('explains the chosen option and announces the result', () => {
    const seen = captureResults();
    render(choice());
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText(/Choose one of the options/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Wrong option/));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('why-wrong')).toBeTruthy();
    expect(screen.queryByText('why-right')).toBeNull();
    expect(seen).toEqual([{ id: 'choice', correct: false }]);
  });

  it('refuses a question without exactly one right option', () => {
    expect(() => render(<ChoiceExercise id="bad" prompt="?" options={[{ text: 'a', correct: false, why: 'x' }]} />)).toThrow(/exactly one/);
  });
});

describe('progress on a page', () => {
  it('records answers into localStorage, counts them, and clears them', () => {
    render(
      <>
        <ProgressRecorder />
        <ProgressSummary />
        {numeric('n1')}
        {choice('c1')}
      </>,
    );
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^0 of 2 answered correctly/);
    answerNumeric(String(answer));
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^1 of 2 answered correctly/);
    expect(loadProgress(localStorage)).toMatchObject({ n1: { correct: true, attempts: 1 } });
    expect(screen.getByText(/Answered correctly · 1 try/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear my progress' }));
    expect(localStorage.getItem(PROGRESS_STORAGE_KEY)).toBeNull();
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^0 of 2/);
    expect((screen.getByLabelText(/Your answer/) as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/Correct/)).toBeNull();
  });

  it('counts results from exercises of other chapters (any exercise-result event)', () => {
    render(
      <>
        <ProgressRecorder />
        <ProgressSummary />
        {numeric('n1')}
      </>,
    );
    act(() => {
      window.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail: { id: 'chapter4-exercise', correct: true } }));
    });
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^0 of 1/);
    expect(screen.getByTestId('progress-book').textContent).toMatch(/1 exercise answered correctly, including exercises in other chapters/);
  });
});
