import { createElement, type ReactNode } from 'react';
import styles from './UnitViews.module.css';

export type HeadingLevel = 3 | 4;

/** A heading at the level the embedding page needs (h4 under the explorer's h3, h3 in a chapter section). */
export function SectionHeading({ level, children }: { level: HeadingLevel; children: ReactNode }) {
  return createElement(`h${level}`, { className: styles.heading }, children);
}
