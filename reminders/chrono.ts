// chrono-node, loaded on the first date it reads rather than at start: it (and its locales) is
// ~0.1 s of the process start-up, and nothing before the first turn needs it.
import type * as Chrono from 'chrono-node';

let chrono: typeof Chrono | undefined;

export const loadChrono = (): typeof Chrono => (chrono ??= require('chrono-node') as typeof Chrono);
