/**
 * A reader's own model in the Chinese edition: the worker's refusals travel as code and parameters
 * (through structured clone, as the worker sends them) and read as Chinese on the page; the summary
 * card and the value panel's errors speak Chinese; the English texts are the errors' own messages.
 */
import { describe, expect, it } from 'vitest';
import { recogniseShuffleNetV2, RecogniseError } from '../../lib/onnxRecognize';
import { headline, summaryRows } from '../../lib/onnxRecognizeSummary';
import { localizeManifest } from '../../lib/manifestText';
import { classNames, ownModelManifest, prepareOwnModel } from '../../lib/ownModel';
import { checkFileSize, OwnModelError, ownModelErrorText } from '../../lib/ownModelError';
import { isOwnProblem, ownProblemText } from '../../lib/ownModelMessages';
import { valueAt } from '../../lib/valueComputation';
import { ValueError, valueProblemText } from '../../lib/valueComputationMessages';
import { byomBytes, SMALL_FIXTURES } from '../model/byomHelpers';

const CJK = /[\u4e00-\u9fff]/;

function refusal(bytes: Uint8Array): RecogniseError {
  try {
    recogniseShuffleNetV2(bytes);
  } catch (error) {
    return error as RecogniseError;
  }
  throw new Error('recognised');
}

describe('own-model refusals in both editions', () => {
  it('a ResNet: what was expected and what was found, in Chinese, from the same code and parameters', () => {
    const error = refusal(byomBytes('tiny-resnet.onnx'));
    const sent = structuredClone(error.problem);
    expect(isOwnProblem(sent)).toBe(true);
    expect(ownProblemText(sent, 'en')).toBe(error.message);
    const zh = ownProblemText(sent, 'zh');
    expect(zh).toContain('这不是 ShuffleNetV2');
    expect(zh).toContain('把两个分支拼接起来的单元');
    expect(zh).toContain('残差连接');
    expect(zh).not.toMatch(/expected|found|residual/);
  });

  it('not ONNX, and too large (checked on the page), say so in Chinese', () => {
    const notOnnx = refusal(new TextEncoder().encode('just some text, not a model'));
    expect(ownProblemText(notOnnx.problem, 'zh')).toMatch(/^这个文件不是 ONNX 模型/);
    let tooLarge: unknown;
    try {
      checkFileSize(100 * 1024 * 1024, 'big.onnx');
    } catch (error) {
      tooLarge = error;
    }
    expect(tooLarge).toBeInstanceOf(OwnModelError);
    const e = tooLarge as OwnModelError;
    expect(e.message).toMatch(/^“big\.onnx” is 100\.0 MB; the explorer opens files up to 64\.0 MB/);
    expect(ownModelErrorText(e, 'zh')).toMatch(/^“big\.onnx”有 100\.0 MB；网络探索器最多打开 64\.0 MB/);
    expect(ownModelErrorText(e, 'en')).toBe(e.message);
  });

  it('an error without code and parameters keeps its message', () => {
    expect(ownModelErrorText(new OwnModelError('failed-to-run', 'plain'), 'zh')).toBe('plain');
  });
});

describe('summary card and value panel in Chinese', () => {
  it('every row of the summary has a Chinese label and value', () => {
    const m = recogniseShuffleNetV2(byomBytes(`${SMALL_FIXTURES[0].stem}.onnx`), {});
    expect(headline(m, 'zh')).toMatch(CJK);
    const en = summaryRows(m, 'en');
    const zh = summaryRows(m, 'zh');
    expect(zh.length).toBe(en.length);
    zh.forEach((row, i) => {
      if (en[i].label && en[i].label !== 'conv5') expect(row.label).toMatch(CJK);
      if (/[a-z]{3,} [a-z]{3,}/.test(en[i].value)) expect(row.value).toMatch(CJK);
    });
  });

  it('a position outside the map is explained in Chinese', () => {
    const t = { data: new Float32Array(3), dims: [1, 3, 1, 1] };
    let error: unknown;
    try {
      valueAt(t, { channel: 3, y: 0, x: 0 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValueError);
    expect((error as ValueError).message).toBe('position (channel 3, row 0, column 0) is outside 3×1×1');
    expect(valueProblemText((error as ValueError).problem, 'zh')).toBe(
      '位置（通道 3，第 0 行，第 0 列）超出了 3×1×1 的范围',
    );
  });

  it("the own model's layer descriptions are rebuilt in Chinese with its own strides (BN kept as layers)", () => {
    const { bytes: _bytes, ...model } = prepareOwnModel(byomBytes('small-opset17-bn.onnx'));
    const pre = { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] };
    const en = ownModelManifest(model, 'x.onnx', classNames(model.recognised.classifier.classes, null), pre);
    const zh = localizeManifest(en, 'zh');
    for (const o of zh.outputs) if (o.layer) expect(o.layer.description).toMatch(CJK);
    expect(zh.input.preprocessing.description).toMatch(CJK);
    const stem = (m: typeof en) => m.outputs.find((o) => o.layer?.op === 'conv3x3')!.layer!.description;
    expect(stem(en)).toContain('stride 2');
    expect(stem(zh)).toContain('步长 2');
    // a down-sampling unit's depthwise convolution has stride 2 in both editions
    const dw = (m: typeof en) =>
      m.outputs.find((o) => o.layer?.op === 'dwconv3x3' && o.unitType === 'down')!.layer!.description;
    expect(dw(en)).toContain('stride 2');
    expect(dw(zh)).toContain('步长 2');
    expect(zh.classes[3]).toBe('类别 3');
  });
});
