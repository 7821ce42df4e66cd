// `flux kustomization create|update|delete` → FluxConfigurationPatch with one kustomization (docs/upstream.md §1.2).
//
// Rules:
// 1. create sends `path: ""` when no --path is given (the CLI's create default) plus the given fields.
// 2. update sends only the given fields (the CLI re-sends `wait: true` — a quirk not copied).
// 3. delete sends `{ kustomizations: { name: null } }`.
import type { KustomizationCreateCommand } from '../../commands/kinds/kustomization-create.ts';
import type { KustomizationDeleteCommand } from '../../commands/kinds/kustomization-delete.ts';
import type { KustomizationUpdateCommand } from '../../commands/kinds/kustomization-update.ts';
import { kustomizationBody } from './kustomization-body.ts';
import type { FluxConfigurationPatchBody, KustomizationBody } from './types.ts';

export type KustomizationChangeCommand =
  | KustomizationCreateCommand
  | KustomizationUpdateCommand
  | KustomizationDeleteCommand;

export function kustomizationPatchBody(cmd: KustomizationChangeCommand): FluxConfigurationPatchBody {
  let name: string;
  let value: KustomizationBody | null;
  if (cmd.kind === 'kustomization.delete') {
    name = cmd.kustomizationName;
    value = null;
  } else {
    name = cmd.kustomization.name;
    const body = kustomizationBody(cmd.kustomization);
    value = cmd.kind === 'kustomization.create' ? { path: '', ...body } : body;
  }
  const kustomizations: Record<string, KustomizationBody | null> = {};
  Object.defineProperty(kustomizations, name, { value, enumerable: true, writable: true, configurable: true });
  return { properties: { kustomizations } };
}
