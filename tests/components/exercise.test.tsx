// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChoiceExercise, MultipleChoiceExercise } from '../../components/exercise/ChoiceExercise';
import { ChapterNumberContext } from '../../components/exercise/context';
import { Exercises } from '../../components/exercise/Exercises';
import { NumericExercise } from '../../components/exercise/NumericExercise';
import { ProgressStoreContext } from '../../components/exercise/useProgress';
import { EXERCISE_RESULT_EVENT, ProgressStore, type ExerciseResult, type StorageLike } from '../../lib/progress';
import { memoryStorage } from '../helpers/memoryStorage';

afterEach(cleanup);

/** Renders with a store of its own (in memory), returning the store and the results it announced. */
function renderWithStore(ui: ReactNode, getStorage: () => StorageLike | null = memoryStorage) {
  const target = new EventTarget();
  const heard: ExerciseResult[] = [];
  target.addEventListener(EXERCISE_RESULT_EVENT, (e) => heard.push((e as CustomEvent<ExerciseResult>).detail));
  const store = new ProgressStore(getStorage, { target });
  render(<ProgressStoreContext.Provider value={store}>{ui}</ProgressStoreContext.Provider>);
  return { store, heard };
}

function answer(text: string) {
  fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
}

describe('NumericExercise', () => {
  it('accepts a right answer in any common notation, shows the explanation and records the result', () => {
    const { heard, store } = renderWithStore(
      <NumericExercise
        id="t-mac"
        title="MAC"
        answer={819200}
        unit="elements"
        explanation={<span>because hw(c1+c2)+c1c2</span>}>
        What is the MAC?
      </NumericExercise>,
    );
    expect(screen.getByText('What is the MAC?')).toBeTruthy();
    expect(screen.queryByText(/because hw/)).toBeNull();
    answer('819 200');
    expect(screen.getByRole('status').textContent).toMatch(/Correct/);
    expect(screen.getByText(/because hw/)).toBeTruthy();
    expect(screen.getByText(/Answer: 819,200 elements/)).toBeTruthy();
    expect(heard).toEqual([{ id: 't-mac', correct: true }]);
    expect(store.getSnapshot().progress['t-mac']).toMatchObject({ correct: true, attempts: 1 });
    expect(screen.getByText('Answered correctly · 1 try')).toBeTruthy();
  });

  it('Check is disabled until something is typed', () => {
    renderWithStore(<NumericExercise id="t-empty" answer={3} explanation="x" prompt="?" />);
    const check = screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement;
    expect(check.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: '  ' } });
    expect(check.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Your answer'), { target: { value: '4' } });
    expect(check.disabled).toBe(false);
  });

  it('an answer 800× too small is told so, and the explanation stays hidden until asked for', () => {
    const { heard } = renderWithStore(
      <NumericExercise id="t-wrong" answer={819200} explanation={<span>secret reasoning</span>} prompt="Guess" />,
    );
    answer('1024');
    expect(screen.getByRole('status').textContent).toMatch(/about 800× too small/);
    expect(screen.getByRole('status').textContent).not.toMatch(/%/);
    expect(screen.queryByText(/secret reasoning/)).toBeNull();
    expect(heard).toEqual([{ id: 't-wrong', correct: false }]);
    fireEvent.click(screen.getByRole('button', { name: 'Show the solution' }));
    expect(screen.getByText(/Answer: 819,200\./)).toBeTruthy();
    expect(screen.getByText('secret reasoning')).toBeTruthy();
  });

  it('explains unreadable input without recording a result', () => {
    const { heard } = renderWithStore(<NumericExercise id="t-bad" answer={1.5} explanation="x" prompt="x" />);
    answer('1,5');
    expect(screen.getByText(/dot for decimals/)).toBeTruthy();
    expect(heard).toEqual([]);
  });

  it('takes a % sign when the unit is %, and says what slack it allows', () => {
    renderWithStore(<NumericExercise id="t-pct" answer={12.5} unit="%" tolerance={0.1} explanation="x" prompt="x" />);
    expect(screen.getByText('within 0.1')).toBeTruthy();
    answer('12.5%');
    expect(screen.getByRole('status').textContent).toMatch(/Correct/);
  });
});

describe('ChoiceExercise (single choice)', () => {
  const options = [
    { text: 'Whole channels', correct: true, why: 'It permutes the channel axis.' },
    { text: 'Pixels', correct: false, why: 'Space is untouched.' },
    { text: 'Weights', correct: false, why: 'No parameters.' },
  ];

  it('uses radio buttons in a named radiogroup; Check waits for a choice', () => {
    renderWithStore(<ChoiceExercise id="t-one" options={options} prompt="What moves?" />);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByRole('radiogroup', { name: 'What moves?' })).toBeTruthy();
    expect(screen.queryByText(/Select all/)).toBeNull();
    expect((screen.getByRole('button', { name: 'Check' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a wrong choice shows its own explanation and never speaks of "at least one correct option"; the right one shows all', () => {
    const { heard } = renderWithStore(<ChoiceExercise id="t-choice" options={options} prompt="What moves?" />);
    fireEvent.click(screen.getByLabelText('Pixels'));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toMatch(/Not this one/);
    expect(status).not.toMatch(/at least one/);
    expect(screen.getByText('Space is untouched.')).toBeTruthy();
    expect(screen.queryByText('It permutes the channel axis.')).toBeNull();

    fireEvent.click(screen.getByLabelText('Whole channels'));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toMatch(/Correct/);
    for (const o of options) expect(screen.getByText(o.why)).toBeTruthy();
    expect(heard).toEqual([
      { id: 't-choice', correct: false },
      { id: 't-choice', correct: true },
    ]);
  });

  it('"Show the solution" marks the right option and explains every one', () => {
    renderWithStore(<ChoiceExercise id="t-all" options={options} prompt="x" />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the solution' }));
    expect(screen.getAllByText(/✓ Right\./)).toHaveLength(1);
    expect(screen.getAllByText(/✗ Wrong\./)).toHaveLength(2);
  });

  it('explains a malformed exercise instead of rendering it', () => {
    renderWithStore(
      <ChoiceExercise id="t-broken" options={options.map((o) => ({ ...o, correct: true }))} prompt="x" />,
    );
    expect(screen.getByText(/exactly one correct option/)).toBeTruthy();
  });
});

describe('MultipleChoiceExercise', () => {
  const options = [
    { text: 'ReLU', correct: true, why: 'all traffic' },
    { text: 'Add', correct: true, why: 'two reads' },
    { text: '1×1 conv', correct: false, why: 'real work' },
  ];
  it('uses checkboxes, says "Select all that apply", and names the kind of mistake', () => {
    renderWithStore(<MultipleChoiceExercise id="t-many" options={options} prompt="Which are element-wise?" />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    expect(screen.getByRole('group', { name: 'Which are element-wise?' })).toBeTruthy();
    expect(screen.getByText('Select all that apply.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('ReLU'));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toMatch(/a right option is missing/);
    fireEvent.click(screen.getByLabelText('Add'));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('status').textContent).toMatch(/Correct/);
  });
});

describe('Exercises', () => {
  it('numbers its exercises by chapter, skipping other children, and tallies the answers', () => {
    renderWithStore(
      <ChapterNumberContext.Provider value={5}>
        <Exercises>
          <h3>Part one</h3>
          <NumericExercise id="e1" answer={1} explanation="x" prompt="one?" />
          <p>Some prose.</p>
          <ChoiceExercise
            id="e2"
            prompt="two?"
            options={[
              { text: 'a', correct: true, why: 'y' },
              { text: 'b', correct: false, why: 'n' },
            ]}
          />
        </Exercises>
      </ChapterNumberContext.Provider>,
    );
    const sections = screen.getAllByRole('region');
    expect(sections.map((s) => within(s).getByText(/^Exercise/).textContent)).toEqual(['Exercise 5.1', 'Exercise 5.2']);
    expect(screen.getByRole('region', { name: 'Exercise 5.2' })).toBeTruthy();
    expect(screen.getByTestId('exercises-tally').textContent).toBe('');
    const first = within(sections[0]);
    fireEvent.change(first.getByLabelText('Your answer'), { target: { value: '1' } });
    fireEvent.click(first.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('exercises-tally').textContent).toBe(
      'This chapter’s exercises: 1 of 2 answered correctly.',
    );
  });
});
