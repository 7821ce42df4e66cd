// `logs --previous` reads the container instance before the last restart. Without a restart there is
// none, and the API server's BadRequest ("previous terminated container … not found") reads like a
// fault; say what it means instead.
import type { V1Pod } from '@kubernetes/client-node';
import { type Locale, t } from '../../replies/catalog/index.ts';
import { describeKubeError } from '../access/kube-errors.ts';

export function restartCount(pod: V1Pod, container: string): number {
  return pod.status?.containerStatuses?.find((s) => s.name === container)?.restartCount ?? 0;
}

export function noPreviousLogMessage(controller: string, restarts: number, locale: Locale = 'en'): string {
  if (restarts === 0) return t(locale, 'cluster.previousLog.noRestart', { controller });
  // The pod was replaced or its previous instance already collected: the kubelet keeps only one.
  return t(locale, 'cluster.previousLog.gone', { controller, restarts });
}

/** The API server's answer when there is no terminated instance to read. */
export function isNoPreviousContainerError(error: unknown): boolean {
  const info = describeKubeError(error);
  return info.statusCode === 400 && /previous terminated container .* not found/.test(info.message);
}
