import type { FoundObject } from '../../../src/cluster/access/flux-cluster.ts';
import { renderDisplay } from '../../../src/commands/kinds/index.ts';
import type { ClusterTarget } from '../../../src/commands/types.ts';

/**
 * The command a reply suggests next for the object it acted on (`resume` after a suspend, `reconcile`
 * after a resume that had nothing to do): its namespace, kind and cluster spelled out, so it runs as
 * pasted even where the name exists in several namespaces or the channel has no `use` context.
 */
export function followUpCommand(kind: 'resume' | 'reconcile', found: FoundObject, target: ClusterTarget): string {
  const named = {
    name: found.object.metadata.name,
    namespace: found.object.metadata.namespace,
    objectKind: found.kind,
    target,
    yes: false,
    noWait: false,
    warnings: [],
  };
  return renderDisplay(kind === 'resume' ? { kind, ...named } : { kind, ...named, withSource: false });
}
