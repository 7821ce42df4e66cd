// Public surface of the ARM stand-in; everything else in this folder is internal.
export { createSelfSignedCertificate } from './cert.ts';
export type { FailNextOptions, OperationFailure } from './faults.ts';
export { FaultInjector } from './faults.ts';
export { compareVersions, LATEST_FLUX_VERSION } from './flux-versions.ts';
export type {
  ComplianceState,
  ExtensionResource,
  FluxConfigurationResource,
  ObjectStatus,
  OperationStatusResource,
  ProvisioningState,
  SandboxCluster,
} from './model.ts';
export type { RecordedRequest } from './request-log.ts';
export { REDACTED } from './request-log.ts';
export { createSandboxSdkClient, sandboxCredential, sandboxHttpClient } from './sdk-client.ts';
export type { SandboxSeed, SeedCluster, SeedExtension, SeedFluxConfiguration, TutorialSeedOptions } from './seed.ts';
export { TUTORIAL_RESOURCE_GROUP, tutorialSeed } from './seed.ts';
export type { ArmSandbox, ArmSandboxOptions } from './server.ts';
export { startArmSandbox } from './server.ts';
export type { ConfigChangedEvent, ExtensionChangedEvent, SandboxWorldEvents } from './store.ts';
export { TUTORIAL_COMMIT, TUTORIAL_REPOSITORY_URL } from './tutorial-repo.ts';
export type { ClusterExtension, ClusterFluxConfiguration, ClusterSelector } from './world.ts';
export { SandboxWorld } from './world.ts';
