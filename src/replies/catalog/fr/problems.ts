// Français : problem texts; examples are commands and stay as English has them (ProseTranslation).
import { enProblems } from '../en/problems.ts';
import { frProblemsExtension } from './problems-extension.ts';
import { frProblemsFlux } from './problems-flux.ts';
import { frProblemsInput } from './problems-input.ts';
import { frProblemsParts } from './problems-parts.ts';

export const frProblems = {
  ...enProblems,
  ...frProblemsInput,
  ...frProblemsFlux,
  ...frProblemsExtension,
  ...frProblemsParts,
} satisfies Record<keyof typeof enProblems, string>;
