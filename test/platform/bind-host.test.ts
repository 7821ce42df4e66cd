import { describe, expect, it } from 'vitest';
import { chooseBindHost, isLoopbackHost } from '../../src/platform/bind-host.ts';

describe('chooseBindHost', () => {
  const open = ['Teams /api/messages (no MicrosoftAppId)'];

  it('binds 127.0.0.1 when HOST is unset and an ingress runs without authentication', () => {
    expect(chooseBindHost(undefined, open)).toEqual({ host: '127.0.0.1' });
  });

  it('binds every interface when HOST is unset and every ingress authenticates', () => {
    expect(chooseBindHost(undefined, [])).toEqual({ host: '0.0.0.0' });
  });

  it('uses an explicit HOST and warns when it exposes an open ingress', () => {
    const choice = chooseBindHost('0.0.0.0', open);
    expect(choice.host).toBe('0.0.0.0');
    expect(choice.warning).toContain(
      'HOST=0.0.0.0 serves Teams /api/messages (no MicrosoftAppId) WITHOUT AUTHENTICATION',
    );
    expect(choice.warning).toContain('unset HOST');
  });

  it('does not warn for an explicit loopback HOST or when nothing is open', () => {
    expect(chooseBindHost('127.0.0.1', open)).toEqual({ host: '127.0.0.1' });
    expect(chooseBindHost('::1', open)).toEqual({ host: '::1' });
    expect(chooseBindHost('0.0.0.0', [])).toEqual({ host: '0.0.0.0' });
  });

  it('knows the loopback names', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '127.0.0.1.example.com']) expect(isLoopbackHost(host)).toBe(false);
  });
});
