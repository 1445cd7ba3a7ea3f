// Types for scripts/compile-hints.mjs, so the tests can import it under allowJs: false.
export const COMPILE_HINT: string;
export function withCompileHint(source: string): string;
export function addCompileHints(outDir: string): number;
