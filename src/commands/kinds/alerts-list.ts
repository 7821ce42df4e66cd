// `alerts list`: the channel's alert subscriptions.
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AlertsListCommand extends CommandBase {
  kind: 'alerts.list';
}

export const alertsListKind = defineKind({
  kind: 'alerts.list',
  routes: [['alerts', 'list']],
  topic: 'alerts',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, IGNORED_AZ_FLAGS, { maxPositionals: 0, example: 'alerts list', needsTarget: false });
    return done(s, () => ({ kind: 'alerts.list', yes: false, noWait: false, warnings: s.warnings }));
  },
  safety: 'read-only',
  display: () => ['alerts', 'list'],
});
