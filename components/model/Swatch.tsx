import styles from './UnitViews.module.css';

/** A small square in a palette colour, used in captions to say "the maps framed like this". */
export function Swatch({ color }: { color: string }) {
  return <span className={styles.key} style={{ color }} aria-hidden="true" />;
}
