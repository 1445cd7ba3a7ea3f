// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChoiceExercise } from '../../components/exercise/ChoiceExercise';
import { Exercises } from '../../components/exercise/Exercises';
import { NumericExercise } from '../../components/exercise/NumericExercise';
import { ProgressSummary } from '../../components/exercise/ProgressSummary';
import { ProgressStoreContext } from '../../components/exercise/useProgress';
import { LEGACY_PROGRESS_KEY, PROGRESS_STORAGE_KEY, ProgressStore, type StorageLike } from '../../lib/progress';
import { basicUnit } from '../../lib/units';
import { memoryStorage } from '../helpers/memoryStorage';

const params = basicUnit(116, 28, 28).totals.params;

function page(store: ProgressStore, extra?: ReactNode) {
  render(
    <ProgressStoreContext.Provider value={store}>
      <ProgressSummary />
      <Exercises>
        <NumericExercise
          id="n1"
          prompt="Params?"
          answer={params}
          unit="parameters"
          explanation={<p>Because maths.</p>}
        />
        <ChoiceExercise
          id="c1"
          prompt="Pick one"
          options={[
            { text: 'Right option', correct: true, why: 'why-right' },
            { text: 'Wrong option', correct: false, why: 'why-wrong' },
          ]}
        />
      </Exercises>
      {extra}
    </ProgressStoreContext.Provider>,
  );
}

function answerNumeric(value: string) {
  const box = within(document.querySelector<HTMLElement>('[data-exercise-id="n1"]')!);
  fireEvent.change(box.getByLabelText('Your answer'), { target: { value } });
  fireEvent.click(box.getByRole('button', { name: 'Check' }));
}

afterEach(cleanup);

describe('progress on a page', () => {
  it('records answers into storage, counts them, and clearing resets every exercise', () => {
    const storage = memoryStorage();
    page(new ProgressStore(() => storage));
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^0 of 2 answered correctly/);
    answerNumeric(String(params));
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^1 of 2 answered correctly/);
    expect(storage.data.get(PROGRESS_STORAGE_KEY)).toContain('"n1"');
    expect(screen.getByText(/Answered correctly · 1 try/)).toBeTruthy();
    expect(screen.queryByText(/cannot be kept/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Clear my progress' }));
    expect(storage.data.has(PROGRESS_STORAGE_KEY)).toBe(false);
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^0 of 2/);
    expect(screen.getByText('Your progress was cleared.')).toBeTruthy();
    expect((screen.getByLabelText('Your answer') as HTMLInputElement).value).toBe('');
    expect(screen.queryByText(/Correct/)).toBeNull();
  });

  it('shows progress stored by the first edition of the book, under its old key', () => {
    const storage = memoryStorage({
      [LEGACY_PROGRESS_KEY]: JSON.stringify({
        n1: { correct: true, attempts: 3, updated: 1 },
        'other-chapter': { correct: true, attempts: 1, updated: 1 },
      }),
    });
    page(new ProgressStore(() => storage));
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^1 of 2 answered correctly/);
    expect(screen.getByText('Answered correctly · 3 tries')).toBeTruthy();
    expect(screen.getByTestId('progress-book').textContent).toMatch(
      /2 exercises answered correctly, including exercises in other chapters/,
    );
  });

  it('with storage blocked, says progress cannot be kept and still counts the answers on the page', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    page(new ProgressStore(blocked));
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^0 of 2/);
    expect(document.querySelector('[data-progress-summary] [data-storage-note]')?.textContent).toMatch(
      /progress cannot be kept/,
    );
    answerNumeric(String(params));
    const exercise = within(document.querySelector<HTMLElement>('[data-exercise-id="n1"]')!);
    expect(exercise.getByRole('status').textContent).toMatch(/Correct\..*progress cannot be kept/);
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^1 of 2 answered correctly/);
    expect(screen.getByTestId('exercises-tally').textContent).toMatch(/1 of 2 answered correctly\. .*cannot be kept/);
    const choice = within(document.querySelector<HTMLElement>('[data-exercise-id="c1"]')!);
    fireEvent.click(choice.getByLabelText('Wrong option'));
    fireEvent.click(choice.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('why-wrong')).toBeTruthy();
    expect(screen.getByText(/Last answer not right yet · 1 try/)).toBeTruthy();
  });

  it('with storage full, says so and still counts', () => {
    const storage = memoryStorage();
    const full: StorageLike = {
      ...storage,
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    page(new ProgressStore(() => full));
    expect(screen.queryByText(/storage is full/)).toBeNull(); // not known before a write fails
    answerNumeric('7');
    expect(
      within(document.querySelector<HTMLElement>('[data-exercise-id="n1"]')!).getByRole('status').textContent,
    ).toMatch(/storage is full, so your progress cannot be kept/);
    answerNumeric(String(params));
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^1 of 2 answered correctly/);
    expect(screen.getByText('Answered correctly · 2 tries')).toBeTruthy();
  });

  it('counts answers given in other chapters in the book-wide total', () => {
    const store = new ProgressStore(() => memoryStorage());
    page(store);
    act(() => store.record({ id: 'chapter4-exercise', correct: true }));
    expect(screen.getByTestId('progress-count').textContent).toMatch(/^0 of 2/);
    expect(screen.getByTestId('progress-book').textContent).toMatch(
      /1 exercise answered correctly, including exercises in other chapters/,
    );
  });
});
