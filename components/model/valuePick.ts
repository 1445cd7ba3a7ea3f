import { createContext } from 'react';

/**
 * Asking for one value's computation: a map grid told which tensor it draws (`pickTensor`) calls
 * this with the channel, row and column the reader clicked (or pressed Enter on). Provided by a
 * view that can explain values (the explorer); without a provider the maps are not clickable.
 */
export type PickValue = (tensor: string, channel: number, y: number, x: number) => void;
export const ValuePickContext = createContext<PickValue | null>(null);
