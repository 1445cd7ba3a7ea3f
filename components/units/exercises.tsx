import { outSize } from '../../lib/cost';
import { basicUnit, downUnit, groupDigits } from '../../lib/units';
import { ChoiceExercise, NumericExercise } from '../exercise/Exercise';

/**
 * The exercises of chapters 5 and 6. Answers are computed from lib/units.ts, never typed in.
 */

const B = basicUnit(232, 14, 14);
const half = 232 / 2;

export function BasicParamsExercise() {
  return (
    <NumericExercise
      id="basic-unit-params"
      title="Parameters of a basic unit"
      tolerance={0}
      prompt={<p>A basic unit in Stage 3 of ShuffleNetV2 1× has C = 232 channels on a 14×14 map. How many parameters does it have? Count convolution weights and BatchNorm’s γ and β; the convolutions have no bias.</p>}
      answer={B.totals.params}
      explanation={
        <>
          <p>The branch sees C/2 = {half} channels. Two 1×1 convolutions have {half}² = {groupDigits(half * half)} weights each, the
          depthwise 3×3 convolution 9 · {half} = {9 * half}, and the three BatchNorms 2 · {half} each:</p>
          <p>2 · {groupDigits(half * half)} + {9 * half} + 3 · {2 * half} = <strong>{groupDigits(B.totals.params)}</strong>. The identity half, split, concat and shuffle have none.</p>
        </>
      }
    />
  );
}

export function BasicFlopsExercise() {
  const perPixel = 2 * half * half + 9 * half;
  return (
    <NumericExercise
      id="basic-unit-flops"
      title="FLOPs of a basic unit"
      prompt={<p>How many FLOPs (multiply-adds) does the same unit (C = 232, 14×14) perform? Answer in millions, to two decimals.</p>}
      answer={Math.round(B.totals.flops / 1e4) / 100}
      tolerance={0.01}
      unit="million"
      explanation={
        <p>Every convolution weight is used once per output position, and all three convolutions keep the 14×14 size:
        14 · 14 · (2 · {half}² + 9 · {half}) = 196 · {groupDigits(perPixel)} = {groupDigits(B.totals.flops)} ≈ {(B.totals.flops / 1e6).toFixed(2)} million.
        BatchNorm folds into the convolutions at inference and is not counted.</p>
      }
    />
  );
}

export function NoAddExercise() {
  return (
    <ChoiceExercise
      id="basic-unit-no-add"
      title="Concat or Add?"
      prompt="A classmate proposes to add the branch output to the untouched half, as in a ResNet block, instead of concatenating them. Which guideline does the paper cite against this?"
      options={[
        { text: 'G1 — equal channel width', correct: false, why: `Adding two tensors of the same width does not change any convolution’s widths; G1 is about the input and output widths of convolutions.` },
        { text: 'G2 — group convolutions', correct: false, why: `No group convolution is involved: Add is an element-wise operation.` },
        { text: 'G3 — fragmentation', correct: false, why: `The number of branches stays two either way.` },
        { text: 'G4 — element-wise operations', correct: true, why: `Add has few FLOPs but reads two feature maps and writes one; in the paper’s G4 experiment (Table 4), removing the shortcut Add and the ReLUs from a ResNet bottleneck made it clearly faster on both the GPU and the ARM processor. Concatenation computes nothing, and an implementation can have the branch write its result straight into the output buffer.` },
      ]}
    />
  );
}

export function OddChannelsExercise() {
  return (
    <ChoiceExercise
      id="basic-unit-even"
      title="Why C is even"
      prompt="Why must C be even for a basic unit (with the paper's c′ = c/2)?"
      options={[
        { text: 'Because the channel shuffle with g = 2 needs an even C to form its 2 × C/2 grid.', correct: false, why: `True too, but it is a consequence rather than the first obstacle: the split comes first and already needs two equal halves.` },
        { text: 'Because the split gives each branch exactly C/2 channels, and the output must have C channels again.', correct: true, why: `The identity half and the branch each carry C/2 channels, and concatenating them must restore C. With odd C there is no equal split (and then no shuffle with g = 2 either).` },
        { text: 'Because a depthwise convolution needs an even number of channels for its 3×3 filters.', correct: false, why: `A depthwise convolution works on any number of channels: one filter per channel.` },
      ]}
    />
  );
}

const D = downUnit(24, 116, 56, 56);

export function DownParamsExercise() {
  const b = 116 / 2;
  return (
    <NumericExercise
      id="downsampling-unit-params"
      title="Parameters of a down-sampling unit"
      tolerance={0}
      prompt={<p>The first unit of Stage 2 in ShuffleNetV2 1× is a down-sampling unit from 24 channels at 56×56 to 116 channels at 28×28. How many parameters does it have (conv weights plus BatchNorm γ and β)?</p>}
      answer={D.totals.params}
      explanation={
        <>
          <p>Each branch produces 116/2 = {b} channels. Left: depthwise 9 · 24 = {9 * 24}, BN 2 · 24, then 1×1 24 · {b} = {24 * b} and BN 2 · {b}.
          Right: 1×1 24 · {b} = {24 * b}, depthwise 9 · {b} = {9 * b}, 1×1 {b} · {b} = {b * b}, and three BNs of 2 · {b}.</p>
          <p>Total: {9 * 24} + {2 * 24} + {24 * b} + {2 * b} + {24 * b} + {9 * b} + {b * b} + {6 * b} = <strong>{groupDigits(D.totals.params)}</strong>.</p>
        </>
      }
    />
  );
}

export function DownSizeExercise() {
  return (
    <NumericExercise
      id="downsampling-unit-size"
      title="Output size"
      tolerance={0}
      prompt={<p>A down-sampling unit receives a 15×15 feature map. How wide is its output (3×3 depthwise convolutions with stride 2 and padding 1)?</p>}
      answer={outSize(15, 2)}
      explanation={<p>⌊(15 + 2 − 3)/2⌋ + 1 = 7 + 1 = {outSize(15, 2)} = ⌈15/2⌉. The windows are centred on inputs 0, 2, …, 14; the last one reaches into the padding.</p>}
    />
  );
}

export function NoSplitExercise() {
  return (
    <ChoiceExercise
      id="downsampling-unit-no-split"
      title="Why no split?"
      prompt="Why does the down-sampling unit not split its input, as the basic unit does?"
      options={[
        { text: 'An untouched half would keep its full H × W and could not be concatenated with the other branch.', correct: true, why: `Concatenation needs equal H and W. Every channel must be down-sampled, so every channel must pass through a stride-2 operation; the left branch’s stride-2 depthwise convolution takes the identity’s place.` },
        { text: 'Splitting the input would require a group convolution, which G2 advises against.', correct: false, why: `The split is pure data movement; no convolution is involved.` },
        { text: 'Sending all channels through both branches saves FLOPs compared with a split.', correct: false, why: `The opposite: without a split both branches process all input channels, so the unit costs more than a split version would.` },
      ]}
    />
  );
}
