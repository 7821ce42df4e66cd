// Source flags of `flux create|update` → a validated FluxSource (docs/upstream.md §1.1, §1.4, §6).
//
// Rules:
// 1. `--kind` is git (default on create), bucket or azblob; on update without --kind the kind is inferred
//    from kind-specific flags, else git (with a warning — the parser cannot look the configuration up).
// 2. Flags of another kind are reported together ("Invalid properties […] for kind …").
// 3. On create, and on update when --kind changes, the kind's required flags must be there, the URL and
//    URL/auth rules, the single git ref and the bucket auth rule apply. On a plain update the rules apply
//    to what is given (a ref-only update may name at most one ref; its siblings are nulled in the body).
// 4. Durations are strict and become seconds; known_hosts, the SSH key and the CA cert must be base64.
// 5. Secret flags become SecretValue; `*-file` flags are refused (the bot cannot read the user's disk).
import { type CommandWarning, warning } from './command-warning.ts';
import { FILE_FLAG_REPLACEMENTS, SOURCE_FLAGS } from './flags/flux-config-flags.ts';
import type { ParsedFlags } from './flags/parse-flags.ts';
import { containsPlaceholder } from './placeholder.ts';
import { type Problem, problem } from './problem.ts';
import type { SecretValue } from './types.ts';
import type { FluxSource, SourceKind } from './types-flux.ts';
import { decodeBase64 } from './validate/base64.ts';
import { readDuration } from './validate/duration.ts';
import { checkGitRef, checkGitUrlAuth } from './validate/git-auth.ts';
import { checkKnownHosts } from './validate/known-hosts.ts';
import { checkSourceUrl } from './validate/source-url.ts';
import { checkSshPrivateKey } from './validate/ssh-private-key.ts';
import { checkAzureBlobAuth, checkBucketAuth } from './validate/storage-auth.ts';

const KIND_WORDS: Record<string, SourceKind> = {
  git: 'git',
  gitrepository: 'git',
  bucket: 'bucket',
  azblob: 'azblob',
  azureblob: 'azblob',
};
const REQUIRED: Record<SourceKind, readonly string[]> = {
  git: ['--url'],
  bucket: ['--url', '--bucket-name'],
  azblob: ['--url', '--container-name'],
};
const REQUIRED_EXAMPLE: Record<SourceKind, string> = {
  git: '--url https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main',
  bucket:
    '--kind bucket --url https://s3.amazonaws.com --bucket-name my-bucket --bucket-access-key AKIA… --bucket-secret-key <secret>',
  azblob:
    '--kind azblob --url https://myaccount.blob.core.windows.net --container-name my-container --account-key <key>',
};

export interface SourceReadContext {
  mode: 'create' | 'update';
  problems: Problem[];
  warnings: CommandWarning[];
}

function givenSourceFlags(flags: ParsedFlags): string[] {
  return SOURCE_FLAGS.filter((spec) => flags.values.has(spec.name) || flags.switches.has(spec.name)).map((s) => s.name);
}

function resolveKind(flags: ParsedFlags, given: string[], ctx: SourceReadContext): SourceKind | undefined {
  const text = flags.values.get('--kind');
  if (text !== undefined) {
    const kind = KIND_WORDS[text.toLowerCase()];
    if (!kind)
      ctx.problems.push(
        problem('flag.invalid-choice', {
          flag: '--kind',
          value: text,
          accepted: 'git, bucket, azblob',
          example: 'git',
        }),
      );
    return kind;
  }
  if (ctx.mode === 'create') return 'git';
  const kindsOf = (name: string) => SOURCE_FLAGS.find((s) => s.name === name)?.kinds ?? [];
  const specific = given.map(kindsOf).filter((kinds) => kinds.length === 1);
  const inferred = specific[0]?.[0] ?? 'git';
  if (specific.length === 0 && given.length > 0) ctx.warnings.push(warning('warning.assumed-git'));
  return inferred;
}

function secret(flags: ParsedFlags, name: string, ctx: SourceReadContext): SecretValue | undefined {
  const value = flags.values.get(name);
  if (value === undefined) return undefined;
  if (value.length === 0) ctx.problems.push(problem('secret.empty', { flag: name }));
  return { $secret: value };
}

export function readFluxSource(
  flags: ParsedFlags,
  ctx: SourceReadContext,
): (FluxSource & { kindChanged: boolean }) | undefined {
  const given = givenSourceFlags(flags);
  for (const name of given.filter((n) => FILE_FLAG_REPLACEMENTS[n])) {
    const replacement = FILE_FLAG_REPLACEMENTS[name] as string;
    ctx.problems.push(
      problem('flag.file-unsupported', { flag: name, replacement, file: flags.values.get(name) ?? 'FILE' }),
    );
  }
  if (ctx.mode === 'update' && given.length === 0) return undefined;
  const kind = resolveKind(flags, given, ctx);
  if (!kind) {
    // Every problem at once: the durations do not depend on the kind, so a bad --kind does not hide them.
    readDuration(flags.values.get('--timeout'), '--timeout', ctx.problems);
    readDuration(flags.values.get('--sync-interval'), '--sync-interval', ctx.problems);
    return undefined;
  }
  const kindChanged = flags.values.has('--kind');
  const strict = ctx.mode === 'create' || kindChanged;

  const foreign = given.filter((name) => !SOURCE_FLAGS.find((s) => s.name === name)?.kinds.includes(kind));
  if (foreign.length > 0) {
    const valid = SOURCE_FLAGS.filter((s) => s.kinds.includes(kind) && !FILE_FLAG_REPLACEMENTS[s.name]).map(
      (s) => s.name,
    );
    ctx.problems.push(
      problem('source.foreign-flags', {
        flags: foreign.join(', '),
        kind,
        valid: valid.join(', '),
        example: REQUIRED_EXAMPLE[kind],
      }),
    );
  }
  if (strict) {
    const missing = REQUIRED[kind].filter((name) => !flags.values.has(name));
    if (missing.length > 0) {
      ctx.problems.push(
        problem('source.missing-required', { flags: missing.join(', '), kind, example: REQUIRED_EXAMPLE[kind] }),
      );
    }
  }
  const value = (name: string) => flags.values.get(name);
  const source: FluxSource & { kindChanged: boolean } = { kind, kindChanged };
  const assign = <K extends keyof FluxSource>(key: K, v: FluxSource[K] | undefined) => {
    if (v !== undefined) (source as FluxSource)[key] = v;
  };
  assign('url', value('--url'));
  assign('timeoutSeconds', readDuration(value('--timeout'), '--timeout', ctx.problems));
  assign('syncIntervalSeconds', readDuration(value('--sync-interval'), '--sync-interval', ctx.problems));
  assign('localAuthRef', value('--local-auth-ref'));
  if (source.url !== undefined) ctx.problems.push(...checkSourceUrl(kind, source.url));

  if (kind === 'git') {
    const ref = {
      branch: value('--branch'),
      tag: value('--tag'),
      semver: value('--semver'),
      commit: value('--commit'),
    };
    const definedRef = Object.fromEntries(Object.entries(ref).filter(([, v]) => v !== undefined));
    if (Object.keys(definedRef).length > 0) source.ref = definedRef;
    assign('httpsUser', value('--https-user'));
    assign('httpsKey', secret(flags, '--https-key', ctx));
    assign('sshPrivateKey', secret(flags, '--ssh-private-key', ctx));
    assign('knownHosts', value('--known-hosts'));
    assign('httpsCaCert', value('--https-ca-cert'));
    ctx.problems.push(...checkGitRef(source, strict));
    ctx.problems.push(...checkGitUrlAuth(source));
    if (source.knownHosts !== undefined) ctx.problems.push(...checkKnownHosts(source.knownHosts));
    if (source.sshPrivateKey?.$secret) ctx.problems.push(...checkSshPrivateKey(source.sshPrivateKey.$secret));
    if (source.httpsCaCert !== undefined && !decodeBase64(source.httpsCaCert))
      ctx.problems.push(problem('https-ca-cert.not-base64'));
  } else if (kind === 'bucket') {
    assign('bucketName', value('--bucket-name'));
    assign('bucketAccessKey', value('--bucket-access-key'));
    assign('bucketSecretKey', secret(flags, '--bucket-secret-key', ctx));
    assign('bucketInsecure', flags.switches.get('--bucket-insecure'));
    if (strict) ctx.problems.push(...checkBucketAuth(source));
  } else {
    assign('containerName', value('--container-name'));
    assign('spClientId', value('--sp-client-id'));
    assign('spTenantId', value('--sp-tenant-id'));
    assign('spClientSecret', secret(flags, '--sp-client-secret', ctx));
    assign('spClientCert', secret(flags, '--sp-client-cert', ctx));
    assign('spCertPassword', secret(flags, '--sp-cert-password', ctx));
    assign('spCertSendChain', flags.switches.get('--sp-cert-send-chain'));
    assign('accountKey', secret(flags, '--account-key', ctx));
    assign('sasToken', secret(flags, '--sas-token', ctx));
    assign('miClientId', value('--mi-client-id'));
    ctx.problems.push(...checkAzureBlobAuth(source));
  }
  for (const name of given) {
    const text = value(name);
    const isSecret = SOURCE_FLAGS.find((s) => s.name === name)?.secret;
    if (text !== undefined && !isSecret && containsPlaceholder(text)) {
      ctx.warnings.push(warning('warning.placeholder-value', { where: name, value: text }));
    }
  }
  return source;
}
