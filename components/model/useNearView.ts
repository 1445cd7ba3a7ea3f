import { useEffect, useRef, useState } from 'react';

/**
 * Whether an element is on screen or about to be (within `margin` of the viewport), latched: once
 * near, it stays near. A live figure starts loading the runtime and its model then, early enough
 * that the download overlaps the reader's scrolling, and a page whose figures are never reached
 * never downloads them. Without IntersectionObserver it is near at once.
 */
export function useNearView<T extends Element>(margin = '1200px 0px'): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near];
}
