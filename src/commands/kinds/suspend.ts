// `suspend NAME [--kind K]`: always destructive, since Flux stops applying changes to the object.
import { t } from '../../replies/catalog/index.ts';
import { opt, switches, targetWords } from '../display/display-words.ts';
import { opFields, readSuspendOrResume } from '../grammar/cluster-op.ts';
import { done } from '../grammar/scaffold.ts';
import { onCluster } from '../impact-text.ts';
import type { ClusterCommandBase } from '../types.ts';
import type { FluxObjectKind } from '../types-bot.ts';
import { defineKind } from './define-kind.ts';

export interface SuspendCommand extends ClusterCommandBase {
  kind: 'suspend';
  name: string;
  objectKind?: FluxObjectKind;
}

export const suspendKind = defineKind({
  kind: 'suspend',
  routes: [['suspend']],
  topic: 'suspend',
  runs: 'job',
  role: 'operator',
  build: (input) => {
    const { s, name, objectKind } = readSuspendOrResume(input, 'suspend');
    return done(s, () => ({ kind: 'suspend', ...opFields(s), name: name!, ...(objectKind ? { objectKind } : {}) }));
  },
  safety: 'destructive',
  impact: (command, locale) =>
    t(locale, 'impact.suspend', { name: command.name, where: onCluster(command.target, locale) }),
  display: (draft) => [
    'suspend',
    draft.name,
    ...opt('--kind', draft.objectKind),
    ...targetWords(draft.target),
    ...switches(draft.yes, false),
  ],
});
