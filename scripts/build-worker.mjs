// Builds the book's two Web Workers with onnxruntime-web (the model worker, components/model/modelWorker.ts,
// and the benchmark lab's, components/lab/labWorker.ts; they share the runtime's wasm) on their own, into
// public/worker/, before `next build` copies public/ into the site. Why not let Next's bundler do it:
// its worker arrives as a bootstrap script that loads six chunks one after another, at an address that
// is only known once the page's own code runs. Built here, the worker's entry is a file whose content-hashed
// name is known when the pages are built (`.worker.json`, read by next.config.js), so the explorer's
// head can start it while the page is still being read, on a first visit too. The runtime's wasm sits
// beside it under a content-hashed name, so a new deploy with the same runtime keeps the reader's copy.
//
//   node scripts/build-worker.mjs        (run by `npm run build` and `npm run dev`)
import { build } from 'rolldown';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'public', 'worker');
const wasmSource = path.join(root, 'node_modules', 'onnxruntime-web', 'dist', 'ort-wasm-simd-threaded.wasm');

const hash = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 10);
const wasmBytes = fs.readFileSync(wasmSource);
const wasmFile = `ort-wasm-simd-threaded-${hash(wasmBytes)}.wasm`;

// Every file here is content-hashed and the directory is this build's alone: older files are removed.
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, wasmFile), wasmBytes);

/**
 * One worker, built on its own, so that it shares no chunk with the other; the two share the wasm,
 * which is most of the bytes. The model worker's entry is small and begins the first model's and the
 * wasm's downloads at once; the rest, with onnxruntime-web's code, is one chunk it then loads.
 */
async function buildWorker(name, source) {
  const { output } = await build({
    input: { [name]: path.join(root, ...source) },
    platform: 'browser',
    // ONNX editing and the own-model recogniser are dynamic imports (chunks of their own, loaded when used);
    // onnxruntime-web is imported both ways (statically by the model worker), which rolldown rightly points out.
    onLog: (level, log, handler) => (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' ? undefined : handler(level, log)),
    transform: {
      define: {
        'process.env.NODE_ENV': '"production"',
        'process.env.BOOK_WASM_FILE': JSON.stringify(wasmFile),
      },
    },
    output: {
      dir: outDir,
      format: 'esm',
      entryFileNames: '[name]-[hash].js',
      chunkFileNames: '[name]-[hash].js',
      minify: true,
    },
  });
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
  const entry = [...chunks.values()].find((o) => o.isEntry);
  if (!entry) throw new Error(`build-worker: rolldown produced no ${name} entry`);
  // What the worker's start downloads, for the progress bar: its entry, the chunks that entry imports,
  // statically or (the model worker's main part, which its entry loads at once) dynamically, and theirs.
  // Dynamic imports further in (ONNX editing, the own-model recogniser) load only when used.
  const startFiles = new Set([entry.fileName, ...entry.dynamicImports]);
  for (const file of startFiles) for (const dep of chunks.get(file)?.imports ?? []) startFiles.add(dep);
  const startBytes = [...startFiles].reduce((sum, file) => sum + Buffer.byteLength(chunks.get(file).code), 0);
  return { entry: entry.fileName, startFiles: [...startFiles], startBytes, scripts: [...chunks.keys()] };
}

const model = await buildWorker('model-worker', ['components', 'model', 'modelWorker.ts']);
const lab = await buildWorker('lab-worker', ['components', 'lab', 'labWorker.ts']);
const manifest = {
  worker: model.entry,
  labWorker: lab.entry,
  wasm: wasmFile,
  startFiles: model.startFiles,
  startBytes: model.startBytes,
  // Every script of both, the lazy ones too: the pages hand them to their service worker, so that
  // editing the model, bringing one's own and the lab also work offline after a first visit that did none.
  scripts: [...new Set([...model.scripts, ...lab.scripts])],
};
fs.writeFileSync(path.join(root, '.worker.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `workers: ${model.entry} (${model.startFiles.length} files at start, ${(model.startBytes / 1024).toFixed(1)} kB), ${lab.entry}, ${wasmFile}`,
);
