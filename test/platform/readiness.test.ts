import { describe, expect, it } from 'vitest';
import { checkReadiness } from '../../src/platform/readiness.ts';

describe('checkReadiness', () => {
  it('is ready when every check is', async () => {
    expect(await checkReadiness({ a: async () => undefined, b: async () => undefined })).toEqual({
      ready: true,
      checks: { a: 'ok', b: 'ok' },
      notReady: [],
    });
  });

  it('names the checks that are not ready, a throwing one included, in check order', async () => {
    const report = await checkReadiness({
      redis: async () => 'Redis does not answer PING',
      workers: async () => undefined,
      arm: async () => {
        throw new Error('token endpoint unreachable');
      },
    });
    expect(report.ready).toBe(false);
    expect(report.notReady).toEqual(['redis', 'arm']);
    expect(report.checks).toEqual({
      redis: 'Redis does not answer PING',
      workers: 'ok',
      arm: 'check failed: token endpoint unreachable',
    });
  });

  it('does not wait for a check that never answers', async () => {
    const report = await checkReadiness({ stuck: () => new Promise(() => {}) }, 50);
    expect(report).toEqual({ ready: false, checks: { stuck: 'no answer within 50 ms' }, notReady: ['stuck'] });
  });
});
