import { createContext } from 'react';

// In a module of their own: the chapter page provides the chapter's number without loading the
// exercise components, whose code arrives after the page has loaded (components/exercise/lazy.ts).

/** The chapter's number ("5"), given by the chapter page so exercises read "Exercise 5.2". */
export const ChapterNumberContext = createContext<number | null>(null);
/** This exercise's number within its chapter, given by <Exercises>. */
export const ExerciseNumberContext = createContext<string | null>(null);
