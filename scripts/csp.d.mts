// Types for scripts/csp.mjs, so the tests can import it under allowJs: false.
export const POLICY: Record<string, string[]>;
export function policyString(options?: { forMeta?: boolean }): string;
export function headersFile(): string;
export function externaliseInlineScripts(
  html: string,
  save: (content: string) => string,
): { html: string; moved: number };
export function addMetaPolicy(html: string): string;
export function applyPolicy(outDir: string, basePath?: string): { pages: number; moved: number; files: number };
