// Types for scripts/csp.mjs, so the tests can import it under allowJs: false.
export const POLICY: Record<string, string[]>;
export function scriptHash(content: string): string;
export function policyString(options?: { forMeta?: boolean; scriptHashes?: string[] }): string;
export function headersFile(scriptHashes?: string[]): string;
export function externaliseInlineScripts(
  html: string,
  save: (content: string) => string,
): { html: string; moved: number; hashes: string[] };
export function addMetaPolicy(html: string, scriptHashes?: string[]): string;
export function applyPolicy(
  outDir: string,
  basePath?: string,
): { pages: number; moved: number; files: number; hashes: string[] };
