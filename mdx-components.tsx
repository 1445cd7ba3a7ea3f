import type { MDXComponents } from 'mdx/types';
import { LocalLink } from './components/i18n/LocalLink';
import { useMessages } from './components/i18n/locale';
import { layoutMessages } from './components/layout/layoutMessages';
import { Callout, Note, Pitfall } from './components/mdx/Callout';
import { Cite } from './components/mdx/lazyCite';
import { Figure } from './components/mdx/Figure';
import { HowMeasured } from './components/mdx/HowMeasured';
import { Cell, CellCode } from './components/cell/Cell';
import { Term } from './components/glossary/Term';
import {
  ChoiceExercise,
  Exercises,
  MultipleChoiceExercise,
  NumericExercise,
  ProgressSummary,
} from './components/exercise/lazy';

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
  // <En>channel split</En>: English kept in a translated chapter (a term at first use, a title), marked
  // as English for screen readers, hyphenation and the check that finds untranslated text.
  En: ({ children }) => <span lang="en">{children}</span>,
  // Internal links in prose ("/channel-shuffle/") go through next/link so they get the basePath,
  // client-side navigation and, in a translated chapter, the twin page; external links and in-page
  // anchors stay plain.
  a: ({ href = '', ...rest }) =>
    href.startsWith('/') ? <LocalLink href={href} {...rest} /> : <a href={href} {...rest} />,
  table: ScrollableTable,
};

function ScrollableTable(props: React.ComponentProps<'table'>) {
  const t = useMessages(layoutMessages);
  return (
    // Focusable so a keyboard can scroll a wide table on a phone; a group, not a landmark
    // region, so several tables on one page need no unique names.
    <div className="table-wrap" role="group" aria-label={t.scrollableTable} tabIndex={0}>
      <table {...props} />
    </div>
  );
}

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
