/**
 * English texts for validation problems of `k8s-configuration flux` commands (docs/upstream.md §1.4, §6).
 * The wording follows the az CLI's messages where they are right, and fixes them where they are not.
 */
export const enProblemsFlux = {
  'problem.name.too-long.message':
    "Invalid {flag} '{value}': it can be a maximum of {max} characters (it has {length}).",
  'problem.name.edge-hyphen.message': "Invalid {flag} '{value}': it cannot begin or end with a hyphen.",
  'problem.name.edge-period.message': "Invalid {flag} '{value}': it cannot begin or end with a period.",
  'problem.name.invalid-chars.message':
    "Invalid {flag} '{value}': it can only contain lowercase alphanumeric characters, hyphens, and periods.",
  'problem.name.accepted':
    'Lowercase letters, digits, hyphens and periods, starting and ending with a letter or digit, at most {max} characters.',
  'problem.name.example': '{exampleText}',

  'problem.namespace.too-long.message':
    "Invalid {flag} '{value}': a namespace can be a maximum of 63 characters (it has {length}).",
  'problem.namespace.edge-hyphen.message': "Invalid {flag} '{value}': a namespace cannot begin or end with a hyphen.",
  'problem.namespace.invalid-chars.message':
    "Invalid {flag} '{value}': a namespace can only contain lowercase alphanumeric characters and hyphens.",
  'problem.namespace.accepted':
    'A DNS-1123 label: lowercase letters, digits and hyphens, starting and ending with a letter or digit, at most 63 characters.',
  'problem.namespace.example': '{flag} cluster-config',

  'problem.object-ref.bad-form.message':
    "'{value}' is not an object name: write NAME or NAMESPACE/NAME, with one slash.",
  'problem.object-ref.bad-form.accepted': 'An object name, or its namespace and name as NAMESPACE/NAME.',
  'problem.object-ref.bad-form.example': '{command} cluster-config/podinfo',
  'problem.object-ref.bad-namespace.message': "Invalid namespace '{namespace}' in '{value}'.",
  'problem.object-ref.bad-namespace.accepted':
    'NAMESPACE/NAME, the namespace a DNS-1123 label: lowercase letters, digits and hyphens, starting and ending with a letter or digit, at most 63 characters.',
  'problem.object-ref.bad-namespace.example': '{command} cluster-config/podinfo',
  'problem.object-ref.namespace-mismatch.message':
    "'{value}' names namespace {namespace}, but --namespace says {flag}.",
  'problem.object-ref.namespace-mismatch.accepted': 'One namespace: NAMESPACE/NAME, or NAME --namespace NAMESPACE.',
  'problem.object-ref.namespace-mismatch.example': '{command} {name} --namespace {namespace}',

  'problem.kustomization.combined-name-too-long.message':
    "Flux configuration name '{config}' combined with kustomization name '{kustomization}' cannot be greater than 62 characters (it is {length}).",
  'problem.kustomization.combined-name-too-long.accepted':
    'Configuration name and kustomization name together at most 62 characters (Flux names the object <configuration>-<kustomization>).',
  'problem.kustomization.combined-name-too-long.example': '-n cluster-config --kustomization name=apps',

  'problem.kustomization.name-missing.message':
    "Kustomization definition '{value}' is invalid: required value 'name' not found.",
  'problem.kustomization.name-missing.accepted':
    'Every --kustomization group starts with name=NAME, followed by other KEY=VALUE pairs.',
  'problem.kustomization.name-missing.example': '--kustomization name=apps path=./apps/staging prune=true',

  'problem.kustomization.bad-pair.message':
    "'{value}' is not a KEY=VALUE pair (usage error: --kustomization KEY=VALUE [KEY=VALUE ...]).",
  'problem.kustomization.bad-pair.accepted': 'KEY=VALUE pairs with the keys {keys}.',
  'problem.kustomization.bad-pair.example': '--kustomization name=infra path=./infrastructure prune=true',

  'problem.kustomization.unknown-key.message': "Unknown kustomization key '{key}'.",
  'problem.kustomization.unknown-key.accepted': 'The keys {keys}.',
  'problem.kustomization.unknown-key.example': '--kustomization name=apps path=./apps/staging dependsOn=["infra"]',

  'problem.kustomization.repeated-key.message': "Kustomization key '{key}' is given more than once in '{name}'.",
  'problem.kustomization.repeated-key.accepted': 'Each key once per --kustomization group.',
  'problem.kustomization.repeated-key.example': '--kustomization name=apps path=./apps/staging',

  'problem.kustomization.duplicate-name.message': "Kustomization name '{name}' is given more than once.",
  'problem.kustomization.duplicate-name.accepted': 'Distinct names, one --kustomization group per kustomization.',
  'problem.kustomization.duplicate-name.example': '--kustomization name=infra … --kustomization name=apps …',

  'problem.kustomization.invalid-boolean.message':
    "Invalid kustomization value {key}='{value}': expected true or false.",
  'problem.kustomization.invalid-boolean.accepted': '{key}=true or {key}=false.',
  'problem.kustomization.invalid-boolean.example': '--kustomization name=apps {key}=true',

  'problem.kustomization.invalid-dependency.message': "Invalid dependsOn entry '{value}' in '{name}'.",
  'problem.kustomization.invalid-dependency.accepted':
    'Kustomization names: dependsOn=["a","b"], dependsOn=[a,b] or dependsOn=a,b.',
  'problem.kustomization.invalid-dependency.example': '--kustomization name=apps dependsOn=["infra"]',

  'problem.duration.invalid.message': "Invalid {flag} '{value}': not a Go duration.",
  'problem.duration.accepted':
    'Hours, minutes and seconds in that order, each at most once (h → m → s), e.g. 10m, 1h30m, 1h2m5s.',
  'problem.duration.example': '{usage}',

  'problem.url.invalid-scheme.message': "Invalid --url '{value}': a {kind} url must begin with one of {schemes}.",
  'problem.url.invalid-scheme.accepted': 'A url beginning with {schemes}.',
  'problem.url.invalid-scheme.example': '--url {example}',
  'problem.url.credentials.message':
    "Invalid --url '{value}': it carries credentials, which Azure would keep in clear in the configuration and chat would show.",
  'problem.url.credentials.accepted': 'The url without them, and the credentials as --https-user and --https-key.',
  'problem.url.credentials.example': '--url {example} --https-user git --https-key <token>',

  'problem.url.ssh-key-with-http.message': 'An --ssh-private-key cannot be used with an http(s) url.',
  'problem.url.ssh-key-with-http.accepted':
    'An ssh url (ssh://… or git@…) with --ssh-private-key, or an http(s) url with --https-user/--https-key.',
  'problem.url.ssh-key-with-http.example':
    '--url ssh://git@github.com/Azure/arc-k8s-demo.git --ssh-private-key <base64 PEM>',

  'problem.url.known-hosts-with-http.message': '--known-hosts cannot be used with an http(s) url.',
  'problem.url.known-hosts-with-http.accepted': '--known-hosts only with an ssh url (ssh://… or git@…).',
  'problem.url.known-hosts-with-http.example':
    '--url git@github.com:Azure/arc-k8s-demo.git --known-hosts <base64 known_hosts>',

  'problem.url.https-auth-with-ssh.message':
    'https auth (--https-user and --https-key) cannot be used with a non-http(s) url.',
  'problem.url.https-auth-with-ssh.accepted': '--https-user and --https-key only with an http:// or https:// url.',
  'problem.url.https-auth-with-ssh.example':
    '--url https://github.com/Azure/arc-k8s-demo --https-user me --https-key <token>',

  'problem.url.https-user-key-separate.message': '--https-user and --https-key cannot be used separately.',
  'problem.url.https-user-key-separate.accepted': 'Both --https-user and --https-key together, or neither.',
  'problem.url.https-user-key-separate.example': '--https-user me --https-key <token>',

  'problem.git-ref.missing.message': 'Repository reference is missing.',
  'problem.git-ref.too-many.message': 'Repository reference is invalid: more than one of {given} is given.',
  'problem.git-ref.accepted': 'Exactly one of --branch, --tag, --semver or --commit.',
  'problem.git-ref.example': '--branch main',

  'problem.source.missing-required.message': "Required properties [{flags}] were not specified for kind '{kind}'.",
  'problem.source.missing-required.accepted': 'For kind {kind}: {flags}.',
  'problem.source.missing-required.example': '{example}',

  'problem.source.foreign-flags.message': "Invalid properties [{flags}] were specified for kind '{kind}'.",
  'problem.source.foreign-flags.accepted': "Valid properties for kind '{kind}' include [{valid}].",
  'problem.source.foreign-flags.example': '{example}',

  'problem.bucket.auth-missing.message': "Auth properties must be specified for kind 'bucket'.",
  'problem.bucket.auth-missing.accepted':
    'Either both --bucket-access-key and --bucket-secret-key, or --local-auth-ref.',
  'problem.bucket.auth-missing.example': '--bucket-access-key AKIA… --bucket-secret-key <secret>',

  'problem.azblob.sp-incomplete.message': 'Service principal is invalid because it is missing value(s): {missing}.',
  'problem.azblob.sp-too-many.message':
    'Too many authentication methods provided for service principal (--sp-client-secret and --sp-client-cert).',
  'problem.azblob.sp-cert-password-without-cert.message':
    'Service principal certificate password is invalid: --sp-cert-password needs --sp-client-cert.',
  'problem.azblob.too-many-auth.message': 'Too many authentication methods provided for Azure Blob: {methods}.',
  'problem.azblob.accepted':
    'At most one of: service principal (--sp-client-id + --sp-tenant-id + either --sp-client-secret or --sp-client-cert [--sp-cert-password]), --account-key, --sas-token, --mi-client-id, --local-auth-ref.',
  'problem.azblob.example': '--sp-client-id <app id> --sp-tenant-id <tenant id> --sp-client-secret <secret>',

  'problem.known-hosts.not-base64.message': '--known-hosts is not a valid utf-8 base64 encoded string.',
  'problem.known-hosts.bad-format.message': '--known-hosts is in the wrong format (line {line}: {reason}).',
  'problem.known-hosts.accepted':
    'base64 of known_hosts lines in sshd(8) format: [marker] hosts key-type base64-key [comment].',
  'problem.known-hosts.example': '--known-hosts $(ssh-keyscan github.com | base64 -w0)',

  'problem.ssh-key.invalid.message': '--ssh-private-key is in an invalid format ({reason}).',
  'problem.ssh-key.accepted': 'A base64-encoded PEM private key of type RSA, ECC, DSA or Ed25519 (OpenSSH).',
  'problem.ssh-key.example': '--ssh-private-key $(base64 -w0 ~/.ssh/id_ed25519)',

  'problem.https-ca-cert.not-base64.message': '--https-ca-cert is not a valid base64 encoded string.',
  'problem.https-ca-cert.accepted': 'The CA certificate (PEM) encoded as base64.',
  'problem.https-ca-cert.example': '--https-ca-cert $(base64 -w0 ca.pem)',

  'problem.secret.empty.message': '{flag} is empty.',
  'problem.secret.empty.accepted': 'A non-empty secret value.',
  'problem.secret.empty.example': '{flag} <value>',

  'problem.update.nothing.message': '`{command}` has nothing to change.',
  'problem.update.nothing.accepted': 'At least one of the settable flags in `help {topic}`.',
  'problem.update.nothing.example': '{example}',
} satisfies Record<string, string>;
