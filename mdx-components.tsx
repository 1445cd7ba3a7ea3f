import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import { Callout, Note, Pitfall } from './components/mdx/Callout';
import { Cite } from './components/mdx/Cite';
import { Figure } from './components/mdx/Figure';
import { HowMeasured } from './components/mdx/HowMeasured';
import { Cell, CellCode } from './components/cell/Cell';
import { Term } from './components/glossary/Term';
import { Exercises } from './components/exercise/Exercises';
import { NumericExercise } from './components/exercise/NumericExercise';
import { ChoiceExercise, MultipleChoiceExercise } from './components/exercise/ChoiceExercise';
import { ProgressSummary } from './components/exercise/ProgressSummary';

/**
 * The one registry of components available in every MDX chapter without an import, and of
 * overrides for the HTML that markdown produces. Widgets specific to a chapter are imported
 * by the chapter itself, so each page only ships the code it uses.
 */
const components: MDXComponents = {
  Callout,
  Note,
  Pitfall,
  Cite,
  Figure,
  // <HowMeasured title="…">: methodology in one collapsible style, closed by default.
  HowMeasured,
  Cell,
  CellCode,
  // <Term id="channel-shuffle">channel shuffle</Term>: links to /glossary/#channel-shuffle, definition as tooltip.
  Term,
  // The one exercise family: chapters list theirs under "## Exercises" in <Exercises>, which numbers
  // them "Exercise <chapter>.<n>"; every answer goes to the one progress store (lib/progress.ts).
  Exercises,
  NumericExercise,
  ChoiceExercise,
  MultipleChoiceExercise,
  ProgressSummary,
  // Internal links in prose ("/channel-shuffle/") go through next/link so they get the basePath
  // and client-side navigation; external links and in-page anchors stay plain.
  a: ({ href = '', ...rest }) =>
    href.startsWith('/') ? <Link href={href} prefetch={false} {...rest} /> : <a href={href} {...rest} />,
  table: (props) => (
    // Focusable so a keyboard can scroll a wide table on a phone; a group, not a landmark
    // region, so several tables on one page need no unique names.
    <div className="table-wrap" role="group" aria-label="Scrollable table" tabIndex={0}>
      <table {...props} />
    </div>
  ),
};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
