// The OOM alert's content (docs/upstream.md §F3): which controller, its memory limit, restart count and
// last exit, and the fix as a button — an `extension update` raising `<controller>.resources.limits.memory`
// (double the current limit, at least 2Gi) and, for helm-controller, turning on OOM watch so the next
// time it shuts down gracefully instead of being killed mid-release. Its words are catalog keys and
// values (alert-text.ts), written in the channel's language when the alert is posted; `oomMessage` is
// their English, for the event's `message` (signatures, logs).
import { type AlertText, alertText, writeAlertText } from '../../alerts/engine/alert-text.ts';
import type { AlertAction, AlertField } from '../../alerts/engine/flux-event.ts';
import type { ClusterTarget } from '../../commands/types.ts';

export interface OomDetails {
  controller: string;
  pod: string;
  container: string;
  memoryLimit?: string;
  restartCount: number;
  lastExit?: string;
  /** `OOMKilled` (kernel) or `OOMWatch` (helm-controller's own near-OOM shutdown). */
  cause: 'OOMKilled' | 'OOMWatch';
}

const UNITS: Record<string, number> = { Ki: 1 / 1024, Mi: 1, Gi: 1024, Ti: 1024 * 1024, M: 0.953674, G: 976.5625 };

function toMebibytes(quantity: string | undefined): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|M|G)?$/.exec(quantity ?? '');
  if (!match) return undefined;
  return Number(match[1]) * (match[2] ? (UNITS[match[2]] ?? 1) : 1 / (1024 * 1024));
}

function raisedLimit(current: string | undefined): string {
  const mib = Math.max(2048, (toMebibytes(current) ?? 1024) * 2);
  return mib % 1024 === 0 ? `${mib / 1024}Gi` : `${Math.ceil(mib)}Mi`;
}

function oomFixCommand(details: OomDetails, target: ClusterTarget): string {
  const settings = [`${details.controller}.resources.limits.memory=${raisedLimit(details.memoryLimit)}`];
  if (details.controller === 'helm-controller') settings.push('helm-controller.outOfMemoryWatch.enabled=true');
  return `extension update -n flux --config ${settings.join(' ')} -g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType}`;
}

function memoryLimitText(details: OomDetails): string | AlertText {
  return details.memoryLimit ?? alertText('alert.own.oom.none');
}

/** The summary the alert shows, as a key and values. */
export function oomNote(details: OomDetails): AlertText {
  return alertText('alert.own.oom.message', {
    controller: details.controller,
    cause: details.cause,
    limit: details.memoryLimit ?? '',
    hasLimit: details.memoryLimit ? 'yes' : 'no',
    restarts: details.restartCount,
    lastExit: details.lastExit ?? '',
    hasExit: details.lastExit ? 'yes' : 'no',
  });
}

/** The summary in English, for the event's `message`. */
export function oomMessage(details: OomDetails): string {
  return writeAlertText('en', oomNote(details));
}

export function oomFields(details: OomDetails): AlertField[] {
  return [
    { label: alertText('alert.own.oom.field.controller'), value: details.controller },
    { label: alertText('alert.own.oom.field.memoryLimit'), value: memoryLimitText(details) },
    { label: alertText('alert.own.oom.field.restarts'), value: String(details.restartCount) },
    {
      label: alertText('alert.own.oom.field.lastExit'),
      value: details.lastExit
        ? alertText('alert.own.oom.lastExit', { lastExit: details.lastExit, cause: details.cause })
        : alertText('alert.own.oom.unknown'),
    },
    { label: alertText('alert.own.oom.field.pod'), value: details.pod },
  ];
}

export function oomActions(details: OomDetails, target: ClusterTarget): AlertAction[] {
  const limit = raisedLimit(details.memoryLimit);
  const flags = `-g ${target.resourceGroup} -c ${target.clusterName} -t ${target.clusterType}`;
  const helm = details.controller === 'helm-controller' ? 'yes' : 'no';
  return [
    {
      id: 'oom-fix',
      label: alertText('alert.own.oom.button.fix', { limit, helm }),
      style: 'primary',
      command: oomFixCommand(details, target),
    },
    {
      id: 'oom-logs',
      label: alertText('alert.own.oom.button.previousLogs'),
      command: `logs ${details.controller} --previous ${flags}`,
    },
  ];
}
