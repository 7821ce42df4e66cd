import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { describe, expect, it } from 'vitest';
import { armTokenReadiness } from '../../src/azure/arm-token-readiness.ts';

/** A TokenCredential that counts its calls and answers as told (the token endpoint's stand-in). */
class CountingCredential implements TokenCredential {
  calls: string[] = [];
  failWith: Error | undefined;
  async getToken(scope: string | string[]): Promise<AccessToken | null> {
    this.calls.push(String(scope));
    if (this.failWith) throw this.failWith;
    return { token: 'not-a-real-token', expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}

describe('armTokenReadiness', () => {
  const scope = 'https://management.azure.com/.default';

  it('asks for a token of the ARM scope and reuses a success for a minute', async () => {
    const credential = new CountingCredential();
    let now = 0;
    const check = armTokenReadiness(credential, scope, () => now);
    expect(await check()).toBeUndefined();
    now = 59_000;
    expect(await check()).toBeUndefined();
    expect(credential.calls).toEqual([scope]);
    now = 60_001;
    await check();
    expect(credential.calls).toHaveLength(2);
  });

  it('reports the first line of a failure, reuses it for 10 s, then asks again', async () => {
    const credential = new CountingCredential();
    credential.failWith = new Error('DefaultAzureCredential failed to retrieve a token.\nEnvironmentCredential …');
    let now = 0;
    const check = armTokenReadiness(credential, scope, () => now);
    expect(await check()).toBe('no ARM token: DefaultAzureCredential failed to retrieve a token.');
    now = 9_000;
    await check();
    expect(credential.calls).toHaveLength(1);
    credential.failWith = undefined;
    now = 10_001;
    expect(await check()).toBeUndefined();
    expect(credential.calls).toHaveLength(2);
  });

  it('lets concurrent probes share one token request', async () => {
    const credential = new CountingCredential();
    const check = armTokenReadiness(credential, scope);
    await Promise.all([check(), check(), check()]);
    expect(credential.calls).toHaveLength(1);
  });
});
