import { describe, expect, it } from 'vitest';
import { createSealer } from '../../src/platform/seal.ts';

describe('createSealer', () => {
  const key = Buffer.alloc(32, 7).toString('base64');

  it('seals only secret values and opens them again', () => {
    const sealer = createSealer(key);
    const command = {
      kind: 'flux.create',
      url: 'https://x',
      source: { httpsKey: { $secret: 'p@ss' } },
      list: [{ $secret: 'b' }],
    };
    const sealed = sealer.seal(command);
    expect(JSON.stringify(sealed)).not.toContain('p@ss');
    expect(sealed.url).toBe('https://x');
    expect(sealed.source.httpsKey.$secret.startsWith('sealed:v1:')).toBe(true);
    expect(sealer.open(sealed)).toEqual(command);
  });

  it('cannot be opened with another key', () => {
    const sealed = createSealer(key).seal({ s: { $secret: 'token' } });
    expect(() => createSealer(Buffer.alloc(32, 8).toString('base64')).open(sealed)).toThrow();
  });
});
