import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyFluxSignature } from '../../../src/alerts/sources/verify-flux-signature.ts';

const key = 'b3f1c0ffee';
const rawBody = Buffer.from('{"involvedObject":{"kind":"HelmRelease","name":"podinfo"},"reason":"UpgradeFailed"}');
const sign = (algorithm: string, body = rawBody, secret = key) =>
  `${algorithm}=${createHmac(algorithm, secret).update(body).digest('hex')}`;

describe('verifyFluxSignature', () => {
  it('accepts the sha256 signature notification-controller sends', () => {
    expect(verifyFluxSignature({ signatureHeader: sign('sha256'), rawBody, key })).toEqual({ ok: true });
  });

  it('accepts the other algorithms Flux documents (sha512)', () => {
    expect(verifyFluxSignature({ signatureHeader: sign('sha512'), rawBody, key })).toEqual({ ok: true });
  });

  it('rejects a signature made with another key', () => {
    const result = verifyFluxSignature({ signatureHeader: sign('sha256', rawBody, 'other-key'), rawBody, key });
    expect(result).toEqual({ ok: false, reason: 'signature mismatch' });
  });

  it('rejects a body changed after signing', () => {
    const tampered = Buffer.from(rawBody.toString().replace('UpgradeFailed', 'UpgradeSucceeded'));
    expect(verifyFluxSignature({ signatureHeader: sign('sha256'), rawBody: tampered, key }).ok).toBe(false);
  });

  it('rejects a missing header, an unknown algorithm and malformed hex', () => {
    expect(verifyFluxSignature({ signatureHeader: undefined, rawBody, key })).toEqual({
      ok: false,
      reason: 'missing X-Signature header',
    });
    expect(verifyFluxSignature({ signatureHeader: sign('md5'), rawBody, key }).ok).toBe(false);
    expect(verifyFluxSignature({ signatureHeader: 'sha256=zz', rawBody, key })).toEqual({
      ok: false,
      reason: 'malformed signature',
    });
    expect(verifyFluxSignature({ signatureHeader: ['a', 'b'], rawBody, key }).ok).toBe(false);
  });

  it('rejects everything when the cluster has no key', () => {
    expect(verifyFluxSignature({ signatureHeader: sign('sha256'), rawBody, key: undefined })).toEqual({
      ok: false,
      reason: 'no webhook key for this cluster',
    });
  });
});
