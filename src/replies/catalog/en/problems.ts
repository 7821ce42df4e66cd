// All English problem texts, keyed `problem.<code>.message|accepted|example`.
import { enProblemsExtension } from './problems-extension.ts';
import { enProblemsFlux } from './problems-flux.ts';
import { enProblemsInput } from './problems-input.ts';

export const enProblems = {
  ...enProblemsInput,
  ...enProblemsFlux,
  ...enProblemsExtension,
} satisfies Record<string, string>;
