// `alerts setup [--cluster C] [--rotate]`: wires Flux's notifications of a cluster (flags or channel
// context). The key goes to the requester privately; `--rotate` replaces it (the old one stays valid
// for WEBHOOK_KEY_GRACE), and without it an existing key is handed out again, never replaced.
import { opt, targetWords } from '../display/display-words.ts';
import type { FlagSpec } from '../flags/flag-spec.ts';
import { ALERTS_CLUSTER_FLAG, IGNORED_AZ_FLAGS, TARGET_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { ClusterCommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AlertsSetupCommand extends ClusterCommandBase {
  kind: 'alerts.setup';
  cluster?: string;
  /** Issue a new key; the previous one keeps verifying events for the grace period. */
  rotate: boolean;
}

const ROTATE_FLAG: FlagSpec = {
  name: '--rotate',
  arity: 'switch',
  help: 'Issue a new HMAC key; the previous key keeps working for WEBHOOK_KEY_GRACE (24 h), so alerts never stop.',
};

export const alertsSetupKind = defineKind({
  kind: 'alerts.setup',
  routes: [['alerts', 'setup']],
  topic: 'alerts',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, [...TARGET_FLAGS, ALERTS_CLUSTER_FLAG, ROTATE_FLAG, ...IGNORED_AZ_FLAGS], {
      maxPositionals: 0,
      example: 'alerts setup',
    });
    const cluster = s.flags.values.get('--cluster');
    const rotate = s.flags.switches.get('--rotate') ?? false;
    return done(s, () => ({
      kind: 'alerts.setup',
      target: s.target!,
      ...(cluster !== undefined ? { cluster } : {}),
      rotate,
      yes: false,
      noWait: false,
      warnings: s.warnings,
    }));
  },
  safety: 'mutating',
  display: (draft) => [
    'alerts',
    'setup',
    ...opt('--cluster', draft.cluster),
    ...(draft.rotate ? ['--rotate'] : []),
    ...targetWords(draft.target),
  ],
});
