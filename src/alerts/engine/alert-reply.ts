import type { ClusterTarget } from '../../commands/types.ts';
import { type Locale, t } from '../../replies/catalog/index.ts';
import { formatDuration } from '../../replies/locale/format-duration.ts';
import { localeField } from '../../replies/locale/locale-field.ts';
import type { Reply, ReplyAction, ReplyField } from '../../replies/reply.ts';
import { writeAlertText } from './alert-text.ts';
import type { Track } from './classify-event.ts';
import type { AlertAction, AlertField } from './flux-event.ts';
import type { Incident } from './transition.ts';

/**
 * What an on-call engineer sees: what failed, since when, why (reason and message), at which
 * revision, in which configuration, and buttons that run the next command. Buttons carry command
 * text, so they are re-parsed and policy-checked like typed text. Alerts go to a channel, not to one
 * reader: they are written in the channel's language (`use --lang`), chosen when the alert was routed.
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

function muteAction(locale: Locale, subject: AlertSubject): ReplyAction {
  return {
    id: 'mute',
    label: t(locale, 'alert.button.mute'),
    command: `alerts mute ${subject.kind.toLowerCase()}/${subject.name} 1h`,
  };
}

/**
 * The buttons of an open alert. An event that brings its own (an OOM kill's fix) knows better than
 * the generic reconcile/events/logs, which would not even parse for a Deployment; mute always fits.
 * reconcile and events name the object's namespace, so they run as pasted even where the name exists
 * in several namespaces (two configurations from one repository).
 */
function alertActions(locale: Locale, subject: AlertSubject, own?: AlertAction[]): ReplyAction[] {
  if (own?.length) {
    const written = own.map((action) => ({ ...action, label: writeAlertText(locale, action.label) }));
    return [...written, muteAction(locale, subject)];
  }
  const flags = targetFlags(subject);
  // Flux objects are namespaced; a subject without one (never seen) keeps the lookup in every namespace.
  const namespace = subject.namespace ? ` --namespace ${subject.namespace}` : '';
  const controller = CONTROLLERS[subject.kind.toLowerCase()] ?? 'source-controller';
  return [
    {
      id: 'reconcile',
      label: t(locale, 'alert.button.reconcile'),
      style: 'primary',
      command: `reconcile ${subject.name}${namespace} --kind ${subject.kind}${flags}`,
    },
    {
      id: 'events',
      label: t(locale, 'alert.button.events'),
      command: `events ${subject.name}${namespace}${flags}`,
    },
    { id: 'logs', label: t(locale, 'alert.button.logs'), command: `logs ${controller}${flags}` },
    muteAction(locale, subject),
  ];
}

/** How long an incident lasted, in the channel's words: seconds under 90 s, whole minutes above. */
function duration(locale: Locale, fromIso: string, toIso: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 1000));
  if (seconds < 90) return formatDuration(locale, { seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return formatDuration(locale, { minutes });
  return formatDuration(locale, { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

function incidentFields(locale: Locale, subject: AlertSubject, incident: Incident): ReplyField[] {
  const fields: ReplyField[] = [
    { label: t(locale, 'alert.field.object'), value: describeObject(subject) },
    { label: t(locale, 'alert.field.cluster'), value: subject.cluster },
  ];
  if (incident.config) fields.push({ label: t(locale, 'alert.field.configuration'), value: incident.config });
  fields.push({ label: t(locale, 'alert.field.reason'), value: incident.reason });
  if (incident.revision) fields.push({ label: t(locale, 'alert.field.revision'), value: incident.revision });
  fields.push({ label: t(locale, 'alert.field.since'), value: incident.since });
  if (incident.count > 1) {
    fields.push(
      { label: t(locale, 'alert.field.occurrences'), value: String(incident.count) },
      { label: t(locale, 'alert.field.lastSeen'), value: incident.lastSeen },
    );
  }
  // The source's own facts (OOM: controller, limit, restarts, last exit) after the standard ones.
  return incident.fields?.length ? [...fields, ...incident.fields.map((field) => writeField(locale, field))] : fields;
}

function writeField(locale: Locale, field: AlertField): ReplyField {
  return { label: writeAlertText(locale, field.label), value: writeAlertText(locale, field.value) };
}

/** The alert message itself: posted on open, updated on every repeat, marked resolved on recovery. */
export function alertReply(subject: AlertSubject, incident: Incident, locale: Locale = 'en'): Reply {
  const drift = subject.track === 'drift';
  const resolved = incident.resolvedAt !== undefined;
  const named = { object: describeObject(subject), cluster: subject.cluster };
  const titleKey = resolved
    ? drift
      ? 'alert.title.resolvedDrift'
      : 'alert.title.resolvedFailure'
    : drift
      ? 'alert.title.drifted'
      : 'alert.title.failing';
  const reply: Reply = {
    title: t(locale, titleKey, named),
    status: resolved ? 'succeeded' : incident.level === 'error' && !drift ? 'failed' : 'warning',
    // Flux's own message, as Flux wrote it; fluxops' own words in the channel's language.
    text: clip(incident.note ? writeAlertText(locale, incident.note) : incident.message),
    fields: incidentFields(locale, subject, incident),
    provenance: { cluster: subject.cluster },
    // So the adapters draw the chrome (status word, "Next:", the cluster line) in the same language.
    ...localeField(locale),
  };
  if (resolved) {
    reply.fields?.push({
      label: t(locale, 'alert.field.resolved'),
      value: t(locale, 'alert.resolvedAfter', {
        at: incident.resolvedAt ?? '',
        duration: duration(locale, incident.since, incident.resolvedAt ?? incident.since),
      }),
    });
  } else {
    reply.actions = alertActions(locale, subject, incident.actions);
  }
  if (drift && incident.drifted?.length) {
    reply.tables = [
      {
        title: t(locale, 'alert.table.drifted'),
        columns: [t(locale, 'alert.field.object')],
        rows: incident.drifted.map((line) => [line]),
      },
    ];
  }
  return reply;
}

/** The thread reply that says it is over, in the same language as its alert (the delivery's). */
export function recoveryReply(subject: AlertSubject, incident: Incident, locale: Locale = 'en'): Reply {
  const resolvedAt = incident.resolvedAt ?? incident.lastSeen;
  const sentence = t(locale, 'alert.recovery.text', {
    object: describeObject(subject),
    track: subject.track,
    duration: duration(locale, incident.since, resolvedAt),
    count: incident.count,
  });
  // Flux's reason and message close the sentence as Flux wrote them (fluxops' own words: translated).
  const message = incident.resolvedNote ? writeAlertText(locale, incident.resolvedNote) : incident.resolvedMessage;
  const flux = `${incident.resolvedReason ?? ''}${message ? `: ${message}` : ''}`;
  return {
    title: t(locale, 'alert.recovery.title', { object: describeObject(subject), cluster: subject.cluster }),
    status: 'succeeded',
    text: clip(`${sentence} ${flux}`.trim()),
    fields: [
      ...(incident.resolvedReason
        ? [{ label: t(locale, 'alert.field.closedBy'), value: closedBy(locale, incident) }]
        : []),
      ...(incident.revision ? [{ label: t(locale, 'alert.field.revision'), value: incident.revision }] : []),
    ],
    provenance: { cluster: subject.cluster },
    ...localeField(locale),
  };
}

const SOURCE_KEYS = {
  webhook: 'alert.source.webhook',
  compliance: 'alert.source.compliance',
  cluster: 'alert.source.cluster',
} as const satisfies Record<NonNullable<Incident['resolvedSource']>, string>;

/** The signal that closed an incident: its reason and who reported it. */
function closedBy(locale: Locale, incident: Incident): string {
  const reason = incident.resolvedReason ?? '';
  if (!incident.resolvedSource) return reason;
  return t(locale, 'alert.closedBy', { reason, source: t(locale, SOURCE_KEYS[incident.resolvedSource]) });
}
