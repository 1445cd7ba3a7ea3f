import type { ChapterNav, Heading } from '../../lib/chapters';
import { chapterHref } from '../../lib/chapters';
import { LocalLink as Link } from '../i18n/LocalLink';
import { useMessages } from '../i18n/locale';
import { layoutMessages } from './layoutMessages';

/** A heading's text, its phrases kept in English marked as such (a translated chapter's quoted wording). */
function HeadingText({ heading }: { heading: Heading }) {
  if (!heading.english) return <>{heading.text}</>;
  const pattern = new RegExp(`(${heading.english.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return (
    <>
      {heading.text.split(pattern).map((part, i) =>
        heading.english!.includes(part) ? (
          <span key={i} lang="en">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** All chapters, and the current chapter's headings. A <details> so phones can collapse it without JS. */
export function Sidebar({ nav, open }: { nav: ChapterNav; open: boolean }) {
  const t = useMessages(layoutMessages);
  return (
    <nav className="sidebar" aria-label={t.chapters}>
      <details open={open} className="sidebar-details">
        <summary>{t.contents}</summary>
        {/* prefetch={false}: a visible list of every chapter would otherwise download all their code
            on every page (about 1.3 MB); Next.js still prefetches a link when the pointer rests on it. */}
        <ol className="toc">
          {nav.chapters.map((chapter) => {
            const isCurrent = chapter.slug === nav.current?.slug;
            return (
              <li key={chapter.slug} className={isCurrent ? 'current' : undefined}>
                <Link href={chapterHref(chapter.slug)} aria-current={isCurrent ? 'page' : undefined}>
                  <span className="toc-num">{chapter.order}.</span> {chapter.title}
                </Link>
                {isCurrent && nav.headings.length > 0 && (
                  <ul className="toc-headings" aria-label={t.sectionsOf(chapter.title)}>
                    {nav.headings.map((h) => (
                      <li key={h.id} className={`depth-${h.depth}`}>
                        <a href={`#${h.id}`}>
                          <HeadingText heading={h} />
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
        <ul className="toc-extra">
          <li>
            <Link href="/glossary/">{t.glossary}</Link>
          </li>
          <li>
            <Link href="/references/">{t.references}</Link>
          </li>
          <li>
            <Link href="/how-numbers-are-computed/">{t.howNumbers}</Link>
          </li>
        </ul>
      </details>
    </nav>
  );
}
