/**
 * How opening a reader's own model fails, as the page and the worker both tell it. A leaf module:
 * every page with the explorer imports it, so it must not bring the ONNX recogniser or protobufjs
 * with it (those run in the model worker; lib/ownModel.ts).
 */
import type { Locale } from './i18n';
import { isModelProblem, problemText, type ModelProblem } from './loadMessages';
import type { RecogniseErrorCode } from './onnxRecognizeGraph';
import { isOwnProblem, ownProblem, ownProblemText, type OwnProblem } from './ownModelMessages';

export type OwnModelFailure = RecogniseErrorCode | 'failed-to-run';

/**
 * A refusal or failure, with its English message and (when the book can say it in both languages) its
 * code and parameters: a refusal of the recogniser, or a problem of the model worker (lib/loadMessages.ts).
 */
export class OwnModelError extends Error {
  constructor(
    readonly code: OwnModelFailure,
    message: string,
    readonly problem?: OwnProblem | ModelProblem,
  ) {
    super(message);
    this.name = 'OwnModelError';
  }
}

/** The error built from a refusal or problem: its message is the English text. */
export function ownModelError(code: OwnModelFailure, problem: OwnProblem | ModelProblem): OwnModelError {
  return new OwnModelError(code, saidIn(problem, 'en'), problem);
}

function saidIn(problem: OwnProblem | ModelProblem, locale: Locale): string {
  return isOwnProblem(problem) ? ownProblemText(problem, locale) : problemText(problem, locale);
}

/** What went wrong, in the reader's language when the book knows the refusal (else its message). */
export function ownModelErrorText(error: OwnModelError, locale: Locale): string {
  const p = error.problem;
  return p && (isOwnProblem(p) || isModelProblem(p)) ? saidIn(p, locale) : error.message;
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
    throw ownModelError(
      'too-large',
      ownProblem('fileTooLarge', fileName, megabytes(bytes), megabytes(MAX_OWN_MODEL_BYTES)),
    );
}
