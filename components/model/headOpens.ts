/**
 * What the explorer's head script opens (pages/_document.tsx writes it in a <meta>): each shipped
 * model's open request, as the page's own live figure makes it (modelOpening), and the model an address
 * without one shows (the explorer's URL table). Only the document imports this, at build time.
 */
import { URL_STATE } from '../../lib/urlKeys';
import { MODEL_NAMES, modelOpening } from './catalog';
import type { HeadOpens } from './workerStart';

export const HEAD_OPENS: HeadOpens = {
  default: URL_STATE.explorer.model.codec.defaultValue,
  models: Object.fromEntries(MODEL_NAMES.map((name) => [name, modelOpening(name)])),
};
