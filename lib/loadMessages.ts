import { messages, type Locale } from './i18n';

/**
 * What a live figure says while its model loads and when loading or running it fails. The worker
 * does not know the page's language: it sends a problem's code and parameters (`ModelProblem`), and
 * the page says it in its edition's words (`problemText`). English is the error's own message.
 */
const TRY_AGAIN = 'Check your connection and press Retry.';
const TRY_AGAIN_ZH = '请检查网络连接，然后点“重试”。';

export const loadMessages = messages({
  en: {
    engine: () => 'the engine that runs the network in your browser',
    weights: () => 'the network’s trained weights',
    samples: () => 'the example images',
    gettingReady: () => 'Getting the network ready…',
    loading: (loaded: string, total: string, now: string) =>
      `Loading the network: ${loaded} of ${total} MB — now ${now}`,
    ortCode: () => `The code of the in-browser engine (onnxruntime-web) could not be downloaded. ${TRY_AGAIN}`,
    stalled: (file: string, seconds: number) =>
      `The download of ${file} stopped: nothing arrived for ${seconds} seconds. ${TRY_AGAIN}`,
    brokeOff: (file: string, megabytes: string) =>
      `The download of ${file} broke off after ${megabytes} MB. ${TRY_AGAIN}`,
    incomplete: (file: string, loaded: number, total: number) =>
      `${file} arrived incomplete (${loaded.toLocaleString('en')} of ${total.toLocaleString('en')} bytes). ${TRY_AGAIN}`,
    noAnswer: (file: string, seconds: number) =>
      `The server did not answer the request for ${file} within ${seconds} seconds. ${TRY_AGAIN}`,
    offline: (file: string) =>
      `${file} could not be downloaded: the connection failed or this device is offline. ${TRY_AGAIN}`,
    httpStatus: (status: number, statusText: string, file: string) =>
      `The server answered “${status}${statusText ? ` ${statusText}` : ''}” for ${file}. Press Retry; if it keeps failing, this copy of the book is missing the file.`,
    wasmDamaged: () =>
      'The engine’s WebAssembly file arrived damaged and could not be started. Press Retry; if it keeps failing, this browser or an extension may block WebAssembly.',
    corrupt: (file: string) =>
      `${file || 'The model'} could not be opened: it is corrupt or not an ONNX file. Press Retry; if it keeps failing, this copy of the book has a damaged file.`,
    cannotEdit: () => 'This worker cannot edit models.',
    cannotReadWeights: () => 'This session cannot read the model’s weights.',
    workerStopped: () => 'The model worker has stopped. Reload the page to start it again.',
    workerFailed: (detail: string) => `The model worker failed: ${detail || 'its script could not be loaded'}.`,
    noWorker: (detail: string) => `This browser could not start the model's Web Worker: ${detail}`,
    labFailed: () => 'The benchmark failed.',
    labUnknownMessage: () => 'The benchmark worker received a message it does not understand.',
    labBusy: () => 'An experiment is already running; cancel it first.',
    labWorkerFailed: (detail: string) => `The benchmark worker failed: ${detail || 'it could not be started'}.`,
    labNoWorker: (detail: string) => `This browser cannot start a Web Worker: ${detail}`,
  },
  zh: {
    engine: () => '在浏览器中运行网络的引擎',
    weights: () => '网络训练好的权重',
    samples: () => '示例图像',
    gettingReady: () => '正在准备网络…',
    loading: (loaded: string, total: string, now: string) => `正在加载网络：${loaded} / ${total} MB — 当前：${now}`,
    ortCode: () => `浏览器内推理引擎（onnxruntime-web）的代码无法下载。${TRY_AGAIN_ZH}`,
    stalled: (file: string, seconds: number) =>
      `${file} 的下载中断了：${seconds} 秒内没有收到任何数据。${TRY_AGAIN_ZH}`,
    brokeOff: (file: string, megabytes: string) => `${file} 的下载在 ${megabytes} MB 后中断。${TRY_AGAIN_ZH}`,
    incomplete: (file: string, loaded: number, total: number) =>
      `${file} 下载不完整（${loaded.toLocaleString('en')} / ${total.toLocaleString('en')} 字节）。${TRY_AGAIN_ZH}`,
    noAnswer: (file: string, seconds: number) => `服务器在 ${seconds} 秒内没有响应对 ${file} 的请求。${TRY_AGAIN_ZH}`,
    offline: (file: string) => `无法下载 ${file}：连接失败，或此设备处于离线状态。${TRY_AGAIN_ZH}`,
    httpStatus: (status: number, statusText: string, file: string) =>
      `服务器对 ${file} 的回应是“${status}${statusText ? ` ${statusText}` : ''}”。请点“重试”；如果一直失败，说明本书的这份副本缺少该文件。`,
    wasmDamaged: () =>
      '引擎的 WebAssembly 文件在传输中损坏，无法启动。请点“重试”；如果一直失败，可能是此浏览器或某个扩展程序阻止了 WebAssembly。',
    corrupt: (file: string) =>
      `${file || '模型'} 无法打开：文件已损坏，或不是 ONNX 文件。请点“重试”；如果一直失败，说明本书的这份副本中有损坏的文件。`,
    cannotEdit: () => '这个 Worker 不能编辑模型。',
    cannotReadWeights: () => '这个会话无法读取模型的权重。',
    workerStopped: () => '模型的 Worker 已停止。请重新加载页面以重新启动它。',
    workerFailed: (detail: string) => `模型的 Worker 出错：${detail || '无法加载它的脚本'}。`,
    noWorker: (detail: string) => `此浏览器无法启动模型的 Web Worker：${detail}`,
    labFailed: () => '基准测试失败了。',
    labUnknownMessage: () => '基准测试的 Worker 收到了一条它无法理解的消息。',
    labBusy: () => '已有一个实验正在运行；请先取消它。',
    labWorkerFailed: (detail: string) => `基准测试的 Worker 出错：${detail || '无法启动它'}。`,
    labNoWorker: (detail: string) => `此浏览器无法启动 Web Worker：${detail}`,
  },
});

type Texts = (typeof loadMessages)['en'];
type ProblemCode = Exclude<keyof Texts, 'engine' | 'weights' | 'samples' | 'gettingReady' | 'loading'>;

/** A failure as code and parameters: sent by the worker, said by the page in its language. */
export type ModelProblem = { [K in ProblemCode]: { code: K; args: Parameters<Texts[K]> } }[ProblemCode];

/** Builds a problem with its parameters checked against the texts. */
export function problem<K extends ProblemCode>(code: K, ...args: Parameters<Texts[K]>): ModelProblem {
  return { code, args } as ModelProblem;
}

/** A problem in the reader's words. */
export function problemText(p: ModelProblem, locale: Locale = 'en'): string {
  const text = loadMessages[locale][p.code] as (...args: unknown[]) => string;
  return text(...p.args);
}

const NOT_PROBLEMS = new Set(['engine', 'weights', 'samples', 'gettingReady', 'loading']);
const CODES = new Set<string>(Object.keys(loadMessages.en).filter((key) => !NOT_PROBLEMS.has(key)));
/** A problem received from another context (the model worker), checked before it is said. */
export function isModelProblem(value: unknown): value is ModelProblem {
  const p = value as { code?: unknown; args?: unknown } | null;
  return !!p && typeof p.code === 'string' && CODES.has(p.code) && Array.isArray(p.args);
}
