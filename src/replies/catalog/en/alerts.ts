import { enAlertsOwn } from './alerts-own.ts';

/** English texts of alerts, recoveries and digests (src/alerts). Keys: `alert.<what>`. */
export const enAlerts = {
  ...enAlertsOwn,
  'alert.title.failing': '{object} is failing on {cluster}',
  'alert.title.drifted': '{object} has drifted from the desired state on {cluster}',
  'alert.title.resolvedFailure': 'Resolved: {object} failure on {cluster}',
  'alert.title.resolvedDrift': 'Resolved: {object} drift on {cluster}',
  'alert.field.object': 'Object',
  'alert.field.cluster': 'Cluster',
  'alert.field.configuration': 'Configuration',
  'alert.field.reason': 'Reason',
  'alert.field.revision': 'Revision',
  'alert.field.since': 'Since',
  'alert.field.occurrences': 'Occurrences',
  'alert.field.lastSeen': 'Last seen',
  'alert.field.resolved': 'Resolved',
  'alert.field.closedBy': 'Closed by',
  'alert.resolvedAfter': '{at} (after {duration})',
  'alert.button.reconcile': 'Reconcile',
  'alert.button.events': 'Events',
  'alert.button.logs': 'Logs',
  'alert.button.mute': 'Mute 1h',
  'alert.table.drifted': 'Drifted objects',
  'alert.recovery.title': 'Recovered: {object} on {cluster}',
  'alert.recovery.text':
    '{object} is {track, select, drift {no longer drifted} other {healthy again}} after {duration} (reported {count, plural, one {once} other {{count} times}}).',
  'alert.closedBy': '{reason} from the {source}',
  'alert.source.webhook': 'Flux webhook event',
  'alert.source.compliance': "compliance poller (the configuration's statuses[])",
  'alert.source.cluster': 'cluster watcher (status read from the cluster)',
  'alert.digest.title': 'Flux alert digest: {count, plural, one {# alert} other {# alerts}} ({open} still open)',
  'alert.digest.text':
    'More than {burst} alerts reached this channel within a minute, so the rest of that minute is collected here and this message is updated. Per-object alerts resume next minute.',
  'alert.digest.columnCount': 'Count',
  'alert.digest.columnState': 'State',
  'alert.digest.state': '{state, select, failing {failing} drifted {drifted} resolved {resolved} other {{state}}}',
} satisfies Record<string, string>;
