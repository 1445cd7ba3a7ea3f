import { describe, expect, it } from 'vitest';
import { galleryPage, galleryPageCount, pageOfSample } from '../../lib/gallery';

describe('gallery pages', () => {
  // labels in a shuffled order, 3 of each of 4 classes, class 2 only twice
  const labels = [1, 0, 3, 2, 0, 1, 3, 0, 1, 3, 2];
  it('shows every class once per page, in class order, walking through the file', () => {
    expect(galleryPage(labels, 4, 0)).toEqual([1, 0, 3, 2]);
    expect(galleryPage(labels, 4, 1)).toEqual([4, 5, 10, 6]);
    expect(galleryPage(labels, 4, 1).map((i) => labels[i])).toEqual([0, 1, 2, 3]);
  });
  it('takes several per class, in rows, and wraps a class that runs out', () => {
    expect(galleryPage(labels, 4, 0, 2)).toEqual([1, 0, 3, 2, 4, 5, 10, 6]); // row by row: one of each class, then the next
    expect(galleryPage(labels, 4, 2).map((i) => labels[i])).toEqual([0, 1, 2, 3]);
    expect(galleryPage(labels, 4, 2)[2]).toBe(3); // class 2 has only two samples: back to its first
  });
  it('counts pages by the scarcest class and finds the page of a sample', () => {
    expect(galleryPageCount(labels, 4)).toBe(2);
    expect(galleryPageCount(labels, 4, 2)).toBe(1);
    expect(pageOfSample(labels, 7)).toBe(2);
    for (const i of [0, 4, 8, 10]) expect(galleryPage(labels, 4, pageOfSample(labels, i))).toContain(i);
  });
});
