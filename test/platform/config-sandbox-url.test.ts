import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';

/** FLUXOPS_SANDBOX_URL: sandbox mode against the standalone sandbox, checked like every setting. */
describe('FLUXOPS_SANDBOX_URL', () => {
  it('implies sandbox mode, even with a subscription set', () => {
    const config = loadConfig({
      FLUXOPS_SANDBOX_URL: 'http://127.0.0.1:3990',
      AZURE_SUBSCRIPTION_ID: '11111111-1111-1111-1111-111111111111',
    });
    expect(config.sandbox).toBe(true);
    expect(config.sandboxOptions.url).toBe('http://127.0.0.1:3990');
    expect(config.sandboxOptions.port).toBe(3990);
  });

  it('is refused when it is no http(s) URL, with an example', () => {
    expect(() => loadConfig({ FLUXOPS_SANDBOX_URL: '127.0.0.1:3990' })).toThrow(
      'Invalid FLUXOPS_SANDBOX_URL="127.0.0.1:3990": must be an http(s) URL. Example: FLUXOPS_SANDBOX_URL=http://127.0.0.1:3990',
    );
  });

  it('is refused together with FLUXOPS_SANDBOX=false', () => {
    expect(() => loadConfig({ FLUXOPS_SANDBOX_URL: 'http://127.0.0.1:3990', FLUXOPS_SANDBOX: 'false' })).toThrow(
      'Invalid FLUXOPS_SANDBOX="false": FLUXOPS_SANDBOX_URL names a sandbox; unset one of them. Example: FLUXOPS_SANDBOX_URL=http://127.0.0.1:3990',
    );
  });

  it('takes SANDBOX_PORT 0 (a free port) and refuses one out of range', () => {
    expect(loadConfig({ SANDBOX_PORT: '0' }).sandboxOptions.port).toBe(0);
    expect(() => loadConfig({ SANDBOX_PORT: '70000' })).toThrow(
      'Invalid SANDBOX_PORT="70000": must be a whole number from 0 to 65535 (0 picks a free port). Example: SANDBOX_PORT=3990',
    );
  });
});
