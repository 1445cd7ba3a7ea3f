// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { Term } from '../../components/glossary/Term';
import { TermDefinitionsProvider } from '../../components/glossary/TermDefinitions';
import { glossaryTerm } from '../../lib/glossary';

afterEach(cleanup);

/** The page's terms, as getStaticProps hands them down. */
function withTerms(ids: string[], children: ReactNode) {
  const terms = Object.fromEntries(ids.map((id) => [id, glossaryTerm(id)]));
  return <TermDefinitionsProvider terms={terms}>{children}</TermDefinitionsProvider>;
}

describe('Term', () => {
  it('opens its definition on a tap (no title tooltip), links to the glossary, and closes on Escape', () => {
    render(
      withTerms(
        ['channel-shuffle'],
        <p>
          A <Term id="channel-shuffle">shuffle</Term>.
        </p>,
      ),
    );
    const button = screen.getByRole('button', { name: 'shuffle' });
    expect(button.getAttribute('title')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const note = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(note.textContent).toContain(glossaryTerm('channel-shuffle').definition);
    const link = screen.getByRole('link', { name: 'Glossary entry' });
    // next/link adds the trailing slash only when next.config says so (the built site does).
    expect(link.getAttribute('href')).toMatch(/^\/glossary\/?#channel-shuffle$/);

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.parentElement!.hasAttribute('data-open')).toBe(true);
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes when the reader taps elsewhere', () => {
    render(
      withTerms(
        ['channel-split'],
        <div>
          <Term id="channel-split" />
          <span data-testid="elsewhere">text</span>
        </div>,
      ),
    );
    const button = screen.getByRole('button', { name: glossaryTerm('channel-split').term });
    fireEvent.click(button);
    fireEvent.pointerDown(screen.getByTestId('elsewhere'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it("refuses a term that is not among the page's terms, so prerendering fails", () => {
    const quiet = console.error;
    console.error = () => undefined; // React reports the thrown render error as well
    try {
      expect(() => render(withTerms(['channel-split'], <Term id="channel-shuffle" />))).toThrow(
        /not among this page's terms/,
      );
    } finally {
      console.error = quiet;
    }
  });
});
