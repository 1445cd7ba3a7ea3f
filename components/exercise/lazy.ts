/* eslint-disable @typescript-eslint/no-require-imports -- the server's bundle renders each part in full (components/cell/island.tsx) */
/**
 * The exercises as islands: every chapter ends with some, so their code (checking, parsing answers, the
 * progress store, both editions' feedback) would otherwise weigh on every page before its text is
 * interactive. The static HTML shows them from the first moment; they become interactive once the page
 * has loaded. One chunk holds them all, so an exercise inside the block shows at once when the block does.
 */
import type { ComponentType } from 'react';
import { island } from '../cell/island';
import './Exercise.module.css';

type Family = typeof import('./family');
let family: Family | null = null;
const loadFamily = () => import('./family').then((m) => (family = m));
const server: Family | null = typeof window === 'undefined' ? require('./family') : null;

function part<K extends keyof Family>(name: K): Family[K] {
  type P = Family[K] extends ComponentType<infer Q> ? Q & object : never;
  return island<P>(
    () => loadFamily().then((m) => m[name] as ComponentType<P>),
    server ? (server[name] as ComponentType<P>) : null,
    { peek: () => (family ? (family[name] as ComponentType<P>) : null) },
  ) as unknown as Family[K];
}

/** <Exercises> numbers the exercises among its children by this mark, which the islands carry too. */
function exercise<K extends 'NumericExercise' | 'ChoiceExercise' | 'MultipleChoiceExercise'>(name: K): Family[K] {
  return Object.assign(part(name), { isExercise: true as const });
}

export const Exercises = part('Exercises');
export const NumericExercise = exercise('NumericExercise');
export const ChoiceExercise = exercise('ChoiceExercise');
export const MultipleChoiceExercise = exercise('MultipleChoiceExercise');
export const ProgressSummary = part('ProgressSummary');
