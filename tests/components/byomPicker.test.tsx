// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelFilePicker } from '../../components/byom/ModelFilePicker';
import { ModelSummary } from '../../components/byom/ModelSummary';
import { recogniseShuffleNetV2 } from '../../lib/onnxRecognize';
import { describeOwnModelFailure, OwnModelError, prepareForWorker } from '../../lib/ownModel';
import { byomBytes } from '../model/byomHelpers';

afterEach(cleanup);

function choose(bytes: Uint8Array, name: string) {
  const input = screen.getByLabelText(/Choose a ShuffleNetV2 \.onnx file/);
  const file = new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('ModelFilePicker', () => {
  it('is a labelled file input that says nothing is uploaded', () => {
    render(<ModelFilePicker onOpen={async () => {}} />);
    expect(screen.getByLabelText(/Choose a ShuffleNetV2 \.onnx file/).getAttribute('type')).toBe('file');
    expect(screen.getByText(/The file never leaves your computer/)).toBeTruthy();
  });

  it('hands the file’s bytes over to be opened', async () => {
    const onOpen = vi.fn(async (bytes: Uint8Array, _fileName: string) => void prepareForWorker(bytes));
    render(<ModelFilePicker onOpen={onOpen} />);
    choose(byomBytes('small-opset13.onnx'), 'mine.onnx');
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const [bytes, name] = onOpen.mock.calls[0];
    expect(name).toBe('mine.onnx');
    expect(prepareForWorker(bytes).model.recognised.stagesOutChannels).toEqual([8, 16, 32, 64, 128]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('explains a refusal and stays usable', async () => {
    const onModel = vi.fn();
    // as the worker answers: the recogniser's refusal reaches the page as an OwnModelError
    const openAsWorker = async (bytes: Uint8Array) => {
      onModel();
      try {
        prepareForWorker(bytes);
      } catch (error) {
        const failure = describeOwnModelFailure(error);
        throw new OwnModelError(failure.code, failure.message);
      }
    };
    render(<ModelFilePicker onOpen={openAsWorker} />);
    choose(byomBytes('tiny-resnet.onnx'), 'resnet.onnx');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('residual connections, which ShuffleNetV2 units do not have');
    choose(new TextEncoder().encode('not a model'), 'notes.onnx');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/^“notes\.onnx”: This file is not an ONNX model/),
    );
    expect(onModel).toHaveBeenCalledTimes(2);
  });
});

describe('ModelSummary', () => {
  it('lists what was found, headed by the width', () => {
    render(
      <ModelSummary model={recogniseShuffleNetV2(byomBytes('x0.5-opset13-structure.onnx'))} fileName="x0.5.onnx" />,
    );
    expect(screen.getByRole('heading').textContent).toBe('ShuffleNetV2 0.5× (a published width)');
    expect(screen.getByRole('row', { name: /parameters/ }).textContent).toContain('1,366,792');
    expect(screen.getByRole('row', { name: /multiply-adds per image/ }).textContent).toContain('40,476,448');
  });
});
