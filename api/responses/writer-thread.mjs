// The writer thread's entry, in JavaScript because it runs before any TypeScript can:
// under Node 20, tsx's loader reaches no worker's entry, neither inherited from the
// parent's flags (`tsx`, `node --import tsx`) nor given as the worker's own `--import tsx`
// (each fails with « Unknown file extension ".ts" »). Registered here, it loads the rest.
import { register } from 'tsx/esm/api';

register();
await import('./writer-thread.ts');
