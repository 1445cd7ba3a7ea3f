import { imagenetSpec, networkTable, PAPER_TABLE5, shuffleNetV2, formatMillions } from '../../lib/network';
import { groupDigits } from '../../lib/units';
import { ChoiceExercise, NumericExercise } from '../exercise/Exercise';

/** Chapter 7's exercises; every answer is computed from lib/network.ts. */

const half = networkTable(shuffleNetV2('0.5'));
const halfFc = half.rows.find((r) => r.kind === 'fc')!;
const fcShare = (halfFc.params / half.params) * 100;

export function FcShareExercise() {
  return (
    <NumericExercise
      id="whole-network-fc-share"
      title="Where the weights are"
      prompt={<p>What percentage of ShuffleNetV2 0.5×’s parameters belong to the final fully connected layer (weights and biases)? One decimal place is enough.</p>}
      answer={Math.round(fcShare * 10) / 10}
      tolerance={0.1}
      unit="%"
      explanation={
        <p>The FC layer maps 1024 features to 1000 classes: 1024 · 1000 + 1000 = {groupDigits(halfFc.params)} parameters, out of
        {' '}{groupDigits(half.params)} in total, i.e. {fcShare.toFixed(1)}%. Its FLOPs, by contrast, are a small share, because it runs once per image rather than once per pixel.</p>
      }
    />
  );
}

const conv1 = half.rows.find((r) => r.kind === 'conv1')!;

export function Conv1FlopsExercise() {
  return (
    <NumericExercise
      id="whole-network-conv1-flops"
      title="The first convolution"
      prompt={<p>Conv1 is a 3×3 convolution with stride 2 from 3 to 24 channels on a 224×224 image. How many multiply-adds does it perform, in millions (two decimals)?</p>}
      answer={Math.round(conv1.flops / 1e4) / 100}
      tolerance={0.01}
      unit="million"
      explanation={
        <p>The output is 112×112×24 and every output value needs 3 · 3 · 3 = 27 multiply-adds: 112 · 112 · 24 · 27 = {groupDigits(conv1.flops)} ≈ {(conv1.flops / 1e6).toFixed(2)} million — the same for every width, since Conv1 always has 24 channels.</p>
      }
    />
  );
}

const bigger = networkTable({ ...imagenetSpec([116, 232, 464]), input: { c: 3, h: 320, w: 320 } });
const stage4 = bigger.rows.find((r) => r.name === 'Stage4')!;

export function InputSizeExercise() {
  return (
    <NumericExercise
      id="whole-network-input-size"
      title="A larger image"
      prompt={<p>Feed ShuffleNetV2 1× a 320×320 image instead of 224×224. How wide is Stage 4’s output?</p>}
      answer={stage4.outSize!.w}
      tolerance={0}
      explanation={
        <p>Five layers halve the size, each as ⌈n/2⌉: Conv1, MaxPool and the down-sampling units of Stages 2, 3 and 4.{' '}
        {bigger.rows.filter((r) => r.outSize && r.kind !== 'conv5' && r.kind !== 'globalpool').map((r) => r.outSize!.w).join(' → ')}. The global pool then averages
        a {stage4.outSize!.w}×{stage4.outSize!.w} map instead of 7×7; nothing else changes, and no parameter is added.</p>
      }
    />
  );
}

const one = networkTable(shuffleNetV2('1.0'));

export function PaperDifferenceExercise() {
  return (
    <ChoiceExercise
      id="whole-network-paper-difference"
      title="Ours and the paper’s"
      prompt={<p>The table computes {formatMillions(Math.round(one.flops / 1e5) * 1e5)} FLOPs for ShuffleNetV2 1×; the paper’s Table 5 prints {formatMillions(PAPER_TABLE5['1.0'].flops)}. Which explanation fits the evidence in this chapter?</p>}
      options={[
        { text: 'The computation leaves out the FC layer, which the paper includes.', correct: false, why: `The FC layer is included (${groupDigits(one.rows.find((r) => r.kind === 'fc')!.flops)} multiply-adds), and the total equals what forward hooks on torchvision’s model count.` },
        { text: 'Rounding and unstated details of what is counted; the gap is about one percent.', correct: true, why: `The paper prints rounded figures and does not spell out its counting convention. Counting one operation per BatchNorm output, for example, changes the total by a similar amount. No single convention we tried reproduces all four published numbers, so the book shows both.` },
        { text: 'torchvision’s 1× model uses different channel widths from the paper’s Table 5.', correct: false, why: `The widths are the paper’s (24, 116, 232, 464, 1024); the test suite checks every layer against torchvision.` },
        { text: 'The paper counts a multiplication and an addition as two separate operations.', correct: false, why: `That would roughly double the number, not add about one percent.` },
      ]}
    />
  );
}
