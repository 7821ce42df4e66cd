import type { FluxCluster, FoundObject } from '../../../src/cluster/access/flux-cluster.ts';
import { resolveFluxObject } from '../../../src/cluster/ops/resolve-flux-object.ts';
import { renderDisplay } from '../../../src/commands/kinds/index.ts';
import type { CommandOfKind } from '../../../src/commands/types.ts';
import type { Locale } from '../../../src/replies/catalog/index.ts';

type NamingCommand = CommandOfKind<'reconcile'> | CommandOfKind<'suspend'> | CommandOfKind<'resume'>;

/**
 * The object `reconcile`, `suspend` or `resume` names, looked up in its namespace when the command
 * gives one. A name several namespaces share is refused with this very command, `--namespace` added
 * for the first match, as the example to run again.
 */
export function resolveNamedObject(cluster: FluxCluster, command: NamingCommand, locale: Locale): Promise<FoundObject> {
  const { safety: _safety, display: _display, shortForm: _shortForm, ...draft } = command;
  return resolveFluxObject(
    cluster,
    { name: command.name, namespace: command.namespace, kind: command.objectKind },
    { locale, again: (namespace) => renderDisplay({ ...draft, namespace }) },
  );
}
