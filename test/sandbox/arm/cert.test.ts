// The self-signed certificate made with node's crypto only.
import { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from '../../../sandbox/arm/cert.ts';
import type { ArmSandbox } from '../../../sandbox/arm/server.ts';
import { fastSandbox } from '../../support/sandbox/arm-sandbox.ts';

let sandbox: ArmSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
});

function tlsStatus(url: string, ca?: string): Promise<string> {
  return new Promise((resolve) => {
    const outgoing = request(url, { ca }, (response) => {
      response.resume();
      resolve(`HTTP ${response.statusCode}`);
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    outgoing.end();
  });
}

describe('sandbox certificate', () => {
  it('is a parseable CA certificate for the given hosts, valid now', () => {
    const { certPem, keyPem } = createSelfSignedCertificate(['127.0.0.1', 'localhost']);
    const certificate = new X509Certificate(certPem);
    expect(certificate.ca).toBe(true);
    expect(certificate.subjectAltName).toBe('IP Address:127.0.0.1, DNS:localhost');
    expect(certificate.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(certificate.checkHost('localhost')).toBe('localhost');
    expect(new Date(certificate.validFrom).getTime()).toBeLessThanOrEqual(Date.now());
    expect(new Date(certificate.validTo).getTime()).toBeGreaterThan(Date.now() + 24 * 60 * 60 * 1000);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(keyPem).toContain('BEGIN PRIVATE KEY');
  });

  it('is trusted with caPem and refused without it', async () => {
    sandbox = await fastSandbox();
    expect(sandbox.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(await tlsStatus(`${sandbox.url}/`, sandbox.caPem)).toBe('HTTP 401');
    expect(await tlsStatus(`${sandbox.url}/`)).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });
});
