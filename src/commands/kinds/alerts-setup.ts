// `alerts setup [--cluster C]`: wires Flux's notifications of a cluster (flags or channel context).
import { opt, targetWords } from '../display/display-words.ts';
import { ALERTS_CLUSTER_FLAG, IGNORED_AZ_FLAGS, TARGET_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AlertsSetupCommand extends ClusterCommandBase {
  kind: 'alerts.setup';
  cluster?: string;
}

export const alertsSetupKind = defineKind({
  kind: 'alerts.setup',
  routes: [['alerts', 'setup']],
  topic: 'alerts',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, [...TARGET_FLAGS, ALERTS_CLUSTER_FLAG, ...IGNORED_AZ_FLAGS], {
      maxPositionals: 0,
      example: 'alerts setup',
    });
    const cluster = s.flags.values.get('--cluster');
    return done(s, () => ({
      kind: 'alerts.setup',
      target: s.target!,
      ...(cluster !== undefined ? { cluster } : {}),
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'mutating',
  display: (draft) => ['alerts', 'setup', ...opt('--cluster', draft.cluster), ...targetWords(draft.target)],
});
