// The exercise components as one chunk: a chapter's exercise block and the exercises in it arrive together
// (components/exercise/lazy.ts).
export { Exercises } from './Exercises';
export { NumericExercise } from './NumericExercise';
export { ChoiceExercise, MultipleChoiceExercise } from './ChoiceExercise';
export { ProgressSummary } from './ProgressSummary';
