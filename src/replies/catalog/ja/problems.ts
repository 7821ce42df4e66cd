// 日本語 problem texts; examples are commands and stay as English has them (ProseTranslation).
import { enProblems } from '../en/problems.ts';
import { jaProblemsExtension } from './problems-extension.ts';
import { jaProblemsFlux } from './problems-flux.ts';
import { jaProblemsInput } from './problems-input.ts';
import { jaProblemsParts } from './problems-parts.ts';

export const jaProblems = {
  ...enProblems,
  ...jaProblemsInput,
  ...jaProblemsFlux,
  ...jaProblemsExtension,
  ...jaProblemsParts,
} satisfies Record<keyof typeof enProblems, string>;
