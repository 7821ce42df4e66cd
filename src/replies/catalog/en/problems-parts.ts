// Parts of problem texts that a call site chooses (what an argument is, why a key is malformed): kept as
// keys in `Problem.params` (src/commands/problem-part.ts) and written in the reader's language with the
// problem, so a Japanese or French parse error carries no English fragment.

export const enProblemsParts = {
  // `problem.argument.unexpected.accepted` ends with one of these: what the command takes besides flags.
  'problem.part.positional.name': ' and a name',
  'problem.part.positional.user': ' and a user',
  'problem.part.positional.cluster-name': ' and a cluster name',
  'problem.part.positional.configuration-name': ' and a configuration name',
  'problem.part.positional.both-names': ' and the configuration and kustomization names',
  'problem.part.positional.extension-name': ' and an extension name',
  'problem.part.positional.controller-name': ' and a controller name',
  'problem.part.positional.subscription-id': ' and a subscription id',
  'problem.part.positional.role-and-user': ' and a role and a user',
  'problem.part.positional.confirm': ' and confirm=always|allow-yes',
  'problem.part.positional.mute': ' and <kind>/<name> <duration>',
  // `{what}` of `problem.short.missing-argument.message` ("`logs` needs {what}.").
  'problem.part.what.controller-name': 'a controller name',
  'problem.part.what.setting': 'a setting',
  'problem.part.what.subscription-id': 'a subscription id (see `alerts list`)',
  'problem.part.what.confirm': 'confirm=always or confirm=allow-yes',
  'problem.part.what.confirm-got': 'confirm=always or confirm=allow-yes (got "{got}")',
  'problem.part.what.role': 'a role: {roles}',
  'problem.part.what.role-got': 'a role: {roles} (got "{got}")',
  'problem.part.what.mute': '<kind>/<name> and a duration',
  'problem.part.what.access-subject':
    'either a user (@ID, see `access whoami`), a Slack user group (its @mention) or --channel',
  'problem.part.what.resources': 'at least one of limits.memory=…, limits.cpu=…, requests.memory=…',
  // Both `{what}` and `{accepted}` of a switch word.
  'problem.part.on-or-off': 'on or off',
  // `{accepted}` of `problem.short.*`.
  'problem.part.accepted.level-per-controller': 'debug, info or error per controller',
  'problem.part.accepted.nothing-after-on-off': 'nothing after on/off',
  // `{flag}` of `problem.name.*` / `problem.duration.*` when the value is not a flag's.
  'problem.part.flag.kustomization-name': 'kustomization name',
  'problem.part.flag.duration': 'duration',
  // `{reason}` of `problem.known-hosts.bad-format.message`.
  'problem.part.known-hosts.fields': 'expected hosts, key type and key',
  'problem.part.known-hosts.unknown-type': "unknown key type '{keyType}'",
  'problem.part.known-hosts.not-base64': 'the key is not base64',
  'problem.part.known-hosts.type-mismatch': 'the key is not a {keyType} key',
  // `{reason}` of `problem.ssh-key.invalid.message`.
  'problem.part.ssh-key.not-text': 'not base64 of UTF-8 text',
  'problem.part.ssh-key.no-pem-block': 'no PEM private key block',
  'problem.part.ssh-key.encrypted': 'the key is encrypted',
  // Items of `{missing}` / `{methods}` in `problem.azblob.*`.
  'problem.part.azblob.secret-or-cert': '--sp-client-secret or --sp-client-cert',
  'problem.part.azblob.service-principal': 'service principal',
  // `{reason}` of `problem.alerts.bad-regex.message` (RE2's own explanation stays as RE2 wrote it).
  'problem.part.regex.too-long': 'it is {length} characters long; the limit is {limit}',
  'problem.part.regex.lookaround': 'lookaround such as (?=…) or (?!…) is not supported',
  'problem.part.regex.backreference': 'backreferences such as \\1 are not supported',
  // `{detail}` of `problem.input.internal.message` when the failure has no name.
  'problem.part.internal.unknown': 'unknown error',
} satisfies Record<string, string>;
