/**
 * English texts for problems of `k8s-extension` commands, their short forms and the flux `--config` keys
 * (docs/upstream.md §4, §4.1), and of the bot-only commands.
 */
export const enProblemsExtension = {
  'problem.extension.type-unsupported.message': "Extension type '{value}' is not managed by fluxops.",
  'problem.extension.type-unsupported.accepted': '--extension-type microsoft.flux.',
  'problem.extension.type-unsupported.example': '--extension-type microsoft.flux',

  'problem.extension.namespace-scope.message': 'microsoft.flux cannot be installed at namespace scope.',
  'problem.extension.namespace-scope.accepted': '--scope cluster (the default), released into flux-system.',
  'problem.extension.namespace-scope.example': '--scope cluster',

  'problem.extension.release-namespace.message': "microsoft.flux always installs into flux-system, not '{value}'.",
  'problem.extension.release-namespace.accepted': '--release-namespace flux-system, or leave it out.',
  'problem.extension.release-namespace.example': '--release-namespace flux-system',

  'problem.extension.target-namespace.message': "When --scope is 'cluster', --target-namespace must not be given.",
  'problem.extension.target-namespace.accepted': 'No --target-namespace for microsoft.flux.',
  'problem.extension.target-namespace.example': '--scope cluster',

  'problem.extension.version-needs-no-auto-upgrade.message':
    "To pin to specific version, auto-upgrade-minor-version must be set to 'false'.",
  'problem.extension.version-needs-no-auto-upgrade.accepted':
    '--version X.Y.Z together with --auto-upgrade-minor-version false.',
  'problem.extension.version-needs-no-auto-upgrade.example': '--version 1.24.1 --auto-upgrade-minor-version false',

  'problem.config.bad-pair.message':
    "'{value}' is not a KEY=VALUE pair (usage error: {flag} configuration_setting_key=configuration_setting_value).",
  'problem.config.bad-pair.accepted': '{flag} followed by one or more KEY=VALUE pairs.',
  'problem.config.bad-pair.example': '{flag} helm-controller.detectDrift=true',

  'problem.config.unknown-key.message': "Unknown microsoft.flux setting '{key}'.",
  'problem.config.unknown-key.accepted': 'A documented microsoft.flux setting (see `help extension`), e.g. {examples}.',
  'problem.config.unknown-key.example': '--config helm-controller.detectDrift=true',

  'problem.config.repeated-key.message': "Setting '{key}' is given more than once.",
  'problem.config.repeated-key.accepted': 'Each setting once per command.',
  'problem.config.repeated-key.example': '--config {key}=…',

  'problem.config.invalid-level.message': "Invalid log level {key}='{value}'.",
  'problem.config.invalid-level.accepted': 'For {controller}: {levels}.',
  'problem.config.invalid-level.example': '--config {key}=error',

  'problem.config.invalid-boolean.message': "Invalid value {key}='{value}': expected true or false.",
  'problem.config.invalid-boolean.accepted': 'true or false.',
  'problem.config.invalid-boolean.example': '--config {key}=true',

  'problem.config.invalid-memory.message': "Invalid memory quantity {key}='{value}'.",
  'problem.config.invalid-memory.accepted':
    'A Kubernetes memory quantity: a number with an optional Ki, Mi, Gi, Ti, K, M, G or T suffix.',
  'problem.config.invalid-memory.example': '--config {key}=2Gi',

  'problem.config.invalid-cpu.message': "Invalid CPU quantity {key}='{value}'.",
  'problem.config.invalid-cpu.accepted': 'A Kubernetes CPU quantity: millicores like 2000m, or cores like 2 or 0.5.',
  'problem.config.invalid-cpu.example': '--config {key}=2000m',

  'problem.config.invalid-percent.message': "Invalid percentage {key}='{value}'.",
  'problem.config.invalid-percent.accepted': 'A whole number from 1 to 100.',
  'problem.config.invalid-percent.example': '--config {key}=70',

  'problem.config.invalid-count.message': "Invalid count {key}='{value}'.",
  'problem.config.invalid-count.accepted': 'A whole number from 1 to 1000.',
  'problem.config.invalid-count.example': '--config {key}=6',

  'problem.config.invalid-duration.message': "Invalid duration {key}='{value}'.",
  'problem.config.invalid-duration.accepted': 'A Go duration such as 500ms, 50s, 1m30s.',
  'problem.config.invalid-duration.example': '--config {key}={exampleValue}',

  'problem.config.empty-value.message': "Setting '{key}' has an empty value.",
  'problem.config.empty-value.accepted': 'A non-empty value.',
  'problem.config.empty-value.example': '--config {key}=…',

  'problem.short.unknown-controller.message': "Unknown controller '{value}' for `{command}`.",
  'problem.short.unknown-controller.accepted': 'One of: {accepted}.',
  'problem.short.unknown-controller.example': '{example}',

  'problem.short.bad-setting.message': "'{value}' is not a setting `{command}` understands.",
  'problem.short.bad-setting.accepted': '{accepted}',
  'problem.short.bad-setting.example': '{example}',

  'problem.short.missing-argument.message': '`{command}` needs {what}.',
  'problem.short.missing-argument.accepted': '{accepted}',
  'problem.short.missing-argument.example': '{example}',

  'problem.alerts.bad-regex.message': "--exclude '{value}' is not a valid regular expression ({reason}).",
  'problem.alerts.bad-regex.accepted':
    'A regular expression of up to 256 characters in RE2 syntax (no backreferences or lookaround), matched against "<kind>/<namespace>/<name>".',
  'problem.alerts.bad-regex.example': '--exclude "^Kustomization/flux-system/"',

  'problem.alerts.cluster-twice.message': '`alerts subscribe` got the cluster twice: --cluster and {flags}.',
  'problem.alerts.cluster-twice.accepted':
    'Either -g/-c/-t (as every command takes them) or --cluster with a name or alias.',
  'problem.alerts.cluster-twice.example': 'alerts subscribe -g flux-demo-rg -c flux-demo-arc -t connectedClusters',

  'problem.alerts.mute-target.message': "'{value}' is not an object reference.",
  'problem.alerts.mute-target.accepted': '<kind>/<name>, e.g. kustomization/apps.',
  'problem.alerts.mute-target.example': 'alerts mute kustomization/apps 2h',

  'problem.use.incomplete.message':
    '`use` needs the resource group, cluster name and cluster type (missing {missing}).',
  'problem.use.incomplete.accepted':
    'use -g RESOURCE_GROUP -c CLUSTER -t CLUSTER_TYPE [--subscription ID] [--alias NAME].',
  'problem.use.incomplete.example': 'use -g flux-demo-rg -c flux-demo-arc -t connectedClusters',

  'problem.use.lang.message': "fluxops does not write in '{value}'.",
  'problem.use.lang.accepted': '--lang followed by one of {accepted}.',
  'problem.use.lang.example': 'use --lang ja',

  'problem.help.unknown-topic.message': "There is no help topic '{value}'.",
  'problem.help.unknown-topic.accepted': 'One of: {accepted}.',
  'problem.help.unknown-topic.example': 'help create',

  'problem.access.bad-scope.message':
    "--scope '{value}' is not the ARM id of a subscription, a resource group or a cluster.",
  'problem.access.bad-scope.accepted':
    '/subscriptions/SUBSCRIPTION_ID, optionally followed by /resourceGroups/GROUP and then /providers/NAMESPACE/TYPE/CLUSTER.',
  'problem.access.bad-scope.example':
    '--scope /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/flux-demo-rg',
} satisfies Record<string, string>;
