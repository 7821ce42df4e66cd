import { describe, expect, it } from 'vitest';
import { auditCell } from '../../src/replies/audit-cell.ts';

/** Audit rows keep every name whole and shorten only long flag values of long commands. */
describe('auditCell', () => {
  it('leaves a command of up to 80 characters as it is', () => {
    expect(auditCell('az k8s-configuration flux list -g rg -c arc -t connectedClusters')).toBe(
      'az k8s-configuration flux list -g rg -c arc -t connectedClusters',
    );
  });

  it('drops the az prefix and cuts long non-name values, never a name', () => {
    const url = 'https://github.com/Azure/gitops-flux2-kustomize-helm-mt';
    expect(
      auditCell(
        `az k8s-configuration flux create -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config -u ${url} --branch main`,
      ),
    ).toBe(
      'flux create -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n cluster-config -u https://git…mize-helm-mt --branch main',
    );
    expect(
      auditCell(
        'az k8s-extension delete -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --subscription 11111111-2222-3333-4444-555555555555',
      ),
    ).toBe(
      'extension delete -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --subscription 11111111-2222-3333-4444-555555555555',
    );
  });

  it('keeps the end of a long setting, so drift on and drift off read apart', () => {
    const command = (value: string) =>
      `az k8s-extension update -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --config helm-controller.detectDrift=${value}`;
    expect(auditCell(command('true'))).toBe(
      'extension update -g flux-demo-rg -c flux-demo-arc -t connectedClusters -n flux --config helm-contro…ctDrift=true',
    );
    expect(auditCell(command('false'))).toContain('--config helm-contro…tDrift=false');
  });
});
