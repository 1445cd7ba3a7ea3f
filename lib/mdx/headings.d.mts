/** Types for lib/mdx/headings.mjs. */
export function headingText(markdown: string): string;
export function allHeadings(body: string): { depth: number; text: string; id: string }[];
