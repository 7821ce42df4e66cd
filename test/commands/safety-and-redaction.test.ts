/**
 * Safety classification of every command family, secret typing and redacted displays.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/commands/redact.ts';
import { b64, PEM_KEY } from '../support/commands/credential-fixtures.ts';
import { parseOk } from '../support/commands/parse.ts';

describe('safety', () => {
  it.each([
    ['flux show cluster-config', 'read-only'],
    ['flux list', 'read-only'],
    ['flux kustomization show -n c -k apps', 'read-only'],
    ['flux deployed-object list -n c', 'read-only'],
    ['extension show', 'read-only'],
    ['status', 'read-only'],
    ['events', 'read-only'],
    ['logs helm', 'read-only'],
    ['help', 'read-only'],
    ['alerts list', 'read-only'],
    ['flux create c -u https://github.com/x/y --branch main', 'mutating'],
    ['flux update c --sync-interval 5m', 'mutating'],
    ['flux update c -k name=apps path=./apps', 'mutating'],
    ['flux update c --suspend false', 'mutating'],
    ['extension update --config helm-controller.enabled=true', 'mutating'],
    ['reconcile apps', 'mutating'],
    ['resume apps', 'mutating'],
    ['flux delete c', 'destructive'],
    ['extension delete', 'destructive'],
    ['flux kustomization delete -n c -k apps', 'destructive'],
    ['suspend apps', 'destructive'],
    ['flux update c --suspend', 'destructive'],
    ['flux update c --url https://github.com/x/z', 'destructive'],
    ['flux update c --tag v2', 'destructive'],
    ['flux update c --kind bucket --url https://s3.amazonaws.com --bucket-name b --local-auth-ref s', 'destructive'],
    ['flux update c -k name=apps prune=false', 'destructive'],
    ['flux kustomization update -n c -k apps --prune false', 'destructive'],
    ['controllers disable source', 'destructive'],
    ['extension create --config helm-controller.enabled=false', 'destructive'],
  ])('%s is %s', (text, safety) => {
    expect(parseOk(text).safety).toBe(safety);
  });

  it('records --yes without acting on it', () => {
    expect(parseOk('flux delete c --yes').yes).toBe(true);
    expect(parseOk('flux delete c').yes).toBe(false);
  });
});

describe('secrets', () => {
  const https = 'flux create c -u https://github.com/x/y --branch main --https-user me --https-key s3cr3t-token';

  it('types secret flags as SecretValue and masks them in the display', () => {
    const command = parseOk(https);
    expect(command.kind === 'flux.create' && command.source.httpsKey).toEqual({ $secret: 's3cr3t-token' });
    expect(command.display).toContain('--https-key ••••');
    expect(command.display).not.toContain('s3cr3t-token');
  });

  it('masks every secret flag and protected setting', () => {
    const key = b64(PEM_KEY);
    const texts = [
      `flux create c -u git@github.com:x/y.git --branch main --ssh-private-key ${key}`,
      'flux create b --kind bucket -u https://s3.amazonaws.com --bucket-name b --bucket-access-key AK --bucket-secret-key bucket-secret-1',
      'flux create z --kind azblob -u https://a.blob.core.windows.net --container-name c --sp-client-id i --sp-tenant-id t --sp-client-cert cert-secret-2 --sp-cert-password pw-secret-3',
      'flux create z --kind azblob -u https://a.blob.core.windows.net --container-name c --sp-client-id i --sp-tenant-id t --sp-client-secret sp-secret-4',
      'flux create z --kind azblob -u https://a.blob.core.windows.net --container-name c --account-key account-secret-5',
      'flux create z --kind azblob -u https://a.blob.core.windows.net --container-name c --sas-token sas-secret-6',
      'extension update --config-protected token=protected-secret-7 other=protected-secret-8',
    ];
    const secrets = [
      key,
      'bucket-secret-1',
      'cert-secret-2',
      'pw-secret-3',
      'sp-secret-4',
      'account-secret-5',
      'sas-secret-6',
      'protected-secret-7',
      'protected-secret-8',
    ];
    for (const text of texts) {
      const command = parseOk(text);
      const redacted = JSON.stringify(redact(command));
      for (const secret of secrets) {
        expect(command.display).not.toContain(secret);
        expect(redacted).not.toContain(secret);
      }
    }
    expect(parseOk(texts[6] as string).display).toBe(
      'az k8s-extension update -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --config-protected token=•••• other=••••',
    );
  });

  it('redact replaces SecretValues only and leaves the input untouched', () => {
    const value = { a: { $secret: 'x' }, b: [{ $secret: 'y' }], c: { $secret: 'z', other: 1 }, d: 'plain' };
    expect(redact(value)).toEqual({
      a: { $secret: '••••' },
      b: [{ $secret: '••••' }],
      c: { $secret: 'z', other: 1 },
      d: 'plain',
    });
    expect(value.a.$secret).toBe('x');
  });
});
