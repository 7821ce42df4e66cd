import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The V8 heap in use after a full garbage collection, in bytes: what a memory-stability check compares,
 * since heap in use without one also counts garbage not yet collected. `gc` is exposed at run time, so
 * the test process needs no `--expose-gc` flag.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
