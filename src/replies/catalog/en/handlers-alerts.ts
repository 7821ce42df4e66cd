/** English texts of the `alerts *` handlers' replies. Keys: `handler.alerts*`. */
export const enHandlersAlerts = {
  'handler.alerts.notEnabled': 'Alerts are not enabled in this fluxops worker.',
  'handler.alerts.sameName':
    'fluxops already watches another cluster named {cluster} ({other}). Alerts tell clusters apart by name, so {target} cannot be watched as well. Nothing was changed.',
  'handler.alertsSubscribe.done':
    "This channel now receives Flux alerts ({id}). Failures post once and update in place; recoveries reply in the alert's thread.",
  'handler.alertsSubscribe.subscription': 'Subscription',
  'handler.alertsSubscribe.cluster': 'Cluster',
  'handler.alertsSubscribe.everyCluster': 'every cluster',
  'handler.alertsSubscribe.severity': 'Severity',
  'handler.alertsSubscribe.failuresOnly': 'failures only',
  'handler.alertsSubscribe.failuresAndStuck': 'failures and stuck objects',
  'handler.alertsSubscribe.kinds': 'Kinds',
  'handler.alertsSubscribe.namespaces': 'Namespaces',
  'handler.alertsSubscribe.all': 'all',
  'handler.alertsSubscribe.excluding': 'Excluding',
  'handler.alertsSubscribe.unsubscribe': 'Unsubscribe',
  'handler.alertsUnsubscribe.done': 'Subscription {id} removed; this channel stops receiving its alerts.',
  'handler.alertsUnsubscribe.missing': 'This channel has no subscription {id}. `alerts list` shows the ones it has.',
  'handler.alertsMute.done':
    'New alerts for {object} are muted in this channel until {until}. Alerts already posted keep updating.',
  'handler.alertsList.none': 'This channel has no alert subscriptions. Start with `alerts subscribe --severity error`.',
  'handler.alertsList.columnId': 'ID',
  'handler.alertsList.columnCluster': 'Cluster',
  'handler.alertsList.columnSeverity': 'Severity',
  'handler.alertsList.columnKinds': 'Kinds',
  'handler.alertsList.columnNamespaces': 'Namespaces',
  'handler.alertsList.columnExclude': 'Exclude',
  'handler.alertsList.columnBy': 'By',
  'handler.alertsList.lateTable': "Events that arrived older than their object's state (recorded, state unchanged)",
  'handler.alertsList.columnObject': 'Object',
  'handler.alertsList.columnReason': 'Reason',
  'handler.alertsList.columnEventTime': 'Event time',
  'handler.alertsList.columnNewerState': 'Newer state',
  'handler.alertsList.columnSource': 'Source',
  'handler.alertsList.noLate': "No event arrived older than its object's state.",
  'handler.alertsSetup.text':
    "Commit the YAML below to {cluster}'s GitOps repository (encrypt the Secret with SOPS or Sealed Secrets first). It holds the HMAC key: keep it out of channels and tickets.",
  'handler.alertsSetup.keyIssued': 'A webhook key was issued for {cluster}.',
  'handler.alertsSetup.keyExisting':
    '{cluster} already had a webhook key; fluxops sent you that same key again (nothing was rotated). To replace it, run `alerts setup --rotate`.',
  'handler.alertsSetup.keyExistingTo':
    '{cluster} already had a webhook key; fluxops sent that same key to {user} again (nothing was rotated). To replace it, run `alerts setup --rotate`.',
  'handler.alertsSetup.keyRotated':
    'A new webhook key was issued for {cluster}; the previous key keeps verifying events until {until}, so commit the new YAML before then.',
  'handler.alertsSetup.sentPrivately':
    'The Secret/Provider/Alert YAML with the key went to {user} alone ({place}), not to this channel.',
  'handler.alertsSetup.place.slack': 'a direct message from fluxops',
  'handler.alertsSetup.place.teams': 'a 1:1 chat with fluxops',
  'handler.alertsSetup.place.console': 'their own console session, not its watchers',
  'handler.alertsSetup.noPublicUrl':
    ' Warning: FLUXOPS_PUBLIC_URL is not set, so the Provider address is a placeholder: set it and run setup again.',
  'handler.alertsSetup.noObjects':
    ' Warning: no Flux objects found on {cluster} (no configuration lists any), so the YAML covers flux-system only: after creating a configuration, run setup again.',
  'handler.alertsSetup.webhook': 'Webhook',
  'handler.alertsSetup.namespaces': 'Namespaces',
  'handler.alertsSetup.kinds': 'Kinds',
  'handler.alertsSetup.polling': 'Compliance polling',
  'handler.alertsSetup.pollingOn': 'on (every {interval})',
  'handler.alertsSetup.oldFlux':
    ' Warning: microsoft.flux {version} runs Flux 2.1 or older, which does not serve `notification.toolkit.fluxcd.io/v1beta3`, so the cluster would reject this Provider and Alert. Upgrade the extension to {target} first: {upgrade}.',
} satisfies Record<string, string>;
