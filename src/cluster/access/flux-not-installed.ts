// "Flux is not installed" said one way everywhere: `status` on a cluster that never had microsoft.flux,
// and any command after the extension was deleted (its CRDs, so every Flux API, went with it).

export function fluxNotInstalledMessage(cluster: string): string {
  return (
    `Flux is not installed on ${cluster} (microsoft.flux extension missing): the cluster serves no toolkit.fluxcd.io APIs. ` +
    '`flux create` installs microsoft.flux for you, or run `extension create -n flux --extension-type microsoft.flux`.'
  );
}

/** Thrown where a command needs a Flux object but the cluster serves no Flux kind at all. */
export class FluxNotInstalledError extends Error {
  override readonly name = 'FluxNotInstalledError';
  constructor(cluster: string) {
    super(fluxNotInstalledMessage(cluster));
  }
}
