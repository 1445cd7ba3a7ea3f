import { describe, expect, it } from 'vitest';
import { RecogniseError, recogniseShuffleNetV2 } from '../../lib/onnxRecognize';
import { headline, summaryRows } from '../../lib/onnxRecognizeSummary';
import { prepareOwnModel } from '../../lib/ownModel';
import { byomBytes } from '../model/byomHelpers';

const row = (rows: { label: string; value: string }[], label: string) => rows.find((r) => r.label === label)?.value;

describe('what the reader is told', () => {
  it('names a published width, with its channels and torchvision-equal counts', () => {
    const m = recogniseShuffleNetV2(byomBytes('x1.0-opset13-structure.onnx'));
    const rows = summaryRows(m);
    expect(headline(m)).toBe('ShuffleNetV2 1.0× (a published width)');
    expect(row(rows, 'published width')).toBe('1.0×: stage channels 116, 232, 464, conv5 1024');
    expect(row(rows, 'parameters')).toBe('2,278,604 (2.28M)');
    expect(row(rows, 'multiply-adds per image')).toBe('144,907,992 (145M)');
    expect(row(rows, 'stem')).toBe('3×3 conv, stride 2, 24 channels, 112×112; max pool to 56×56');
    expect(rows.filter((r) => r.value.startsWith('stage')).map((r) => r.value)).toEqual([
      'stage2: 4 units (1 down-sampling + 3 basic), 116 channels, 28×28',
      'stage3: 8 units (1 down-sampling + 7 basic), 232 channels, 14×14',
      'stage4: 4 units (1 down-sampling + 3 basic), 464 channels, 7×7',
    ]);
    expect(row(rows, 'classifier')).toBe('global average pool, fully connected to 1,000 classes');
  });

  it('says when a width is custom, and how BatchNorm is stored', () => {
    const m = recogniseShuffleNetV2(byomBytes('small-opset17-bn.onnx'));
    const rows = summaryRows(m);
    expect(headline(m)).toBe('A ShuffleNetV2 of a custom width');
    expect(row(rows, 'channel widths')).toBe('8, 16, 32, 64, 128');
    expect(row(rows, 'published width')).toMatch(/^none of the published widths/);
    expect(row(rows, 'file')).toMatch(/^ONNX opset 17, 0\.1 MB; BatchNorm kept as separate layers$/);
  });
});

describe('prepareOwnModel', () => {
  it('returns the edited model and its outputs for a runnable export', () => {
    const prepared = prepareOwnModel(byomBytes('small-opset13.onnx'));
    expect(prepared.outputs.map((o) => o.name)).toContain('stage4.unit2.shuffle');
    expect(prepared.bytes.length).toBeGreaterThan(byomBytes('small-opset13.onnx').length);
    expect(prepared.imagenetClasses).toBe(false);
    expect(prepared.architecture.units[0].input).toBe('maxpool');
  });

  it('refuses a structure-only file: it has no weights to run', () => {
    expect(() => prepareOwnModel(byomBytes('x0.5-opset13-structure.onnx'))).toThrow(RecogniseError);
    expect(() => prepareOwnModel(byomBytes('x0.5-opset13-structure.onnx'))).toThrow(/holds no weights/);
  });
});
