// `alerts subscribe` names its cluster with -g/-c/-t like every other command (it once refused them).
import { describe, expect, it } from 'vitest';
import { CONTEXT, messagesOf, parseOk } from '../../support/commands/parse.ts';

describe('alerts subscribe', () => {
  it('takes -g/-c/-t as the subscription’s cluster, filling the rest from the channel', () => {
    const command = parseOk('alerts subscribe -g flux-demo-rg -c flux-demo-aks -t managedClusters --severity info');
    expect(command).toMatchObject({
      kind: 'alerts.subscribe',
      severity: 'info',
      target: { resourceGroup: 'flux-demo-rg', clusterName: 'flux-demo-aks', clusterType: 'managedClusters' },
      display: 'alerts subscribe -g flux-demo-rg -c flux-demo-aks -t managedClusters --severity info',
    });
    expect(parseOk('alerts subscribe -c other-arc').target).toEqual({ ...CONTEXT, clusterName: 'other-arc' });
  });

  it('keeps --cluster for a name or alias, and refuses both ways at once', () => {
    expect(parseOk('alerts subscribe --cluster prod')).toMatchObject({ cluster: 'prod' });
    expect(messagesOf('alerts subscribe --cluster prod -c flux-demo-arc')).toEqual([
      '`alerts subscribe` got the cluster twice: --cluster and --cluster-name.',
    ]);
  });
});
