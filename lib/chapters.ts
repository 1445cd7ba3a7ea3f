/** Chapter metadata shared by the table of contents, the sidebar and prev/next links. */
export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
  /** phrases of the text kept in English in a translated chapter (marked <En> in its heading) */
  english?: string[];
}

export interface ChapterMeta {
  slug: string;
  title: string;
  order: number;
  summary: string;
}

export interface ChapterNav {
  chapters: ChapterMeta[];
  current: ChapterMeta | null;
  headings: Heading[];
  prev: ChapterMeta | null;
  next: ChapterMeta | null;
}

export function chapterHref(slug: string): string {
  return `/${slug}/`;
}

/** Orders chapters by `order`, then title; finds neighbours of `slug`. */
export function buildNav(chapters: ChapterMeta[], slug: string | null, headings: Heading[] = []): ChapterNav {
  const sorted = [...chapters].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const index = slug ? sorted.findIndex((c) => c.slug === slug) : -1;
  return {
    chapters: sorted,
    current: index >= 0 ? sorted[index] : null,
    headings,
    prev: index > 0 ? sorted[index - 1] : null,
    next: index >= 0 && index < sorted.length - 1 ? sorted[index + 1] : null,
  };
}
