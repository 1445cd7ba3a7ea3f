import Link from 'next/link';
import type { ChapterNav } from '../../lib/chapters';
import { chapterHref } from '../../lib/chapters';

/** All chapters, and the current chapter's headings. A <details> so phones can collapse it without JS. */
export function Sidebar({ nav, open }: { nav: ChapterNav; open: boolean }) {
  return (
    <nav className="sidebar" aria-label="Chapters">
      <details open={open} className="sidebar-details">
        <summary>Contents</summary>
        {/* prefetch={false}: a visible list of every chapter would otherwise download all their code
            on every page (about 1.3 MB); Next.js still prefetches a link when the pointer rests on it. */}
        <ol className="toc">
          {nav.chapters.map((chapter) => {
            const isCurrent = chapter.slug === nav.current?.slug;
            return (
              <li key={chapter.slug} className={isCurrent ? 'current' : undefined}>
                <Link href={chapterHref(chapter.slug)} prefetch={false} aria-current={isCurrent ? 'page' : undefined}>
                  <span className="toc-num">{chapter.order}.</span> {chapter.title}
                </Link>
                {isCurrent && nav.headings.length > 0 && (
                  <ul className="toc-headings" aria-label={`Sections of ${chapter.title}`}>
                    {nav.headings.map((h) => (
                      <li key={h.id} className={`depth-${h.depth}`}>
                        <a href={`#${h.id}`}>{h.text}</a>
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
            <Link href="/glossary/" prefetch={false}>
              Glossary
            </Link>
          </li>
          <li>
            <Link href="/references/" prefetch={false}>
              References
            </Link>
          </li>
          <li>
            <Link href="/how-numbers-are-computed/" prefetch={false}>
              How this book computes its numbers
            </Link>
          </li>
        </ul>
      </details>
    </nav>
  );
}
