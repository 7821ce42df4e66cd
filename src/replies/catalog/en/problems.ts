// All English problem texts, keyed `problem.<code>.message|accepted|example`.
import { enProblemsExtension } from './problems-extension.ts';
import { enProblemsFlux } from './problems-flux.ts';
import { enProblemsInput } from './problems-input.ts';
import { enProblemsParts } from './problems-parts.ts';

export const enProblems = {
  ...enProblemsInput,
  ...enProblemsFlux,
  ...enProblemsExtension,
  ...enProblemsParts,
} satisfies Record<string, string>;
