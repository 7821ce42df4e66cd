import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SchemaNode } from './crd-schema.ts';

/** notification-controller releases whose CRDs test/fixtures/flux-crds/ holds (see its README). */
export const NOTIFICATION_CONTROLLER_TAGS = ['v1.6.0', 'v1.7.5', 'v1.9.3'] as const;

/** The `openAPIV3Schema` one served version of a notification-controller CRD declares. */
export function notificationSchema(
  tag: (typeof NOTIFICATION_CONTROLLER_TAGS)[number],
  plural: 'alerts' | 'providers',
  version: string,
): SchemaNode {
  const url = new URL(
    `../fixtures/flux-crds/notification-controller/${tag}/notification.toolkit.fluxcd.io_${plural}.yaml`,
    import.meta.url,
  );
  const crd = parse(readFileSync(url, 'utf8')) as {
    spec: { versions: { name: string; served: boolean; schema: { openAPIV3Schema: SchemaNode } }[] };
  };
  const served = crd.spec.versions.find((v) => v.name === version && v.served);
  if (!served) throw new Error(`${tag} ${plural} does not serve ${version}`);
  return served.schema.openAPIV3Schema;
}
