// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChoiceExercise, NumericExercise, isWithin, parseAnswer } from '../../components/units/UnitExercise';

afterEach(cleanup);

describe('parseAnswer / isWithin', () => {
  it('reads the ways people write numbers', () => {
    expect(parseAnswer('28 652')).toBe(28652);
    expect(parseAnswer('28,652')).toBe(28652);
    expect(parseAnswer('1.5e6')).toBe(1.5e6);
    expect(parseAnswer('0.82M')).toBeCloseTo(820000);
    expect(parseAnswer('75%', true)).toBe(75);
    expect(parseAnswer('75%')).toBeNull();
    expect(parseAnswer('abc')).toBeNull();
    expect(parseAnswer('')).toBeNull();
  });

  it('applies absolute and relative tolerances', () => {
    expect(isWithin(100, 100, 0)).toBe(true);
    expect(isWithin(101, 100, 0)).toBe(false);
    expect(isWithin(100.4, 100)).toBe(true); // default: 0.5 % relative
    expect(isWithin(101, 100)).toBe(false);
    expect(isWithin(5.68, 5.684, 0.01)).toBe(true);
  });
});

describe('NumericExercise', () => {
  it('marks wrong, unreadable and right answers, and reveals the explanation when right', () => {
    const events: boolean[] = [];
    const listener = (e: Event) => events.push((e as CustomEvent<{ correct: boolean }>).detail.correct);
    window.addEventListener('exercise-result', listener);
    render(<NumericExercise id="t" prompt="How many?" answer={638} tolerance={0} explanation={<p>because 11·58</p>} />);
    const input = screen.getByLabelText('Your answer');
    fireEvent.change(input, { target: { value: '600' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(document.body.textContent).toContain('Not quite');
    expect(document.body.textContent).not.toContain('because 11·58');
    fireEvent.change(input, { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(document.querySelector('.error-note')).not.toBeNull();
    fireEvent.change(input, { target: { value: '638' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(document.body.textContent).toContain('Correct.');
    expect(document.body.textContent).toContain('because 11·58');
    expect(events).toEqual([false, true]);
    window.removeEventListener('exercise-result', listener);
  });
});

describe('ChoiceExercise', () => {
  it('explains the chosen option', () => {
    const onEvent = vi.fn();
    window.addEventListener('exercise-result', onEvent);
    render(<ChoiceExercise id="c" prompt="Which?" options={[
      { text: 'A', correct: false, why: <p>A is wrong because.</p> },
      { text: 'B', correct: true, why: <p>B is right because.</p> },
    ]} />);
    fireEvent.click(screen.getByLabelText('A'));
    expect(document.body.textContent).toContain('Not this one.');
    expect(document.body.textContent).toContain('A is wrong because.');
    fireEvent.click(screen.getByLabelText('B'));
    expect(document.body.textContent).toContain('Correct.');
    expect(document.body.textContent).toContain('B is right because.');
    expect(onEvent).toHaveBeenCalledTimes(2);
    window.removeEventListener('exercise-result', onEvent);
  });
});
