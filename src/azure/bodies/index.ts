/** Typed command → ARM request body. Pure functions; bodies carry real secrets (they go to ARM only). */
export { extensionBody } from './extension-body.ts';
export { extensionPatchBody } from './extension-patch-body.ts';
export { fluxConfigurationBody } from './flux-configuration-body.ts';
export { fluxConfigurationPatchBody } from './flux-configuration-patch-body.ts';
export { type KustomizationChangeCommand, kustomizationPatchBody } from './kustomization-patch-body.ts';
export type * from './types.ts';
