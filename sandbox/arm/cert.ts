// A throw-away self-signed certificate for the sandbox's HTTPS listener.
// The Azure SDK refuses to send bearer tokens over plain http, so the stand-in must speak TLS;
// clients trust it by passing `caPem` (the certificate itself) as their CA.
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import {
  bitString,
  booleanTrue,
  explicit,
  objectIdentifier,
  octetString,
  sequence,
  set,
  smallInteger,
  time,
  tlv,
  unsignedInteger,
  utf8String,
} from './der.ts';

export interface SandboxCertificate {
  /** PEM certificate; doubles as the CA clients must trust. */
  certPem: string;
  /** PEM PKCS#8 private key. Lives only in memory; never log it. */
  keyPem: string;
}

const OID = {
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  extendedKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
};

const VALID_FOR_MS = 7 * 24 * 60 * 60 * 1000;

function distinguishedName(commonName: string): Buffer {
  return sequence(
    set(sequence(objectIdentifier(OID.organization), utf8String('fluxops sandbox'))),
    set(sequence(objectIdentifier(OID.commonName), utf8String(commonName))),
  );
}

function extension(oid: string, critical: boolean, value: Buffer): Buffer {
  return critical
    ? sequence(objectIdentifier(oid), booleanTrue(), octetString(value))
    : sequence(objectIdentifier(oid), octetString(value));
}

function ipv4Bytes(address: string): Buffer | undefined {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return undefined;
  return Buffer.from(parts);
}

function subjectAltNames(hosts: readonly string[]): Buffer {
  const names = hosts.map((host) => {
    const ip = ipv4Bytes(host);
    // [7] iPAddress and [2] dNSName, both IMPLICIT (primitive context tags).
    return ip ? tlv(0x87, ip) : tlv(0x82, Buffer.from(host, 'ascii'));
  });
  return sequence(...names);
}

/**
 * Creates an ECDSA P-256 certificate valid for `hosts` (IPv4 addresses or DNS names) for one week.
 * It is marked as a CA so that Node/OpenSSL accept it as its own trust anchor.
 */
export function createSelfSignedCertificate(hosts: readonly string[]): SandboxCertificate {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const now = Date.now();
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f; // positive, non-zero length

  const signatureAlgorithm = sequence(objectIdentifier(OID.ecdsaWithSha256));
  const name = distinguishedName('fluxops ARM sandbox');
  const keyIdentifier = createHash('sha1').update(spki).digest();
  const extensions = sequence(
    extension(OID.basicConstraints, true, sequence(booleanTrue())),
    // digitalSignature (bit 0) + keyCertSign (bit 5): 1000 0100, two unused trailing bits.
    extension(OID.keyUsage, true, bitString(Buffer.from([0x84]), 2)),
    extension(OID.extendedKeyUsage, false, sequence(objectIdentifier(OID.serverAuth))),
    extension(OID.subjectAltName, false, subjectAltNames(hosts)),
    extension(OID.subjectKeyIdentifier, false, octetString(keyIdentifier)),
  );

  const tbsCertificate = sequence(
    explicit(0, smallInteger(2)), // X.509 v3
    unsignedInteger(serial),
    signatureAlgorithm,
    name,
    sequence(time(new Date(now - 60_000)), time(new Date(now + VALID_FOR_MS))),
    name,
    spki,
    explicit(3, extensions),
  );
  const signature = sign('sha256', tbsCertificate, privateKey);
  const certificate = sequence(tbsCertificate, signatureAlgorithm, bitString(signature));

  const base64Lines = certificate.toString('base64').match(/.{1,64}/g) ?? [];
  return {
    certPem: `-----BEGIN CERTIFICATE-----\n${base64Lines.join('\n')}\n-----END CERTIFICATE-----\n`,
    keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}
