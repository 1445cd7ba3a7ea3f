/**
 * A reader's own ShuffleNetV2 in the explorer: what the model worker does with the file's bytes
 * (recognise, add the explorer's outputs, open and run once), how its failures are told, and the
 * model manifest the explorer steps through, built from the recognised graph instead of a
 * manifest.json. Free of Worker and DOM APIs (tests run it with the real runtime).
 */
import type { ModelSession } from './ort';
import { RecogniseError } from './onnxRecognize';
import type { ModelProblem } from './loadMessages';
import { OwnModelError, ownModelError, type OwnModelFailure } from './ownModelError';
import { ownProblem, ownProblemText, type OwnProblem } from './ownModelMessages';
import { addExplorerOutputs, manifestArchitecture, type ExplorerOutput } from './onnxAddOutputs';
import { recogniseShuffleNetV2, type RecognisedModel, type RecogniseOptions } from './onnxRecognize';

export interface PreparedModel {
  recognised: RecognisedModel;
  /** the model with every tensor the explorer shows as a graph output: what the worker should run */
  bytes: Uint8Array;
  outputs: ExplorerOutput[];
  architecture: ReturnType<typeof manifestArchitecture>;
  /** the classifier has ImageNet's 1,000 classes (class names can then be shown) */
  imagenetClasses: boolean;
}

/** Recognises the file and prepares it for the explorer; throws a RecogniseError when it cannot. */
export function prepareOwnModel(file: Uint8Array, options: RecogniseOptions = {}): PreparedModel {
  const recognised = recogniseShuffleNetV2(file, options);
  if (!recognised.weightsPresent) {
    throw new RecogniseError('no-weights', ownProblem('noWeights'));
  }
  const { bytes, outputs } = addExplorerOutputs(file, recognised);
  return {
    recognised,
    bytes,
    outputs,
    architecture: manifestArchitecture(recognised),
    imagenetClasses: recognised.classifier.classes === 1000,
  };
}

/** What the worker answers about a reader's model: the prepared model without its (edited) bytes. */
export type PreparedOwnModel = Omit<PreparedModel, 'bytes'>;

/** Recognises the file and adds the explorer's outputs (in the worker); throws a RecogniseError. */
export function prepareForWorker(file: Uint8Array, inputSize?: number): { bytes: Uint8Array; model: PreparedOwnModel } {
  const { bytes, ...model } = prepareOwnModel(file, inputSize ? { inputSize } : {});
  return { bytes, model };
}

/**
 * Opens the edited model and runs it once on zeros at its input size: a model that cannot run
 * (an op the runtime lacks, a shape it rejects) fails here, with the runtime's reason, not later.
 */
export async function openOwnSession(
  create: (bytes: Uint8Array) => Promise<ModelSession>,
  bytes: Uint8Array,
  model: PreparedOwnModel,
): Promise<ModelSession> {
  let session: ModelSession;
  try {
    session = await create(bytes);
  } catch (error) {
    throw ownModelError('failed-to-run', ownProblem('cannotOpen', reason(error)));
  }
  const { name, shape } = model.recognised.input;
  try {
    await session.run({ [name]: { data: new Float32Array(shape.reduce((a, b) => a * b, 1)), dims: shape } }, [
      model.outputs[model.outputs.length - 1].name,
    ]);
  } catch (error) {
    await session.release().catch(() => undefined);
    throw ownModelError('failed-to-run', ownProblem('failedToRun', reason(error)));
  }
  return session;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The message and kind of a failure to open a reader's model, for the page; `problem` is the same
 * refusal as code and parameters, which the page says in its language.
 */
export function describeOwnModelFailure(error: unknown): {
  code: OwnModelFailure;
  message: string;
  problem?: OwnProblem | ModelProblem;
} {
  if (error instanceof RecogniseError || error instanceof OwnModelError)
    return { code: error.code, message: error.message, ...(error.problem ? { problem: error.problem } : {}) };
  const problem = ownProblem('couldNotOpen', reason(error));
  return { code: 'failed-to-run', message: ownProblemText(problem), problem };
}

export {
  OwnModelError,
  ownModelError,
  ownModelErrorText,
  checkFileSize,
  MAX_OWN_MODEL_BYTES,
  type OwnModelFailure,
} from './ownModelError';
export { classNames, ownModelManifest, type OwnPreprocessing } from './ownModelManifest';
