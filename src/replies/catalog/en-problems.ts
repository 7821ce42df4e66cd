// All English problem texts, keyed `problem.<code>.message|accepted|example`.
import { enProblemsExtension } from './en-problems-extension.ts';
import { enProblemsFlux } from './en-problems-flux.ts';
import { enProblemsInput } from './en-problems-input.ts';

export const enProblems: Record<string, string> = {
  ...enProblemsInput,
  ...enProblemsFlux,
  ...enProblemsExtension,
};
