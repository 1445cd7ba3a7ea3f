/**
 * English a translated definition keeps in full-width brackets, e.g. "乘积累加（multiply-accumulate）"; the
 * page marks it lang="en". Split a text with it: odd parts are English. A leaf module, so the term
 * popover shipped with every chapter does not bundle the whole glossary.
 */
export const KEPT_ENGLISH = /(?<=（)([A-Za-z][A-Za-z -]*[A-Za-z])(?=）)/;
