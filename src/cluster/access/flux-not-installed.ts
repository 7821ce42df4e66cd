// "Flux is not installed" said one way everywhere: `status` on a cluster that never had microsoft.flux,
// and any command after the extension was deleted (its CRDs, so every Flux API, went with it).
import { type Locale, t } from '../../replies/catalog/index.ts';

export function fluxNotInstalledMessage(cluster: string, locale: Locale = 'en'): string {
  return t(locale, 'cluster.fluxNotInstalled', { cluster });
}

/** Thrown where a command needs a Flux object but the cluster serves no Flux kind at all. */
export class FluxNotInstalledError extends Error {
  override readonly name = 'FluxNotInstalledError';
  /** Kept so a handler can say it again in its reader's language. */
  readonly cluster: string;
  constructor(cluster: string) {
    super(fluxNotInstalledMessage(cluster));
    this.cluster = cluster;
  }
}
