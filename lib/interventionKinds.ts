/**
 * The interventions a reader can choose, as plain data, so the URL table can declare them without
 * importing the ONNX tooling (lib/onnxIntervene.ts) into every page.
 */
export const INTERVENTION_KINDS = ['bypass-shuffle', 'zero-untouched', 'zero-branch', 'channels-off'] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/** What each intervention does, in the reader's words. */
export const INTERVENTION_LABEL: Record<InterventionKind, string> = {
  'bypass-shuffle': 'bypass the channel shuffle',
  'zero-untouched': 'zero the untouched half',
  'zero-branch': 'zero the branch output',
  'channels-off': 'switch off chosen output channels',
};

/** The intervention's target when the reader has chosen none: a basic unit in the middle of the clothing network. */
export const INTERVENTION_DEFAULT_UNIT = 'stage3.unit2';
/** The value that stands for every unit of the network at once. */
export const EVERY_UNIT = 'every';

/** The networks a reader can intervene on: the book's clothing network, or the V1-units twin. */
export const INTERVENTION_NETWORKS = ['book', 'v1'] as const;
export type InterventionNetwork = (typeof INTERVENTION_NETWORKS)[number];

/** Why "zero the untouched half" does not apply to a V1 unit (the worker's edit and the cell say the same). */
export const V1_NO_UNTOUCHED_HALF =
  'A V1 unit has no untouched half: every channel passes through its group convolutions, and the unit adds its input back at the end.';
