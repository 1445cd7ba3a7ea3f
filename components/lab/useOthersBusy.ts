import { useEffect, useState } from 'react';

const BUSY_EVENT = 'benchmark-lab:busy';

interface BusyDetail {
  id: string;
  busy: boolean;
}

/**
 * Lab cells on one page tell each other when they are measuring (a DOM event, no shared store),
 * so that two experiments never compete for the processor and spoil each other's timings.
 * Returns whether any other cell is busy.
 */
export function useOthersBusy(id: string, busy: boolean): boolean {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    const onBusy = (event: Event) => {
      const detail = (event as CustomEvent<BusyDetail>).detail;
      if (!detail || detail.id === id) return;
      setOthers((list) => {
        const rest = list.filter((x) => x !== detail.id);
        return detail.busy ? [...rest, detail.id] : rest;
      });
    };
    window.addEventListener(BUSY_EVENT, onBusy);
    return () => window.removeEventListener(BUSY_EVENT, onBusy);
  }, [id]);
  useEffect(() => {
    if (!busy) return;
    window.dispatchEvent(new CustomEvent<BusyDetail>(BUSY_EVENT, { detail: { id, busy: true } }));
    return () => {
      window.dispatchEvent(new CustomEvent<BusyDetail>(BUSY_EVENT, { detail: { id, busy: false } }));
    };
  }, [id, busy]);
  return others.length > 0;
}
