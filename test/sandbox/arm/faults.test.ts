// The fault injector and its SANDBOX_FAULTS string form.
import { describe, expect, it } from 'vitest';
import { FaultInjector } from '../../../sandbox/arm/faults.ts';
import { armRequest } from '../../support/sandbox/arm-request.ts';
import { clusterPath, fastSandbox } from '../../support/sandbox/arm-sandbox.ts';

const PATH =
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Kubernetes/connectedClusters/c/providers/Microsoft.KubernetesConfiguration/fluxConfigurations/x';

describe('FaultInjector', () => {
  it('parses throttle, 5xx, fail and fail-op items in order', () => {
    const faults = new FaultInjector();
    faults.parse('throttle:2:5, 5xx:1:503, fail:409:Conflict:1, fail-op:ExtensionCreationFailed:helm: timed out');
    expect(faults.pending()).toEqual({ requests: 4, operations: 1 });

    const first = faults.takeRequestFault('GET', PATH);
    expect(first).toMatchObject({
      status: 429,
      code: 'SubscriptionRequestsThrottled',
      extra: { retryAfterSeconds: 5 },
    });
    expect(faults.takeRequestFault('PUT', PATH)?.status).toBe(429);
    expect(faults.takeRequestFault('GET', PATH)).toMatchObject({ status: 503, code: 'ServiceUnavailable' });
    expect(faults.takeRequestFault('GET', PATH)).toMatchObject({ status: 409, code: 'Conflict' });
    expect(faults.takeRequestFault('GET', PATH)).toBeUndefined();
    expect(faults.takeOperationFailure('extensions')).toEqual({
      code: 'ExtensionCreationFailed',
      message: 'helm: timed out',
      collection: undefined,
    });
    expect(faults.pending()).toEqual({ requests: 0, operations: 0 });
  });

  it('scopes faults with @METHOD and @/path', () => {
    const faults = new FaultInjector();
    faults.parse('5xx:1@DELETE,throttle:1@GET/extensions');
    expect(faults.takeRequestFault('GET', PATH)).toBeUndefined();
    expect(faults.takeRequestFault('DELETE', PATH)?.status).toBe(500);
    expect(faults.takeRequestFault('GET', `${PATH.replace('fluxConfigurations', 'extensions')}`)?.status).toBe(429);
  });

  it('limits failNextOperation to a collection when asked', () => {
    const faults = new FaultInjector();
    faults.failNextOperation('FluxConfigurationFailed', 'bad', 'fluxConfigurations');
    expect(faults.takeOperationFailure('extensions')).toBeUndefined();
    expect(faults.takeOperationFailure('fluxConfigurations')?.code).toBe('FluxConfigurationFailed');
  });

  it('rejects malformed SANDBOX_FAULTS items with a message naming them', () => {
    const faults = new FaultInjector();
    expect(() => faults.parse('explode:1')).toThrow(/unknown fault 'explode:1'/);
    expect(() => faults.parse('throttle:many')).toThrow(/'many' in 'throttle:many' is not a whole number/);
    expect(() => faults.parse('fail:200:Ok')).toThrow(/needs fail:STATUS:CODE/);
    expect(() => faults.parse('fail-op')).toThrow(/needs fail-op:CODE/);
    expect(() => faults.parse('5xx:1@???')).toThrow(/bad scope/);
  });

  it('clear() drops everything pending', () => {
    const faults = new FaultInjector();
    faults.throttleNext(3, 1);
    faults.failNextOperation('X');
    faults.clear();
    expect(faults.pending()).toEqual({ requests: 0, operations: 0 });
  });
});

describe('faults option', () => {
  it('arms SANDBOX_FAULTS at start', async () => {
    const sandbox = await fastSandbox({ faults: 'throttle:1:7@PUT' });
    try {
      const get = await armRequest(sandbox, 'GET', `${clusterPath()}/extensions`);
      expect(get.status).toBe(200);
      const put = await armRequest(sandbox, 'PUT', `${clusterPath()}/extensions/flux`, {
        properties: { extensionType: 'microsoft.flux' },
      });
      expect(put.status).toBe(429);
      expect(put.headers['retry-after']).toBe('7');
      expect(sandbox.world.extensions()).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });
});
