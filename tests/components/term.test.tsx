// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Term } from '../../components/glossary/Term';
import { glossaryTerm } from '../../lib/glossary';

afterEach(cleanup);

describe('Term', () => {
  it('opens its definition on a tap (no title tooltip), links to the glossary, and closes on Escape', () => {
    render(
      <p>
        A <Term id="channel-shuffle">shuffle</Term>.
      </p>,
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
      <div>
        <Term id="channel-split" />
        <span data-testid="elsewhere">text</span>
      </div>,
    );
    const button = screen.getByRole('button', { name: glossaryTerm('channel-split').term });
    fireEvent.click(button);
    fireEvent.pointerDown(screen.getByTestId('elsewhere'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
