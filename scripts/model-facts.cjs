// What "About this model" says of a shipped model, picked from its manifest at build time
// (next.config.js puts it into the pages as NEXT_PUBLIC_MODEL_FACTS): a few hundred bytes, where
// importing the manifest itself would bring its per-operation descriptions (about 60 kB each)
// into the JavaScript of every chapter that shows the box.
/** @param {any} m a manifest.json as written by the training scripts */
function modelFacts(m) {
  return {
    title: m.title,
    inputShape: m.input.shape,
    classCount: m.classes.length,
    stem: { kernel: m.stem.kernel, stride: m.stem.stride, outChannels: m.stem.outChannels },
    stages: m.stages.map((s) => ({ outChannels: s.outChannels, outSize: s.outSize, repeats: s.repeats })),
    conv5: { outChannels: m.conv5.outChannels },
    params: m.params,
    multiplyAdds: m.multiplyAdds,
    accuracy: { value: m.accuracy.value, testSet: m.accuracy.testSet, testSetSize: m.accuracy.testSetSize },
    training: {
      epochs: m.training.epochs,
      optimizer: m.training.optimizer,
      augmentation: m.training.augmentation,
      trainSet: m.training.trainSet,
    },
  };
}
module.exports = { modelFacts };
