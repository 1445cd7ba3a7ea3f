import type { ReactNode } from 'react';
import type { UnitOp, UnitSpec } from '../../lib/units';
import { pathColor } from '../diagram/colors';
import styles from './Units.module.css';

/** For the ops of lib/units.ts: short bar labels, colours and the design notes (names: lib/opNames.ts). */

const ORDINAL: Record<string, string> = { 'right.conv1': ' (1st)', 'right.conv2': ' (2nd)' };

/** Unique, short labels for bar charts and tables. */
export function opShort(op: UnitOp, spec: UnitSpec): string {
  const side = spec.type === 'down' && (op.path === 'left' || op.path === 'right') ? `${op.path} ` : '';
  switch (op.kind) {
    case 'conv1x1':
      return `${side}1×1 conv${ORDINAL[op.id] ?? ''}`;
    case 'dwconv3x3':
      return `${side}3×3 DW conv${op.stride > 1 ? ' s2' : ''}`;
    case 'shuffle':
      return 'shuffle';
    default:
      return op.kind;
  }
}

/** Left path = identity colour, right path = branch colour, the rest neutral: the diagram's colours. */
export function opColor(op: UnitOp): string {
  return pathColor(op.path);
}

function G({ n }: { n: 1 | 2 | 3 | 4 }) {
  return (
    <abbr className={styles.tag} title={`Guideline ${n} (chapter 2)`}>
      G{n}
    </abbr>
  );
}

/** Why the op is there and which guideline it follows; every number comes from the op itself. */
export function opNotes(op: UnitOp, spec: UnitSpec): ReactNode[] {
  const down = spec.type === 'down';
  switch (op.kind) {
    case 'split':
      return [
        <>
          Sends the first {spec.ops.find((o) => o.path === 'left')!.input.c} channels to the identity path and the other{' '}
          {spec.ops.find((o) => o.path === 'right')!.input.c} into the convolution branch. Nothing is computed.
        </>,
        <>
          <G n={3} /> Only two branches, so the unit stays one wide computation instead of many small ones.
        </>,
        <>
          <G n={4} /> Split, concat and shuffle only move data; an implementation can merge the three into a single
          element-wise operation.
        </>,
      ];
    case 'identity':
      return [
        <>
          These {op.output.c} channels pass through unchanged: no parameters, no FLOPs, and no memory traffic of their
          own.
        </>,
        <>Feature reuse: half of the unit’s input reaches the next unit exactly as it came in.</>,
      ];
    case 'conv1x1': {
      const equal = op.input.c === op.output.c;
      return [
        <>
          An ordinary 1×1 convolution followed by BatchNorm and ReLU: {op.input.c} → {op.output.c} channels.
        </>,
        equal ? (
          <>
            <G n={1} /> Equal input and output width ({op.input.c} = {op.output.c}), the width that minimises memory
            access for its FLOPs.
          </>
        ) : (
          <>
            <G n={1} /> Here the widths differ ({op.input.c} → {op.output.c}): this unit’s input is not half as wide as
            its output. In the paper’s networks only the unit that opens Stage 2 has such a convolution (its input is
            Conv1’s 24 channels), and at 0.5×, where its branches are 24 wide, not even that one.
          </>
        ),
        <>
          <G n={2} /> Not a group convolution (groups = {op.groups}). ShuffleNet V1 used pointwise group convolutions
          here.
        </>,
      ];
    }
    case 'dwconv3x3':
      return [
        <>
          A depthwise convolution: one 3×3 filter per channel ({op.groups} groups of one channel)
          {op.stride > 1 ? (
            <>
              , at stride {op.stride}, so {op.input.h}×{op.input.w} becomes {op.output.h}×{op.output.w}
            </>
          ) : null}
          .
        </>,
        <>BatchNorm but no ReLU afterwards, as in ShuffleNet V1 and Xception.</>,
        <>
          Few FLOPs for the memory it touches: it reads and writes a whole feature map for only 9 multiply-adds per
          output value.
        </>,
      ];
    case 'concat':
      return down
        ? [
            <>
              Stacks the two branches of {op.output.c / 2} channels each: the output has {op.output.c} channels, twice
              each branch’s width.
            </>,
            <>
              <G n={4} /> Concatenation, not element-wise addition.
            </>,
          ]
        : [
            <>
              Puts the untouched half and the branch output back together: {op.output.c} channels, the unit’s input
              width.
            </>,
            <>
              <G n={4} /> Concatenation instead of ResNet’s element-wise Add: no arithmetic at all.
            </>,
          ];
    case 'shuffle':
      return [
        <>
          Interleaves the two halves (reshape to 2 × {op.output.c / 2}, transpose, flatten), so the next unit’s split
          takes half its channels from each branch.
        </>,
        <>
          <G n={4} /> Pure data movement; fused with the next split and the concat in a fast implementation.
        </>,
      ];
  }
}
