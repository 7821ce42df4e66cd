import type { ClusterTarget } from '../../commands/types.ts';
import type { Reply, ReplyAction, ReplyField } from '../../replies/reply.ts';
import type { Track } from './classify-event.ts';
import type { Incident } from './transition.ts';

/**
 * What an on-call engineer sees: what failed, since when, why (reason and message), at which
 * revision, in which configuration, and buttons that run the next command. Buttons carry command
 * text, so they are re-parsed and policy-checked like typed text.
 */
export interface AlertSubject {
  cluster: string;
  kind: string;
  namespace: string;
  name: string;
  track: Track;
  /** Full target when the cluster is watched; buttons then name it explicitly. */
  target?: ClusterTarget;
}

const MAX_MESSAGE = 2_000;

const CONTROLLERS: Record<string, string> = {
  helmrelease: 'helm-controller',
  kustomization: 'kustomize-controller',
};

function clip(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

export function describeObject(subject: AlertSubject): string {
  return `${subject.kind} ${subject.namespace}/${subject.name}`;
}

function targetFlags(subject: AlertSubject): string {
  const t = subject.target;
  return t ? ` -g ${t.resourceGroup} -c ${t.clusterName} -t ${t.clusterType}` : '';
}

function muteAction(subject: AlertSubject): ReplyAction {
  return { id: 'mute', label: 'Mute 1h', command: `alerts mute ${subject.kind.toLowerCase()}/${subject.name} 1h` };
}

/**
 * The buttons of an open alert. An event that brings its own (an OOM kill's fix) knows better than
 * the generic reconcile/events/logs, which would not even parse for a Deployment; mute always fits.
 */
function alertActions(subject: AlertSubject, own?: ReplyAction[]): ReplyAction[] {
  if (own?.length) return [...own, muteAction(subject)];
  const flags = targetFlags(subject);
  const controller = CONTROLLERS[subject.kind.toLowerCase()] ?? 'source-controller';
  return [
    {
      id: 'reconcile',
      label: 'Reconcile',
      style: 'primary',
      command: `reconcile ${subject.name} --kind ${subject.kind}${flags}`,
    },
    { id: 'events', label: 'Events', command: `events ${subject.name}${flags}` },
    { id: 'logs', label: 'Logs', command: `logs ${controller}${flags}` },
    muteAction(subject),
  ];
}

function duration(fromIso: string, toIso: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 1000));
  if (seconds < 90) return `${seconds}s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `${minutes}m`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

function incidentFields(subject: AlertSubject, incident: Incident): ReplyField[] {
  const fields: ReplyField[] = [
    { label: 'Object', value: describeObject(subject) },
    { label: 'Cluster', value: subject.cluster },
  ];
  if (incident.config) fields.push({ label: 'Configuration', value: incident.config });
  fields.push({ label: 'Reason', value: incident.reason });
  if (incident.revision) fields.push({ label: 'Revision', value: incident.revision });
  fields.push({ label: 'Since', value: incident.since });
  if (incident.count > 1) {
    fields.push(
      { label: 'Occurrences', value: String(incident.count) },
      { label: 'Last seen', value: incident.lastSeen },
    );
  }
  // The source's own facts (OOM: controller, limit, restarts, last exit) after the standard ones.
  return incident.fields?.length ? [...fields, ...incident.fields] : fields;
}

/** The alert message itself: posted on open, updated on every repeat, marked resolved on recovery. */
export function alertReply(subject: AlertSubject, incident: Incident): Reply {
  const drift = subject.track === 'drift';
  const resolved = incident.resolvedAt !== undefined;
  const what = drift ? 'has drifted from the desired state' : 'is failing';
  const reply: Reply = {
    title: resolved
      ? `Resolved: ${describeObject(subject)} ${drift ? 'drift' : 'failure'} on ${subject.cluster}`
      : `${describeObject(subject)} ${what} on ${subject.cluster}`,
    status: resolved ? 'succeeded' : incident.level === 'error' && !drift ? 'failed' : 'warning',
    text: clip(incident.message),
    fields: incidentFields(subject, incident),
    provenance: { cluster: subject.cluster },
  };
  if (resolved) {
    reply.fields?.push({
      label: 'Resolved',
      value: `${incident.resolvedAt} (after ${duration(incident.since, incident.resolvedAt ?? incident.since)})`,
    });
  } else {
    reply.actions = alertActions(subject, incident.actions);
  }
  if (drift && incident.drifted?.length) {
    reply.tables = [{ title: 'Drifted objects', columns: ['Object'], rows: incident.drifted.map((line) => [line]) }];
  }
  return reply;
}

/** The thread reply that says it is over. */
export function recoveryReply(subject: AlertSubject, incident: Incident): Reply {
  const resolvedAt = incident.resolvedAt ?? incident.lastSeen;
  const times = incident.count === 1 ? 'once' : `${incident.count} times`;
  const what = subject.track === 'drift' ? 'no longer drifted' : 'healthy again';
  return {
    title: `Recovered: ${describeObject(subject)} on ${subject.cluster}`,
    status: 'succeeded',
    text: clip(
      `${describeObject(subject)} is ${what} after ${duration(incident.since, resolvedAt)} (reported ${times}). ${incident.resolvedReason ?? ''}${incident.resolvedMessage ? `: ${incident.resolvedMessage}` : ''}`.trim(),
    ),
    fields: [
      ...(incident.resolvedReason ? [{ label: 'Closed by', value: closedBy(incident) }] : []),
      ...(incident.revision ? [{ label: 'Revision', value: incident.revision }] : []),
    ],
    provenance: { cluster: subject.cluster },
  };
}

const SOURCE_NAMES: Record<NonNullable<Incident['resolvedSource']>, string> = {
  webhook: 'Flux webhook event',
  compliance: "compliance poller (the configuration's statuses[])",
  cluster: 'cluster watcher (status read from the cluster)',
};

/** The signal that closed an incident: its reason and who reported it. */
function closedBy(incident: Incident): string {
  const source = incident.resolvedSource ? ` from the ${SOURCE_NAMES[incident.resolvedSource]}` : '';
  return `${incident.resolvedReason}${source}`;
}
