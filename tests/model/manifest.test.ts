import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, parseSamples, preprocessPixels, unitOutputs } from '../../lib/manifest';
import { MODEL_NAMES, modelDir } from './helpers';

const raw = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(modelDir(name as 'digits'), 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** The index of the output called `name`. */
const at = (m: { outputs: { name: string }[] }, name: string): number => m.outputs.findIndex((o) => o.name === name);

/** A deep copy of the digits manifest with one change applied. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit arbitrary paths of raw JSON
function broken(change: (m: any) => void): unknown {
  const m = structuredClone(raw('digits'));
  change(m);
  return m;
}

describe('parseManifest', () => {
  it.each(MODEL_NAMES)('accepts the shipped %s manifest', (name) => {
    const m = parseManifest(raw(name));
    expect(m.name).toBe(name);
    expect(m.classes).toHaveLength(10);
    expect(m.input.preprocessing.background).toBe('black');
    expect(m.samples.format).toBe('N×784 uint8 pixels row-major (0=background) followed by N uint8 labels');
    expect(m.outputs[0].name).toBe('stem');
  });

  it.each(MODEL_NAMES)('says how every output of the shipped %s manifest is computed, op by op', (name) => {
    const m = parseManifest(raw(name));
    expect(m.outputs.every((o) => o.layer)).toBe(true);
    // weights: the stem, 5 convs in each of the 3 down-sampling units, 3 in each of the 5 basic units, conv5, FC
    const down = m.units.filter((u) => u.type === 'down').length;
    expect(m.outputs.filter((o) => o.layer!.weights).length).toBe(1 + 5 * down + 3 * (m.units.length - down) + 1 + 1);
    for (const u of m.units) {
      const ops = unitOutputs(m, u).map((o) => [
        o.name.slice(u.name.length + 1),
        o.layer!.op,
        o.layer!.path,
        o.layer!.values,
      ]);
      expect(ops).toEqual(
        u.type === 'basic'
          ? [
              ['left', 'split', 'left', 'nonnegative'],
              ['right.split', 'split', 'right', 'nonnegative'],
              ['right.conv1', 'conv1x1', 'right', 'nonnegative'],
              ['right.dw', 'dwconv3x3', 'right', 'signed'],
              ['right', 'conv1x1', 'right', 'nonnegative'],
              ['concat', 'concat', 'merge', 'nonnegative'],
              ['shuffle', 'shuffle', 'merge', 'nonnegative'],
            ]
          : [
              ['left.dw', 'dwconv3x3', 'left', 'signed'],
              ['left', 'conv1x1', 'left', 'nonnegative'],
              ['right.conv1', 'conv1x1', 'right', 'nonnegative'],
              ['right.dw', 'dwconv3x3', 'right', 'signed'],
              ['right', 'conv1x1', 'right', 'nonnegative'],
              ['concat', 'concat', 'merge', 'nonnegative'],
              ['shuffle', 'shuffle', 'merge', 'nonnegative'],
            ],
      );
      // the diagram's ops point at these outputs, in the same order
      expect([...u.left, ...u.right, ...u.after].map((op) => op.output)).toEqual(
        (u.type === 'basic'
          ? ['left', 'right.conv1', 'right.dw', 'right', 'concat', 'shuffle']
          : ['left.dw', 'left', 'right.conv1', 'right.dw', 'right', 'concat', 'shuffle']
        ).map((t) => `${u.name}.${t}`),
      );
    }
    expect(m.outputs.slice(-4).map((o) => o.layer!.op)).toEqual(['conv1x1', 'avgpool', 'fc', 'softmax']);
    expect(m.outputs.find((o) => o.name === 'logits')!.layer!.values).toBe('signed');
    expect(m.outputs.find((o) => o.name === 'probs')!.layer!.values).toBe('probability');
    for (const o of m.outputs) expect(o.layer!.description.length, o.name).toBeGreaterThan(30);
  });

  it('names the class lists', () => {
    expect(parseManifest(raw('digits')).classes).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(parseManifest(raw('fashion')).classes).toEqual([
      'T-shirt/top',
      'Trouser',
      'Pullover',
      'Dress',
      'Coat',
      'Sandal',
      'Shirt',
      'Sneaker',
      'Bag',
      'Ankle boot',
    ]);
  });

  it.each([
    ['not an object', () => 42, /manifest must be an object/],
    ['null', () => null, /manifest must be an object \(got null\)/],
    ['missing name', () => broken((m) => delete m.name), /manifest\.name must be a non-empty string \(got nothing\)/],
    ['missing input', () => broken((m) => delete m.input), /manifest\.input must be an object/],
    [
      'std of zero',
      () => broken((m) => (m.input.preprocessing.std = 0)),
      /manifest\.input\.preprocessing\.std must be > 0/,
    ],
    [
      'mean as a string',
      () => broken((m) => (m.input.preprocessing.mean = '0.1')),
      /preprocessing\.mean must be a finite number/,
    ],
    [
      'white background',
      () => broken((m) => (m.input.preprocessing.background = 'white')),
      /background must be one of 'black'/,
    ],
    [
      'fractional shape',
      () => broken((m) => (m.input.shape[2] = 27.5)),
      /manifest\.input\.shape\[2\] must be a positive whole number/,
    ],
    [
      'unknown role',
      () => broken((m) => (m.outputs[3].role = 'residual')),
      /manifest\.outputs\[3\]\.role must be one of/,
    ],
    [
      'branch without side',
      () => broken((m) => delete m.outputs[at(m, 'stage2.unit1.left')].branch),
      /manifest\.outputs\[2\]\.branch must be 'left' or 'right'/,
    ],
    [
      'duplicate output',
      () => broken((m) => (m.outputs[at(m, 'stage2.unit1.right.conv1')].name = 'stage2.unit1.left')),
      /lists "stage2\.unit1\.left" twice/,
    ],
    [
      'unknown layer op',
      () => broken((m) => (m.outputs[1].op = 'maxpool')),
      /manifest\.outputs\[1\]\.op must be one of 'conv3x3'/,
    ],
    [
      'unknown path',
      () => broken((m) => (m.outputs[1].path = 'middle')),
      /manifest\.outputs\[1\]\.path must be one of 'left', 'right', 'merge'/,
    ],
    [
      'an input from later in the network',
      () => broken((m) => (m.outputs[1].inputs = ['conv5'])),
      /manifest\.outputs\[1\]\.inputs names "conv5", which is not the model input or an earlier output/,
    ],
    [
      'a conv without weights',
      () => broken((m) => delete m.outputs[at(m, 'stage3.unit2.right.dw')].weights),
      /manifest\.outputs\[\d+\]\.weights must be an object \(got nothing\)/,
    ],
    [
      'a weight without a name',
      () => broken((m) => (m.outputs[0].weights.weight = '')),
      /manifest\.outputs\[0\]\.weights\.weight must be a non-empty string/,
    ],
    [
      'weights on a shuffle',
      () => broken((m) => (m.outputs[at(m, 'stage2.unit1.shuffle')].weights = m.outputs[0].weights)),
      /\.weights must not be given for a 'shuffle'/,
    ],
    [
      'signed values after a ReLU',
      () => broken((m) => (m.outputs[0].values = 'signed')),
      /manifest\.outputs\[0\]\.values must be 'nonnegative' after a ReLU/,
    ],
    [
      'one output that does not say how it is computed',
      () => broken((m) => delete m.outputs[at(m, 'pool')].op),
      /manifest\.outputs\[\d+\]\.op is missing \("pool"/,
    ],
    [
      'a unit tensor that is no output',
      () => broken((m) => (m.units[1].tensors[2] = 'stage2.unit2.right.conv9')),
      /manifest\.units\[1\]\.tensors\[2\] must name one of the outputs/,
    ],
    [
      'an op naming no output',
      () => broken((m) => (m.units[0].right[1].output = 'nowhere')),
      /manifest\.units\[0\] op 3 names output "nowhere"/,
    ],
    ['wrong class count', () => broken((m) => m.classes.pop()), /'logits' has 10 values but there are 9 classes/],
    [
      'unknown op',
      () => broken((m) => (m.units[1].right[0].op = 'conv5x5')),
      /manifest\.units\[1\]\.right\[0\]\.op must be one of/,
    ],
    [
      'dangling unit input',
      () => broken((m) => (m.units[2].input = 'nowhere')),
      /manifest\.units\[2\]\.input names "nowhere"/,
    ],
    ['accuracy above 1', () => broken((m) => (m.accuracy.value = 99.1)), /manifest\.accuracy\.value must be ≤ 1/],
    ['missing samples', () => broken((m) => delete m.samples), /manifest\.samples must be an object \(got nothing\)/],
    [
      'missing training seed',
      () => broken((m) => delete m.training.seed),
      /manifest\.training\.seed must be a finite number/,
    ],
  ])('rejects %s with a clear error', (_label, make, message) => {
    expect(() => parseManifest(make())).toThrowError(message);
    expect(() => parseManifest(make())).toThrowError(/^Invalid model manifest: /);
  });
});

describe('preprocessPixels and parseSamples', () => {
  it('normalises pixel/255 with the manifest mean and std', () => {
    const x = preprocessPixels([0, 255, 51], { mean: 0.2, std: 0.5 });
    expect(Array.from(x)).toEqual([Math.fround(-0.4), Math.fround(1.6), Math.fround(0)]);
  });

  it('splits samples.bin into images and labels and checks its size', () => {
    const bytes = new Uint8Array(2 * 785);
    bytes[784] = 7;
    bytes[2 * 784] = 3;
    bytes[2 * 784 + 1] = 9;
    const { images, labels } = parseSamples(bytes, 2);
    expect(images).toHaveLength(2);
    expect(images[1][0]).toBe(7);
    expect(Array.from(labels)).toEqual([3, 9]);
    expect(() => parseSamples(bytes, 3)).toThrow(/expected 3×\(784\+1\)/);
  });
});
