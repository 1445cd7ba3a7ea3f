import { describe, expect, it } from 'vitest';
import { MANIFESTS } from '../../components/model/catalog';
import { labelLines, opLabel } from '../../lib/opNames';
import { findUnit } from '../../lib/steps';
import {
  describeDiagram,
  edgeLit,
  fromManifestUnit,
  fromUnitSpec,
  fromV1Spec,
  nodeLit,
  placeholderDiagram,
  shapeText,
  type UnitDiagramModel,
} from '../../lib/unitDiagram';
import { basicUnit, downUnit } from '../../lib/units';
import { v1Unit } from '../../lib/v1';

const ids = (m: UnitDiagramModel, path: string) => m.nodes.filter((n) => n.path === path).map((n) => n.id);
const labels = (m: UnitDiagramModel) => m.nodes.map((n) => n.label);

describe('one op vocabulary', () => {
  it('names every op the same way whatever describes it', () => {
    expect(opLabel({ kind: 'dwconv3x3', stride: 1, bn: true })).toBe('3×3 depthwise conv · BN');
    expect(opLabel({ kind: 'dwconv3x3', stride: 2, bn: true })).toBe('3×3 depthwise conv, stride 2 · BN');
    expect(opLabel({ kind: 'conv1x1', bn: true, relu: true })).toBe('1×1 conv · BN · ReLU');
    expect(opLabel({ kind: 'gconv1x1', groups: 3, bn: true, relu: true })).toBe('1×1 group conv (g = 3) · BN · ReLU');
    expect(opLabel({ kind: 'gconv1x1', groups: 1, bn: true, relu: true })).toBe('1×1 conv · BN · ReLU');
    expect(opLabel({ kind: 'add', relu: true })).toBe('Add, then ReLU');
    expect(opLabel({ kind: 'shuffle', groups: 2 })).toBe('channel shuffle (g = 2)');
    expect(opLabel({ kind: 'split' })).toBe('channel split');
    expect(opLabel({ kind: 'concat' })).toBe('concat');
  });

  it('the three sources agree word for word on the same unit', () => {
    const manifest = fromManifestUnit(findUnit(MANIFESTS.digits, 3, 2)!);
    const spec = fromUnitSpec(basicUnit(96, 7, 7));
    expect(labels(manifest)).toEqual(labels(spec));
    const down = fromManifestUnit(findUnit(MANIFESTS.digits, 3, 1)!);
    expect(labels(down)).toEqual(labels(fromUnitSpec(downUnit(48, 96, 14, 14))));
    expect(down.nodes.map((n) => n.id)).toEqual(fromUnitSpec(downUnit(48, 96, 14, 14)).nodes.map((n) => n.id));
    // V1 has its own ops but the shared ones read the same
    const v1 = fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 }));
    expect(labels(v1)).toContain('3×3 depthwise conv · BN');
    expect(labels(v1)).toContain('1×1 group conv (g = 3) · BN · ReLU');
    expect(labels(v1)).toContain('Add, then ReLU');
  });

  it('breaks long labels at their joints, never inside a word', () => {
    expect(labelLines('1×1 conv · BN · ReLU', 23)).toEqual(['1×1 conv · BN · ReLU']);
    expect(labelLines('1×1 group conv (g = 3) · BN · ReLU', 23)).toEqual(['1×1 group conv (g = 3)', 'BN · ReLU']);
    expect(labelLines('3×3 depthwise conv, stride 2 · BN', 23)).toEqual(['3×3 depthwise conv,', 'stride 2 · BN']);
  });
});

describe('the view model', () => {
  it('puts the untouched half on the left and the three convolutions on the right', () => {
    const m = fromUnitSpec(basicUnit(116, 28, 28));
    expect(ids(m, 'input')).toEqual(['input', 'split']);
    expect(ids(m, 'left')).toEqual(['left.identity']);
    expect(ids(m, 'right')).toEqual(['right.conv1', 'right.dw', 'right.conv2']);
    expect(ids(m, 'merge')).toEqual(['concat', 'shuffle', 'output']);
    // the split hands each column one half, drawn on the edge out of the split
    const halves = m.edges.filter((e) => e.from === 'split').map((e) => [e.path, e.tensor?.shape.c]);
    expect(halves).toEqual([
      ['left', 58],
      ['right', 58],
    ]);
  });

  it('tracks what the channels are: stacked after the concat, alternating after the shuffle', () => {
    const m = fromUnitSpec(basicUnit(116, 28, 28));
    const intoShuffle = m.edges.find((e) => e.to === 'shuffle')!.tensor!;
    expect(intoShuffle.parts).toEqual([
      { path: 'left', channels: 58 },
      { path: 'right', channels: 58 },
    ]);
    expect(intoShuffle.interleaved).toBe(false);
    expect(m.nodes.at(-1)!.tensor!.interleaved).toBe(true);
    // V1's Add mixes its inputs into one neutral tensor
    const v1 = fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 }));
    expect(v1.nodes.at(-1)!.tensor!.parts).toEqual([{ path: 'merge', channels: 240 }]);
  });

  it('follows the manifest through stride 2: both branches see the whole input', () => {
    const m = fromManifestUnit(findUnit(MANIFESTS.digits, 3, 1)!);
    expect(m.edges.filter((e) => e.from === 'input').map((e) => e.to)).toEqual(['left.dw', 'right.conv1']);
    expect(m.nodes.find((n) => n.id === 'left.dw')!.output).toEqual({ c: 48, h: 7, w: 7 });
    expect(m.output).toEqual({ c: 96, h: 7, w: 7 });
  });

  it('badges exactly the V1 ops that work against G1, G2 and G4', () => {
    const m = fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 }));
    const badged = Object.fromEntries(m.nodes.filter((n) => n.badges.length).map((n) => [n.id, n.badges]));
    expect(badged).toEqual({ 'main.gconv1': ['G1', 'G2'], 'main.gconv2': ['G1', 'G2'], 'merge.add': ['G4'] });
    expect(fromUnitSpec(basicUnit(116, 28, 28)).nodes.every((n) => n.badges.length === 0)).toBe(true);
    expect(ids(m, 'left')).toEqual(['shortcut.identity']);
  });

  it('the placeholder keeps the structure and writes shapes as symbols', () => {
    const m = placeholderDiagram('down');
    expect(m.valid).toBe(false);
    expect(shapeText(m, m.input)).toBe('C×H×W');
    expect(shapeText(m, m.output)).toBe('2C×H/2×W/2');
    expect(describeDiagram(m)).not.toMatch(/\d+×\d+×\d+/);
  });

  it('describes every op in order for the text alternative', () => {
    const text = describeDiagram(fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1 })));
    expect(text).toMatch(/^ShuffleNet V1 unit, stride 1, g = 3: input \(240×28×28\);/);
    expect(text).toContain('1×1 group conv (g = 3) · BN · ReLU (60×28×28, works against G1 and G2)');
    expect(text).toMatch(/output \(240×28×28\)\.$/);
  });

  it('highlights a path with the edges along it, and the inputs of a highlighted node', () => {
    const m = fromUnitSpec(basicUnit(116, 28, 28));
    expect(m.nodes.filter((n) => nodeLit(n, ['left'])).map((n) => n.id)).toEqual(['left.identity']);
    expect(m.edges.filter((e) => edgeLit(e, ['concat'])).map((e) => e.from)).toEqual(['left.identity', 'right.conv2']);
    expect(m.nodes.every((n) => nodeLit(n, []))).toBe(true);
  });
});
