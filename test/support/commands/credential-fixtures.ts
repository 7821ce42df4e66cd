/** Credential-shaped inputs for parser tests: base64, a known_hosts line, a PEM key envelope. */

/** base64 of text. */
export const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** GitHub's published ed25519 host key (public data). */
export const KNOWN_HOSTS_LINE =
  'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';

/** A PEM-shaped OpenSSH key block (shape only: the parser checks the envelope, not the key material). */
export const PEM_KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n-----END OPENSSH PRIVATE KEY-----\n';
