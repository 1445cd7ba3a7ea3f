import { LocalLink as Link } from '../i18n/LocalLink';
import { bibliography, citeNoteIn, referenceNumber } from '../../lib/bibliography';
import { useLocale } from '../i18n/locale';

/** An inline citation, e.g. <Cite id="ma2018" /> → [1], linking to the bibliography. */
export function Cite({ id, note }: { id: string; note?: string }) {
  const n = referenceNumber(id);
  const ref = bibliography[n - 1];
  const locale = useLocale();
  return (
    // lang="en": the tooltip names the work in its own language, which the Chinese edition keeps too.
    <Link className="cite" href={`/references/#${id}`} lang="en" title={`${ref.authors} (${ref.year}). ${ref.title}`}>
      [{n}
      {note ? `${locale === 'zh' ? '，' : ', '}${citeNoteIn(note, locale)}` : ''}]
    </Link>
  );
}

export function BibliographyList() {
  return (
    <ol className="bibliography">
      {bibliography.map((r) => (
        <li key={r.id} id={r.id} lang="en">
          {r.authors}. <cite>{r.title}</cite>. {r.venue}, {r.year}.{' '}
          <a href={r.url} rel="external noopener">
            {r.url.replace(/^https?:\/\//, '')}
          </a>
        </li>
      ))}
    </ol>
  );
}
