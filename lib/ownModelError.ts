/**
 * How opening a reader's own model fails, as the page and the worker both tell it. A leaf module:
 * every page with the explorer imports it, so it must not bring the ONNX recogniser or protobufjs
 * with it (those run in the model worker; lib/ownModel.ts).
 */
import type { RecogniseErrorCode } from './onnxRecognizeGraph';

export type OwnModelFailure = RecogniseErrorCode | 'failed-to-run';

export class OwnModelError extends Error {
  constructor(
    readonly code: OwnModelFailure,
    message: string,
  ) {
    super(message);
    this.name = 'OwnModelError';
  }
}

/**
 * The largest file the explorer opens: the worker holds the file, its edited copy and the runtime's
 * copy (the recogniser refuses larger ones too; tests/lib/byomRecognize.test.ts ties the two).
 */
export const MAX_OWN_MODEL_BYTES = 64 * 1024 * 1024;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Checked on the page before the file is read: a file over the limit is never loaded into memory. */
export function checkFileSize(bytes: number, fileName: string): void {
  if (bytes > MAX_OWN_MODEL_BYTES)
    throw new OwnModelError(
      'too-large',
      `“${fileName}” is ${megabytes(bytes)}; the explorer opens files up to ${megabytes(MAX_OWN_MODEL_BYTES)} (a browser tab holds several copies of the model while it runs). ShuffleNetV2 2.0× is about 29 MB.`,
    );
}
