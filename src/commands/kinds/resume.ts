// `resume NAME [--namespace NS] [--kind K]`: Flux applies changes to the object again.
import { opt, switches, targetWords } from '../display/display-words.ts';
import { opFields, readSuspendOrResume } from '../grammar/cluster-op.ts';
import { done } from '../grammar/scaffold.ts';
import type { ClusterCommandBase } from '../types.ts';
import type { FluxObjectKind } from '../types-bot.ts';
import { defineKind } from './define-kind.ts';

export interface ResumeCommand extends ClusterCommandBase {
  kind: 'resume';
  name: string;
  /** Only this namespace is looked at; undefined: every namespace. */
  namespace?: string;
  objectKind?: FluxObjectKind;
}

export const resumeKind = defineKind({
  kind: 'resume',
  routes: [['resume']],
  topic: 'resume',
  runs: 'job',
  role: 'operator',
  build: (input) => {
    const { s, ref, objectKind } = readSuspendOrResume(input, 'resume');
    return done(s, () => ({
      kind: 'resume',
      ...opFields(s),
      name: ref.name!,
      ...(ref.namespace ? { namespace: ref.namespace } : {}),
      ...(objectKind ? { objectKind } : {}),
    }));
  },
  safety: 'mutating',
  display: (draft) => [
    'resume',
    draft.name,
    ...opt('--namespace', draft.namespace),
    ...opt('--kind', draft.objectKind),
    ...targetWords(draft.target),
    ...switches(draft.yes, false),
  ],
});
