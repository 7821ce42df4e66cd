// `alerts list [--history]`: the channel's alert subscriptions; with `--history`, also the newest
// events that arrived older than their object's state (recorded, never dropped silently).
import type { FlagSpec } from '../flags/flag-spec.ts';
import { IGNORED_AZ_FLAGS } from '../flags/target-flags.ts';
import { done, scaffold } from '../grammar/scaffold.ts';
import type { CommandBase } from '../types.ts';
import { defineKind } from './define-kind.ts';

export interface AlertsListCommand extends CommandBase {
  kind: 'alerts.list';
  history: boolean;
}

const FLAGS: readonly FlagSpec[] = [
  ...IGNORED_AZ_FLAGS,
  {
    name: '--history',
    arity: 'switch',
    help: "Also show the newest events that arrived older than their object's state.",
  },
];

export const alertsListKind = defineKind({
  kind: 'alerts.list',
  routes: [['alerts', 'list']],
  topic: 'alerts',
  runs: 'job',
  build: (input) => {
    const s = scaffold(input, FLAGS, { maxPositionals: 0, example: 'alerts list --history', needsTarget: false });
    const history = s.flags.switches.get('--history') ?? false;
    return done(s, () => ({ kind: 'alerts.list', history, yes: false, noWait: false, warnings: s.warnings }));
  },
  safety: 'read-only',
  display: (draft) => ['alerts', 'list', ...(draft.history ? ['--history'] : [])],
});
