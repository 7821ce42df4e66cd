/** English texts for warnings attached to otherwise valid commands (`Command.warnings`). */
export const enWarnings = {
  'warning.default-kustomization':
    "Warning! No kustomizations were specified for this configuration. A kustomization will be generated with the default name 'kustomization-1'.",
  'warning.placeholder-target': '{flag} {value} is a placeholder from the docs; used the channel default {resolved}.',
  'warning.placeholder-value':
    '{where} still holds the documentation placeholder {value}, which goes to Azure as given; replace it if that is not meant.',
  'warning.ignored-flag': '{flag} only changes how the az CLI prints; fluxops ignores it.',
  'warning.assumed-git':
    'No --kind given: assumed the configuration uses a git source. Add --kind bucket or --kind azblob if not.',
  'warning.no-wait-ignored': '--no-wait has no effect on `{command}`.',
  'warning.format.title': 'Problems with this command',
  'format.problem.accepted': 'Accepted: {accepted}',
  'format.problem.example': 'Example: {example}',
  'format.problem.see-help': 'See `help{topic}`.',
  'format.problem.more': '…and {count} more not listed here; fix the ones above and send the command again.',
} satisfies Record<string, string>;
