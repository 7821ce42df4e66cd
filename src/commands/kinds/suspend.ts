// `suspend NAME [--namespace NS] [--kind K]`: always destructive, since Flux stops applying changes to the object.
import { t } from '../../replies/catalog/index.ts';
import { opt, switches, targetWords } from '../display/display-words.ts';
import { opFields, readSuspendOrResume } from '../grammar/cluster-op.ts';
import { done } from '../grammar/scaffold.ts';
import { onCluster } from '../impact-text.ts';
import { qualifiedName } from '../qualified-name.ts';
import type { ClusterCommandBase } from '../types.ts';
import type { FluxObjectKind } from '../types-bot.ts';
import { defineKind } from './define-kind.ts';

export interface SuspendCommand extends ClusterCommandBase {
  kind: 'suspend';
  name: string;
  /** Only this namespace is looked at; undefined: every namespace. */
  namespace?: string;
  objectKind?: FluxObjectKind;
}

export const suspendKind = defineKind({
  kind: 'suspend',
  routes: [['suspend']],
  topic: 'suspend',
  runs: 'job',
  role: 'operator',
  build: (input) => {
    const { s, ref, objectKind } = readSuspendOrResume(input, 'suspend');
    return done(s, () => ({
      kind: 'suspend',
      ...opFields(s),
      name: ref.name!,
      ...(ref.namespace ? { namespace: ref.namespace } : {}),
      ...(objectKind ? { objectKind } : {}),
    }));
  },
  safety: 'destructive',
  impact: (command, locale) =>
    t(locale, 'impact.suspend', { name: qualifiedName(command), where: onCluster(command.target, locale) }),
  display: (draft) => [
    'suspend',
    draft.name,
    ...opt('--namespace', draft.namespace),
    ...opt('--kind', draft.objectKind),
    ...targetWords(draft.target),
    ...switches(draft.yes, false),
  ],
});
