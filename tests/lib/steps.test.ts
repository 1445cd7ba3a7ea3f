import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest, type ModelManifest } from '../../lib/manifest';
import { formatShape } from '../../lib/format';
import {
  allTensors,
  buildSteps,
  dropBatch,
  moveStep,
  resolveStep,
  stepIndex,
  StepsError,
  tensorTitle,
} from '../../lib/steps';
import { describeDiagram, fromManifestUnit } from '../../lib/unitDiagram';

/**
 * A manifest shaped like training/export.py's, generated for any widths and depths, so the
 * mapping is tested on networks other than the one that happens to ship.
 */
function makeManifest(
  stages: [number, number][],
  { stem = 24, size = 28, conv5 = 256, classes = 10 } = {},
): ModelManifest {
  const outputs: unknown[] = [
    { name: 'stem', role: 'stem', stage: null, unit: null, unitType: null, shape: [1, stem, size, size] },
  ];
  const units: unknown[] = [];
  let input = 'stem',
    c = stem,
    s = size;
  stages.forEach(([out, repeats], si) => {
    const stage = si + 2;
    for (let u = 1; u <= repeats; u++) {
      const type = u === 1 ? 'down' : 'basic';
      const os = type === 'down' ? Math.ceil(s / 2) : s;
      const name = `stage${stage}.unit${u}`;
      const half = out / 2;
      for (const branch of ['left', 'right'])
        outputs.push({
          name: `${name}.${branch}`,
          role: 'branch',
          stage,
          unit: u,
          unitType: type,
          branch,
          shape: [1, half, os, os],
        });
      outputs.push({ name: `${name}.concat`, role: 'concat', stage, unit: u, unitType: type, shape: [1, out, os, os] });
      outputs.push({
        name: `${name}.shuffle`,
        role: 'shuffle',
        stage,
        unit: u,
        unitType: type,
        shape: [1, out, os, os],
      });
      const op = (o: string, inC: number, outC: number) => ({
        op: o,
        inChannels: inC,
        outChannels: outC,
        bn: false,
        relu: false,
      });
      units.push({
        name,
        stage,
        unit: u,
        type,
        input,
        inChannels: c,
        outChannels: out,
        inSize: [s, s],
        outSize: [os, os],
        before: type === 'basic' ? [op('split', c, c / 2)] : [],
        left: type === 'basic' ? [op('identity', half, half)] : [op('dwconv3x3', c, c), op('conv1x1', c, half)],
        right: [
          op('conv1x1', type === 'basic' ? half : c, half),
          op('dwconv3x3', half, half),
          op('conv1x1', half, half),
        ],
        after: [op('concat', out, out), { ...op('shuffle', out, out), groups: 2 }],
      });
      input = `${name}.shuffle`;
      c = out;
      s = os;
    }
  });
  outputs.push({ name: 'conv5', role: 'conv5', stage: null, unit: null, unitType: null, shape: [1, conv5, s, s] });
  outputs.push({ name: 'pool', role: 'pool', stage: null, unit: null, unitType: null, shape: [1, conv5] });
  outputs.push({ name: 'logits', role: 'logits', stage: null, unit: null, unitType: null, shape: [1, classes] });
  outputs.push({ name: 'probs', role: 'probs', stage: null, unit: null, unitType: null, shape: [1, classes] });
  return parseManifest({
    name: 'test',
    title: 'test',
    modelFile: 'model.onnx',
    input: {
      name: 'input',
      shape: [1, 1, size, size],
      preprocessing: { mean: 0.5, std: 0.25, background: 'black', description: 'x' },
    },
    classes: Array.from({ length: classes }, (_, i) => `class ${i}`),
    outputs,
    units,
    stem: { outChannels: stem, kernel: 3, stride: 1 },
    stages: stages.map(([out, repeats], i) => ({ name: `stage${i + 2}`, outChannels: out, repeats, outSize: [1, 1] })),
    conv5: { outChannels: conv5 },
    params: 1,
    paramsFolded: 1,
    multiplyAdds: 1,
    accuracy: { value: 0.5, testSetSize: 1, testSet: 'x' },
    samples: { file: 'samples.bin', count: 1, format: 'x' },
    training: { epochs: 1, seed: 0, seconds: 1, optimizer: 'x', torch: 'x' },
  });
}

describe('buildSteps', () => {
  const manifest = makeManifest([
    [48, 2],
    [96, 3],
    [192, 2],
  ]);
  const steps = buildSteps(manifest);

  it('walks input → stem → every unit in stage order → conv5 → pool → FC → softmax', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'input',
      'stem',
      'stage2.unit1',
      'stage2.unit2',
      'stage3.unit1',
      'stage3.unit2',
      'stage3.unit3',
      'stage4.unit1',
      'stage4.unit2',
      'conv5',
      'pool',
      'fc',
      'softmax',
    ]);
    expect(steps.map((s) => s.index)).toEqual(steps.map((_, i) => i));
    expect(steps.filter((s) => s.kind === 'unit').map((s) => s.unit?.type)).toEqual([
      'down',
      'basic',
      'down',
      'basic',
      'basic',
      'down',
      'basic',
    ]);
  });

  it('chains: every step reads what the step before produced, with matching shapes', () => {
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i].input).toBe(steps[i - 1].tensors[steps[i - 1].tensors.length - 1]);
      expect(steps[i].inputShape).toEqual(steps[i - 1].outputShape);
    }
  });

  it('shows every output of the model exactly once, plus the input', () => {
    const shown = allTensors(steps);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.sort()).toEqual(['input', ...manifest.outputs.map((o) => o.name)].sort());
  });

  it('reads shapes and sizes from the manifest, not from a fixed architecture', () => {
    const small = buildSteps(
      makeManifest(
        [
          [16, 1],
          [32, 2],
        ],
        { stem: 8, size: 32, conv5: 64, classes: 3 },
      ),
    );
    expect(small.map((s) => s.id)).toEqual([
      'input',
      'stem',
      'stage2.unit1',
      'stage3.unit1',
      'stage3.unit2',
      'conv5',
      'pool',
      'fc',
      'softmax',
    ]);
    expect(small[2].inputShape).toEqual([8, 32, 32]);
    expect(small[2].outputShape).toEqual([16, 16, 16]);
    expect(small[4].outputShape).toEqual([32, 8, 8]);
    expect(small[5].operation).toContain('64 channels');
    expect(small[7].outputShape).toEqual([3]);
    expect(small[7].operation).toContain('64 → 3');
  });

  it('describes basic and down-sampling units by what they do to channels and size', () => {
    expect(steps[2].operation).toContain('28×28 → 14×14');
    expect(steps[3].operation).toContain('24 untouched');
    expect(steps[3].title).toBe('Stage 2, unit 2 (basic)');
  });

  it('rejects a manifest whose units do not form a chain, naming the unit', () => {
    const broken = makeManifest([[48, 2]]);
    broken.units[1] = { ...broken.units[1], input: 'stem' };
    expect(() => buildSteps(broken)).toThrow(StepsError);
    expect(() => buildSteps(broken)).toThrow(/stage2\.unit2 reads "stem"/);
  });

  it('rejects a manifest without a head', () => {
    const headless = makeManifest([[48, 2]]);
    headless.outputs = headless.outputs.filter((o) => o.role !== 'pool');
    expect(() => buildSteps(headless)).toThrow(/exactly one 'pool' output, found 0/);
  });
});

describe('step helpers', () => {
  const steps = buildSteps(
    makeManifest([
      [48, 2],
      [96, 3],
      [192, 2],
    ]),
  );
  it('finds steps by id and falls back to the input for unknown ids', () => {
    expect(stepIndex(steps, 'stage3.unit2')).toBe(5);
    expect(stepIndex(steps, 'softmax')).toBe(steps.length - 1);
    expect(stepIndex(steps, 'stage9.unit9')).toBe(0);
  });
  it('moves and clamps at both ends', () => {
    expect(moveStep(steps, 0, -1)).toBe(0);
    expect(moveStep(steps, 3, 1)).toBe(4);
    expect(moveStep(steps, steps.length - 1, 1)).toBe(steps.length - 1);
  });
  it('formats shapes without the batch dimension', () => {
    expect(dropBatch([1, 24, 28, 28])).toEqual([24, 28, 28]);
    expect(formatShape([256])).toBe('256');
    expect(formatShape(dropBatch([1, 48, 14, 14]))).toBe('48×14×14');
    expect(formatShape(dropBatch([1, 1, 28, 28]))).toBe('1×28×28');
  });
});

describe('tensorTitle: tensors in the reader’s words', () => {
  const digits = parseManifest(JSON.parse(readFileSync('public/models/digits/manifest.json', 'utf8')));
  const unit = (stage: number, n: number) => digits.units.find((u) => u.stage === stage && u.unit === n)!;
  it('names another unit’s tensor by stage, unit and op, as the step titles do', () => {
    expect(tensorTitle('stage3.unit1.shuffle')).toBe('Stage 3, unit 1 · channel shuffle (g = 2)');
    expect(tensorTitle('stage3.unit1.shuffle', 'zh')).toBe('阶段 3，单元 1 · 通道混洗（g = 2）');
    expect(tensorTitle('stage3.unit1.left.dw')).toBe('Stage 3, unit 1 · left branch · 3×3 depthwise conv, stride 2');
  });
  it('inside the unit looked at, names the part only, by the unit’s own type', () => {
    const basic = unit(3, 2);
    expect(tensorTitle('stage3.unit2.left', 'en', basic)).toBe('untouched half');
    expect(tensorTitle('stage3.unit2.right.split', 'en', basic)).toBe('half entering the branch');
    expect(tensorTitle('stage3.unit2.right.conv1', 'en', basic)).toBe('branch · 1×1 conv');
    expect(tensorTitle('stage3.unit2.right.dw', 'zh', basic)).toBe('分支 · 3×3 深度卷积');
    expect(tensorTitle('stage3.unit2.concat', 'zh', basic)).toBe('拼接');
    const down = unit(3, 1);
    expect(tensorTitle('stage3.unit1.left', 'en', down)).toBe('left branch');
    expect(tensorTitle('stage3.unit1.right', 'zh', down)).toBe('右分支');
  });
  it('names every tensor the shipped model shows, none left as an identifier', () => {
    for (const step of buildSteps(digits)) {
      for (const name of [...step.tensors, ...(step.input ? [step.input] : [])]) {
        for (const locale of ['en', 'zh'] as const) {
          const title = tensorTitle(name, locale, step.unit);
          expect(title, name).not.toMatch(/stage\d|unit\d|^(left|right)$|[a-z]\.[a-z]/);
        }
      }
    }
  });
  it('gives a name it does not know (a reader’s own model) back unchanged', () => {
    expect(tensorTitle('/features/features.0/Conv_output_0')).toBe('/features/features.0/Conv_output_0');
  });
});

describe('the shipped manifests', () => {
  for (const name of ['digits', 'fashion']) {
    const manifest = parseManifest(JSON.parse(readFileSync(`public/models/${name}/manifest.json`, 'utf8')));
    const steps = buildSteps(manifest);
    it(`steps through the shipped ${name} model op by op: every output once, units in order`, () => {
      expect(allTensors(steps).sort()).toEqual([manifest.input.name, ...manifest.outputs.map((o) => o.name)].sort());
      expect(steps.filter((s) => s.kind === 'unit')).toEqual([]);
      // every unit of the manifest appears, in order, as a run of op steps
      const unitsInOrder = steps
        .filter((s) => s.unit)
        .map((s) => s.unit!.name)
        .filter((n, i, a) => a[i - 1] !== n);
      expect(unitsInOrder).toEqual(manifest.units.map((u) => u.name));
      for (const s of steps.filter((x) => x.unit))
        expect(describeDiagram(fromManifestUnit(s.unit!))).toContain(
          s.unit!.type === 'basic' ? 'channel split' : 'stride 2',
        );
    });

    it(`${name}: a basic unit is split, 1×1, depthwise, 1×1, concat, shuffle; a down-sampling unit both branches op by op`, () => {
      const ops = (unit: string) =>
        steps.filter((s) => s.unit?.name === unit).map((s) => `${s.op!.path}:${s.op!.op}:${s.op!.node}`);
      expect(ops('stage3.unit2')).toEqual([
        'left:split:split',
        'right:conv1x1:right.conv1',
        'right:dwconv3x3:right.dw',
        'right:conv1x1:right.conv2',
        'merge:concat:concat',
        'merge:shuffle:shuffle',
      ]);
      expect(ops('stage3.unit1')).toEqual([
        'left:dwconv3x3:left.dw',
        'left:conv1x1:left.conv',
        'right:conv1x1:right.conv1',
        'right:dwconv3x3:right.dw',
        'right:conv1x1:right.conv2',
        'merge:concat:concat',
        'merge:shuffle:shuffle',
      ]);
      const split = steps.find((s) => s.id === 'stage3.unit2.split')!;
      expect(split.tensors).toEqual(['stage3.unit2.left', 'stage3.unit2.right.split']);
      expect(split.input).toBe('stage3.unit1.shuffle');
      // the depthwise outputs are the signed ones (no ReLU)
      expect(steps.filter((s) => s.op?.values === 'signed').every((s) => s.op!.op === 'dwconv3x3')).toBe(true);
      expect(steps.filter((s) => s.op?.op === 'dwconv3x3').length).toBe(
        manifest.units.reduce((n, u) => n + (u.type === 'down' ? 2 : 1), 0),
      );
      const concat = steps.find((s) => s.id === 'stage3.unit1.concat')!;
      expect(concat.op!.inputs).toEqual(['stage3.unit1.left', 'stage3.unit1.right']);
      expect(steps.at(-1)!.id).toBe('softmax');
    });

    it(`${name}: a unit's name opens its first op; an unknown id is reported as unknown`, () => {
      expect(steps[resolveStep(steps, 'stage3.unit2')!].id).toBe('stage3.unit2.split');
      expect(steps[resolveStep(steps, 'stage2.unit1')!].id).toBe('stage2.unit1.left.dw');
      expect(resolveStep(steps, 'stage9.unit9')).toBeNull();
      expect(stepIndex(steps, 'stage9.unit9')).toBe(0);
    });
  }
});
