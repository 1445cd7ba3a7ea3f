import { LocalLink as Link } from '../i18n/LocalLink';
import { useMessages } from '../i18n/locale';
import { proseMessages } from '../mdx/proseMessages';
import { glossaryMessages } from './glossaryMessages';
import { DefinitionText } from './DefinitionText';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTermDefinition } from './TermDefinitions';
import styles from './Glossary.module.css';

/**
 * A term in running text: <Term id="channel-shuffle">channel shuffle</Term>. It opens its
 * definition in place — on hover or keyboard focus, and on a tap, which is why it is a button and
 * not a `title` tooltip that touch readers never see — with a link to the glossary entry.
 * Escape, a second tap or a tap elsewhere closes it. An unknown id fails the build. The definition
 * comes with the page's props (TermDefinitions), not from the whole glossary.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const term = useTermDefinition(id);
  const [open, setOpen] = useState(false);
  const { glossaryEntry } = useMessages(proseMessages);
  const t = useMessages(glossaryMessages);
  const popoverId = `term-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const wrapper = useRef<HTMLSpanElement>(null);
  const popover = useRef<HTMLSpanElement>(null);
  // Keep the definition inside the viewport: a term near the right edge opens it to its left.
  const place = () => {
    const box = wrapper.current?.getBoundingClientRect();
    const pop = popover.current;
    if (!box || !pop) return;
    const width = Math.min(22 * 16, 0.8 * window.innerWidth);
    pop.style.left = `${-Math.max(0, box.left + width - (window.innerWidth - 8))}px`;
  };

  useEffect(() => {
    if (!open) return;
    const closeOutside = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  return (
    <span
      ref={wrapper}
      className={styles.termWrap}
      data-open={open || undefined}
      onPointerEnter={place}
      onFocus={place}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}>
      <button
        type="button"
        className={styles.term}
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => setOpen((o) => !o)}>
        {children ?? term.term}
      </button>
      <span id={popoverId} ref={popover} role="note" className={styles.popover}>
        <strong>{term.term}</strong>
        {term.english && (
          <>
            {t.englishOpen}
            <span lang="en">{term.english}</span>
            {t.englishClose}
          </>
        )}
        {t.termColon}
        <DefinitionText text={term.definition} />
        {t.beforeLink}
        <Link href={`/glossary/#${id}`} data-term={id}>
          {glossaryEntry}
        </Link>
      </span>
    </span>
  );
}
