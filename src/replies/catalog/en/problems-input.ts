/**
 * English texts for problems with the shape of the input: tokenizing, command words, flags, cluster target.
 * Each problem code has `.message` (what was wrong), `.accepted` (what is accepted) and `.example`.
 */
export const enProblemsInput = {
  'problem.suggestion': 'Did you mean {suggestion}?',

  'problem.input.empty.message': 'The message has no command in it.',
  'problem.input.empty.accepted': 'A fluxops command, with or without a leading `az` or `/flux`.',
  'problem.input.empty.example': 'help',

  'problem.input.unterminated-quote.message': 'The {quote} quote opened at character {position} is never closed.',
  'problem.input.unterminated-quote.accepted':
    'Quotes in pairs: \'…\' or "…"; a literal quote can be escaped as \\\' or \\".',
  'problem.input.unterminated-quote.example':
    '--config source-controller.ssh-host-key-args="--ssh-hostkey-algos=rsa-sha2-512"',

  'problem.input.internal.message': 'The command could not be read ({detail}).',
  'problem.input.internal.accepted': 'A fluxops command as described in `help`.',
  'problem.input.internal.example': 'help',

  'problem.input.too-long.message': 'The message is {length} characters long; fluxops reads at most {limit}.',
  'problem.input.too-long.accepted':
    'One command per message, up to {limit} characters; long values such as SSH keys go in base64 on their flag.',
  'problem.input.too-long.example': 'flux show cluster-config',

  'problem.input.too-many-words.message': 'The message has {count} words; a command has at most {limit}.',
  'problem.input.too-many-words.accepted': 'One command per message, with up to {limit} words.',
  'problem.input.too-many-words.example':
    'flux create -n cluster-config -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main',

  'problem.input.too-many-flags.message': 'The message has {count} flags; a command has at most {limit}.',
  'problem.input.too-many-flags.accepted': 'The flags listed in `help <command>`, each once (up to {limit}).',
  'problem.input.too-many-flags.example':
    'flux show -n cluster-config -g flux-demo-rg -c flux-demo-arc -t connectedClusters',

  'problem.command.unknown.message': "'{word}' is not a fluxops command.",
  'problem.command.unknown.accepted': 'One of: {accepted}.',
  'problem.command.unknown.example': 'flux show cluster-config',

  'problem.command.incomplete.message': '`{path}` needs a sub-command.',
  'problem.command.incomplete.accepted': 'One of: {accepted}.',
  'problem.command.incomplete.example': '{example}',

  'problem.command.unknown-sub.message': "'{word}' is not a sub-command of `{path}`.",
  'problem.command.unknown-sub.accepted': 'One of: {accepted}.',
  'problem.command.unknown-sub.example': '{example}',

  'problem.command.az-only.message': '`az {group}` is an az CLI command that fluxops does not run from chat.',
  'problem.command.az-only.accepted':
    'The `az k8s-configuration flux …` and `az k8s-extension …` commands; run other az commands in your own terminal.',
  'problem.command.az-only.example':
    'az k8s-configuration flux list -g flux-demo-rg -c flux-demo-arc -t connectedClusters',

  'problem.command.flux-v1.message':
    '`az k8s-configuration {verb}` manages Flux v1 configurations, which fluxops does not support.',
  'problem.command.flux-v1.accepted': 'The Flux v2 commands under `az k8s-configuration flux`.',
  'problem.command.flux-v1.example': 'az k8s-configuration flux {verb} -n cluster-config',

  'problem.flag.unknown.message': "Unknown flag '{flag}' for `{command}`.",
  'problem.flag.unknown.accepted': 'The flags listed in `help {topic}`.',
  'problem.flag.unknown.example': '{example}',

  'problem.flag.missing-value.message': '{flag} needs a value.',
  'problem.flag.missing-value.accepted': '{flag} followed by a value (or {flag}=value).',
  'problem.flag.missing-value.example': '{flag} {example}',

  'problem.flag.repeated.message': '{flag} is given more than once.',
  'problem.flag.repeated.accepted': '{flag} at most once.',
  'problem.flag.repeated.example': '{flag} {example}',

  'problem.flag.required.message': '{flag} is required for `{command}`.',
  'problem.flag.required.accepted': '{flag} with a value.',
  'problem.flag.required.example': '{flag} {example}',

  'problem.flag.invalid-choice.message': "Invalid {flag} '{value}'.",
  'problem.flag.invalid-choice.accepted': 'One of: {accepted}.',
  'problem.flag.invalid-choice.example': '{flag} {example}',

  'problem.flag.invalid-boolean.message': "Invalid {flag} '{value}': expected true or false.",
  'problem.flag.invalid-boolean.accepted': '{flag} alone (true), or {flag} true|false.',
  'problem.flag.invalid-boolean.example': '{flag} false',

  'problem.flag.invalid-integer.message': "Invalid {flag} '{value}': expected a whole number.",
  'problem.flag.invalid-integer.accepted': 'A whole number from {min} to {max}.',
  'problem.flag.invalid-integer.example': '{flag} {example}',

  'problem.flag.file-unsupported.message': '{flag} reads a file on your machine, which a chat bot cannot do.',
  'problem.flag.file-unsupported.accepted': 'The content itself, base64-encoded, with {replacement}.',
  'problem.flag.file-unsupported.example': '{replacement} $(base64 -w0 {file})',

  'problem.argument.unexpected.message': "Unexpected argument '{value}' for `{command}`.",
  'problem.argument.unexpected.accepted': 'Flags as listed in `help {topic}`{positional}.',
  'problem.argument.unexpected.example': '{example}',

  'problem.target.missing.message':
    'This command needs a cluster, but the channel has no default and the command does not name one (missing {missing}).',
  'problem.target.missing.accepted': 'Set the channel default once with `use`, or pass -g, -c and -t on the command.',
  'problem.target.missing.example': 'use -g flux-demo-rg -c flux-demo-arc -t connectedClusters',

  'problem.target.placeholder.message':
    '{flag} {value} is a placeholder from the docs, and the channel has no default to use instead.',
  'problem.target.placeholder.accepted': 'The real value on the command, or the channel default set once with `use`.',
  'problem.target.placeholder.example': 'use -g flux-demo-rg -c flux-demo-arc -t connectedClusters',

  'problem.target.cluster-type.message': "Cluster type '{value}' is not supported.",
  'problem.target.cluster-type.accepted': 'connectedClusters, managedClusters or provisionedClusters.',
  'problem.target.cluster-type.example': '-t connectedClusters',

  'problem.target.cluster-rp-required.message':
    "A Cluster Resource Provider value is required for cluster type '{type}'.",
  'problem.target.cluster-rp-required.accepted':
    '--cluster-rp Microsoft.HybridContainerService for provisionedClusters.',
  'problem.target.cluster-rp-required.example': '-t provisionedClusters --cluster-rp Microsoft.HybridContainerService',

  'problem.target.cluster-rp-combination.message':
    "Cluster type '{type}' and Cluster Resource Provider '{rp}' combination is not supported.",
  'problem.target.cluster-rp-combination.accepted': '{accepted}',
  'problem.target.cluster-rp-combination.example': '-t {type} --cluster-rp {rpExample}',

  'problem.target.subscription.message': "Invalid --subscription '{value}'.",
  'problem.target.subscription.accepted': 'A subscription id (GUID) or name without spaces at the ends.',
  'problem.target.subscription.example': '--subscription 00000000-0000-0000-0000-000000000000',

  'problem.target.resource-group.message': "Invalid --resource-group '{value}'.",
  'problem.target.resource-group.accepted':
    'Up to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending in a period.',
  'problem.target.resource-group.example': '-g flux-demo-rg',

  'problem.target.cluster-name.message': "Invalid --cluster-name '{value}'.",
  'problem.target.cluster-name.accepted':
    'Up to 63 letters, digits, underscores and hyphens, starting with a letter or digit.',
  'problem.target.cluster-name.example': '-c flux-demo-arc',
} satisfies Record<string, string>;
