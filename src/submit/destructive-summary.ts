/** Each kind declares its summary (`impact` in `src/commands/kinds/`); submit reads it under this name. */
export { impactSummary as destructiveSummary } from '../commands/kinds/index.ts';
