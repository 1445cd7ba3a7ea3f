/**
 * Requests begun before the code that reads them has loaded. The model worker's entry begins its first
 * model's and the runtime's wasm downloads while the rest of its code (onnxruntime-web's among it) is
 * still being fetched and compiled; lib/ort.ts adopts them when it fetches the same URLs, and counts,
 * times and checks them as its own. Framework-free, and small: it is part of the worker's entry.
 */
export interface EarlyRequest {
  response: Promise<Response>;
  controller: AbortController;
}

const pending = new Map<string, EarlyRequest>();

/** Begins a request for `url` now, for a later fetch of the same URL to adopt. */
export function requestEarly(url: string, fetchNow: typeof fetch = fetch): void {
  if (pending.has(url)) return;
  const controller = new AbortController();
  const response = fetchNow(url, { signal: controller.signal });
  response.catch(() => undefined); // its adopter reports a failure
  pending.set(url, { response, controller });
}

/** The request begun early for `url`, handed over once (later fetches of it are fetches of their own). */
export function adoptEarly(url: string): EarlyRequest | undefined {
  const early = pending.get(url);
  pending.delete(url);
  return early;
}

/**
 * The runtime's wasm in the book's workers, which scripts/build-worker.mjs builds with the wasm beside
 * them under a content-hashed name (a worker's `location` is its script's address, under the site's
 * sub-path if it has one); null elsewhere (in Node, onnxruntime-web finds its own).
 */
export function bundledWasmUrl(): string | null {
  const file = process.env.BOOK_WASM_FILE;
  return file && typeof self !== 'undefined' && self.location ? new URL(file, self.location.href).href : null;
}
