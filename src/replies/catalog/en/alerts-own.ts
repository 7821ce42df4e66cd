// fluxops' own words inside alerts: what the cluster watchers and the compliance poller say when Flux
// says nothing (an OOM kill, a suspended configuration). Incidents keep these as keys and values
// (src/alerts/engine/alert-text.ts), so the alert and its recovery are written in the channel's language.

export const enAlertsOwn = {
  'alert.own.oom.message':
    '{controller} {cause, select, OOMKilled {was OOMKilled} other {shut itself down near its memory limit (OOM watch)}}: limit {hasLimit, select, yes {{limit}} other {none}}, {restarts, plural, one {# restart} other {# restarts}}, last exit {hasExit, select, yes {{lastExit}} other {unknown}}.',
  'alert.own.oom.field.controller': 'Controller',
  'alert.own.oom.field.memoryLimit': 'Memory limit',
  'alert.own.oom.field.restarts': 'Restarts',
  'alert.own.oom.field.lastExit': 'Last exit',
  'alert.own.oom.field.pod': 'Pod',
  'alert.own.oom.lastExit': '{lastExit} ({cause})',
  'alert.own.oom.none': 'none',
  'alert.own.oom.unknown': 'unknown',
  'alert.own.oom.button.fix': 'Raise memory limit to {limit}{helm, select, yes { + OOM watch} other {}}',
  'alert.own.oom.button.previousLogs': 'Previous logs',
  'alert.own.compliance.suspended': 'Reconciliation is suspended.',
  'alert.own.compliance.state': 'complianceState {state}',
} satisfies Record<string, string>;
