/** The shipped models' names (their files live in public/models/<name>/); the catalog adds their manifests. */
export const MODEL_NAMES = ['digits', 'fashion'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];
