/**
 * Every flux validation rule (docs/upstream.md §1.4, §6) with its exact message, and several problems at once.
 */
import { describe, expect, it } from 'vitest';
import { b64, KNOWN_HOSTS_LINE, PEM_KEY } from '../support/commands/credential-fixtures.ts';
import { messagesOf, parseOk, problemsOf } from '../support/commands/parse.ts';

const GIT = 'flux create cluster-config -u https://github.com/Azure/arc-k8s-demo --branch main';

describe('configuration and kustomization names', () => {
  it.each([
    [
      'a'.repeat(64),
      "Invalid --name 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa': it can be a maximum of 63 characters (it has 64).",
    ],
    ['-config', "Invalid --name '-config': it cannot begin or end with a hyphen."],
    ['config.', "Invalid --name 'config.': it cannot begin or end with a period."],
    [
      'Cluster_Config',
      "Invalid --name 'Cluster_Config': it can only contain lowercase alphanumeric characters, hyphens, and periods.",
    ],
  ])('rejects --name %s', (name, message) => {
    expect(messagesOf(`flux create -n ${name} -u https://github.com/x/y --branch main`)).toEqual([message]);
  });

  it('accepts dotted names and explains what is accepted', () => {
    expect(parseOk(`flux create -n my.config-1 -u https://github.com/x/y --branch main`).kind).toBe('flux.create');
    const [item] = problemsOf('flux create -n Bad -u https://github.com/x/y --branch main');
    expect(item?.accepted).toBe(
      'Lowercase letters, digits, hyphens and periods, starting and ending with a letter or digit, at most 63 characters.',
    );
    expect(item?.example).toBe('--name cluster-config');
  });

  it('rejects a bad kustomization name', () => {
    expect(messagesOf(`${GIT} -k name=Apps`)).toEqual([
      "Invalid kustomization name 'Apps': it can only contain lowercase alphanumeric characters, hyphens, and periods.",
    ]);
  });

  it('enforces the 62-character combined name the CLI forgot', () => {
    const config = 'c'.repeat(40);
    const kustomization = 'k'.repeat(23);
    expect(
      messagesOf(`flux create -n ${config} -u https://github.com/x/y --branch main -k name=${kustomization}`),
    ).toEqual([
      `Flux configuration name '${config}' combined with kustomization name '${kustomization}' cannot be greater than 62 characters (it is 63).`,
    ]);
    expect(
      parseOk(`flux create -n ${config} -u https://github.com/x/y --branch main -k name=${'k'.repeat(22)}`).kind,
    ).toBe('flux.create');
  });

  it('requires name in every kustomization group (not only the first)', () => {
    expect(messagesOf(`${GIT} -k name=infra -k path=./apps`)).toEqual([
      "Kustomization definition 'path=./apps' is invalid: required value 'name' not found.",
    ]);
  });

  it('rejects pairs without =, unknown keys (with a suggestion), repeated keys, duplicates and bad booleans', () => {
    const problems = problemsOf(
      `${GIT} -k name=a prune -k name=b prnue=true -k name=a path=x path=y -k name=c force=yes`,
    );
    expect(problems.map((p) => [p.message, p.suggestion])).toEqual([
      ["'prune' is not a KEY=VALUE pair (usage error: --kustomization KEY=VALUE [KEY=VALUE ...]).", undefined],
      ["Unknown kustomization key 'prnue'.", 'Did you mean prune?'],
      ["Kustomization key 'path' is given more than once in 'a'.", undefined],
      ["Kustomization name 'a' is given more than once.", undefined],
      ["Invalid kustomization value force='yes': expected true or false.", undefined],
    ]);
  });

  it('rejects an invalid dependsOn entry', () => {
    expect(messagesOf(`${GIT} -k name=apps dependsOn=[Infra]`)).toEqual(["Invalid dependsOn entry 'Infra' in 'apps'."]);
  });
});

describe('namespace', () => {
  it.each([
    [
      'n'.repeat(64),
      `Invalid --namespace '${'n'.repeat(64)}': a namespace can be a maximum of 63 characters (it has 64).`,
    ],
    ['-ns', "Invalid --namespace '-ns': a namespace cannot begin or end with a hyphen."],
    [
      'my.ns',
      "Invalid --namespace 'my.ns': a namespace can only contain lowercase alphanumeric characters and hyphens.",
    ],
  ])('rejects %s', (ns, message) => {
    expect(messagesOf(`${GIT} --namespace ${ns}`)).toEqual([message]);
  });
});

describe('durations', () => {
  it.each(['10mfoo', '5m1h', '60', '1d', 'PT10M', '500ms', '1h1h'])('rejects %s', (value) => {
    const [item] = problemsOf(`${GIT} --timeout ${value}`);
    expect(item?.message).toBe(`Invalid --timeout '${value}': not a Go duration.`);
    expect(item?.accepted).toBe(
      'Hours, minutes and seconds in that order, each at most once (h → m → s), e.g. 10m, 1h30m, 1h2m5s.',
    );
    expect(item?.example).toBe('--timeout 1h30m');
  });

  it.each([
    ['10m', 600],
    ['1h30m', 5400],
    ['1h2m5s', 3725],
    ['30s', 30],
  ])('accepts %s as %i seconds', (value, seconds) => {
    const command = parseOk(`${GIT} --sync-interval ${value}`);
    expect(command.kind === 'flux.create' && command.source.syncIntervalSeconds).toBe(seconds);
  });

  it('checks kustomization durations with the key name', () => {
    expect(messagesOf(`${GIT} -k name=apps sync_interval=10mfoo retry_interval=1d timeout=1h`)).toEqual([
      "Invalid sync_interval '10mfoo': not a Go duration.",
      "Invalid retry_interval '1d': not a Go duration.",
    ]);
  });
});

describe('urls and authentication', () => {
  it('rejects a git url with another scheme', () => {
    const [item] = problemsOf('flux create cluster-config -u ftp://example.com/repo --branch main');
    expect(item?.message).toBe(
      "Invalid --url 'ftp://example.com/repo': a git url must begin with one of ['http://', 'https://', 'git@', 'ssh://'].",
    );
  });

  it('rejects a bucket url that is not http(s)', () => {
    const cmd = 'flux create b --kind bucket -u s3://bucket --bucket-name b --local-auth-ref s';
    expect(messagesOf(cmd)).toEqual([
      "Invalid --url 's3://bucket': a bucket url must begin with one of ['http://', 'https://'].",
    ]);
  });

  it('keeps ssh auth off http urls and https auth off ssh urls', () => {
    expect(messagesOf(`${GIT} --ssh-private-key ${b64(PEM_KEY)} --known-hosts ${b64(KNOWN_HOSTS_LINE)}`)).toEqual([
      'An --ssh-private-key cannot be used with an http(s) url.',
      '--known-hosts cannot be used with an http(s) url.',
    ]);
    expect(
      messagesOf('flux create c -u git@github.com:Azure/x.git --branch main --https-user me --https-key tok'),
    ).toEqual(['https auth (--https-user and --https-key) cannot be used with a non-http(s) url.']);
    expect(messagesOf(`${GIT} --https-user me`)).toEqual(['--https-user and --https-key cannot be used separately.']);
  });

  it('accepts ssh auth on an ssh url', () => {
    const command = parseOk(
      `flux create c -u ssh://git@github.com/Azure/x.git --branch main --ssh-private-key ${b64(PEM_KEY)} --known-hosts ${b64(KNOWN_HOSTS_LINE)}`,
    );
    expect(command.kind).toBe('flux.create');
  });

  it('requires exactly one git ref on create and at most one on update', () => {
    expect(messagesOf('flux create c -u https://github.com/x/y')).toEqual(['Repository reference is missing.']);
    expect(messagesOf('flux create c -u https://github.com/x/y --branch main --tag v1')).toEqual([
      'Repository reference is invalid: more than one of --branch, --tag is given.',
    ]);
    expect(messagesOf('flux update c --tag v1 --commit abc')).toEqual([
      'Repository reference is invalid: more than one of --tag, --commit is given.',
    ]);
  });

  it('checks known_hosts and the ssh key', () => {
    const ssh = 'flux create c -u git@github.com:x/y.git --branch main';
    expect(messagesOf(`${ssh} --known-hosts not*base64`)).toEqual([
      '--known-hosts is not a valid utf-8 base64 encoded string.',
    ]);
    expect(messagesOf(`${ssh} --known-hosts ${b64('github.com ssh-ed25519')}`)).toEqual([
      '--known-hosts is in the wrong format (line 1: expected hosts, key type and key).',
    ]);
    expect(
      messagesOf(
        `${ssh} --known-hosts ${b64('github.com ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl')}`,
      ),
    ).toEqual(['--known-hosts is in the wrong format (line 1: the key is not a ssh-rsa key).']);
    expect(messagesOf(`${ssh} --ssh-private-key ${b64('hello')}`)).toEqual([
      '--ssh-private-key is in an invalid format (no PEM private key block).',
    ]);
    expect(messagesOf(`${ssh} --ssh-private-key %%%`)).toEqual([
      '--ssh-private-key is in an invalid format (not base64 of UTF-8 text).',
    ]);
    expect(messagesOf(`${GIT} --https-ca-cert %%%`)).toEqual(['--https-ca-cert is not a valid base64 encoded string.']);
  });

  it('checks required and foreign flags per source kind', () => {
    expect(messagesOf('flux create b --kind bucket --bucket-access-key a --branch main')).toEqual([
      "Invalid properties [--branch] were specified for kind 'bucket'.",
      "Required properties [--url, --bucket-name] were not specified for kind 'bucket'.",
      "Auth properties must be specified for kind 'bucket'.",
    ]);
  });

  it('checks azure blob authentication', () => {
    const blob = 'flux create b --kind azblob -u https://acct.blob.core.windows.net --container-name c';
    expect(messagesOf(`${blob} --sp-client-id id --sp-client-secret s --sp-client-cert c`)).toEqual([
      'Service principal is invalid because it is missing value(s): --sp-tenant-id.',
      'Too many authentication methods provided for service principal (--sp-client-secret and --sp-client-cert).',
    ]);
    expect(messagesOf(`${blob} --sp-client-id id --sp-tenant-id t --sp-client-secret s --sp-cert-password p`)).toEqual([
      'Service principal certificate password is invalid: --sp-cert-password needs --sp-client-cert.',
    ]);
    expect(messagesOf(`${blob} --account-key k --sas-token t`)).toEqual([
      'Too many authentication methods provided for Azure Blob: --account-key, --sas-token.',
    ]);
  });

  it('refuses file flags with the inline replacement', () => {
    const [item] = problemsOf('flux create c -u git@github.com:x/y.git --branch main --ssh-private-key-file ~/.ssh/id');
    expect(item?.message).toBe('--ssh-private-key-file reads a file on your machine, which a chat bot cannot do.');
    expect(item?.accepted).toBe('The content itself, base64-encoded, with --ssh-private-key.');
  });
});

describe('several problems at once', () => {
  it('reports all of them, in order, with a flag suggestion', () => {
    const problems = problemsOf('flux create Bad_ --url ftp://x --branch a --tag b --timeout 10mfoo --brnach x');
    expect(problems.map((p) => p.code)).toEqual([
      'flag.unknown',
      'name.invalid-chars',
      'duration.invalid',
      'url.invalid-scheme',
      'git-ref.too-many',
    ]);
    expect(problems[0]?.suggestion).toBe('Did you mean --branch?');
  });

  it('a bad --kind does not hide bad durations', () => {
    const problems = problemsOf(`${GIT} --interval x --timeout y --kind zz`);
    expect(problems.map((p) => [p.code, p.params?.flag])).toEqual([
      ['flag.invalid-choice', '--kind'],
      ['duration.invalid', '--timeout'],
      ['duration.invalid', '--sync-interval'],
    ]);
  });
});
