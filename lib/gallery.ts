/**
 * Which held-out samples a gallery shows: page p holds, for every class, that class's samples number
 * p·perClass … p·perClass + perClass − 1 (in file order), so every page has each class and paging
 * walks through the whole file. Ordered in rows: the first of each class in class order, then the second…
 */
export function galleryPage(labels: ArrayLike<number>, classCount: number, page: number, perClass = 1): number[] {
  const byClass: number[][] = Array.from({ length: classCount }, () => []);
  for (let i = 0; i < labels.length; i++) if (labels[i] < classCount) byClass[labels[i]].push(i);
  const out: number[] = [];
  // Row by row (all classes, then all classes again), so a grid with one column per class lines up.
  for (let k = 0; k < perClass; k++) {
    for (const list of byClass) if (list.length > 0) out.push(list[(page * perClass + k) % list.length]);
  }
  return out;
}

/** Pages before the gallery repeats (the class with the fewest samples decides). */
export function galleryPageCount(labels: ArrayLike<number>, classCount: number, perClass = 1): number {
  const counts = new Array<number>(classCount).fill(0);
  for (let i = 0; i < labels.length; i++) if (labels[i] < classCount) counts[labels[i]]++;
  const present = counts.filter((c) => c > 0);
  return present.length ? Math.max(1, Math.floor(Math.min(...present) / perClass)) : 0;
}

/** The page that contains sample `index`, so a shared link opens the gallery where its sample is. */
export function pageOfSample(labels: ArrayLike<number>, index: number, perClass = 1): number {
  let k = 0;
  for (let i = 0; i < index; i++) if (labels[i] === labels[index]) k++;
  return Math.floor(k / perClass);
}
