/**
 * Subscription filters, and `--exclude` patterns run on RE2 so no pattern can freeze the engine.
 */
import { describe, expect, it } from 'vitest';
import { type Subscription, subscriptionMatches } from '../../../src/alerts/engine/subscription.ts';
import { subscription } from '../../support/alerts/alerts-app.ts';

const rd = (exclude: string): Subscription => ({
  id: 'sub-1',
  ...subscription('slack', 'C-RD', { namespaces: ['rd'], exclude }),
});
const event = (name: string) => ({ cluster: 'arc', kind: 'Kustomization', namespace: 'rd', name });

describe('subscriptionMatches with --exclude', () => {
  it('routes an event past the catastrophic ^([A-Za-z/-]+)+X$ at once (a backtracking engine took ~40 s)', () => {
    const started = performance.now();
    // "Kustomization/rd/appsbackends": 29 characters.
    expect(subscriptionMatches(rd('^([A-Za-z/-]+)+X$'), event('appsbackends'), 'error')).toBe(true);
    expect(subscriptionMatches(rd('^([A-Za-z/-]+)+X$'), event('appsX'), 'error')).toBe(false);
    // A freeze guard, not a speed goal.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('excludes what the pattern matches and nothing else', () => {
    expect(subscriptionMatches(rd('^Kustomization/rd/infra$'), event('infra'), 'error')).toBe(false);
    expect(subscriptionMatches(rd('^Kustomization/rd/infra$'), event('infra-2'), 'error')).toBe(true);
  });

  it('lets everything through for a stored pattern RE2 refuses (saved before patterns were checked for RE2)', () => {
    expect(subscriptionMatches(rd('(infra)\\1'), event('infrainfra'), 'error')).toBe(true);
    expect(subscriptionMatches(rd('^(?!apps)'), event('infra'), 'error')).toBe(true);
  });
});
