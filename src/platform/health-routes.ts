import type { Router } from './http-router.ts';
import { sendJson } from './http-router.ts';
import type { ReadinessReport } from './readiness.ts';

/** The fields every readiness answer carries besides the report (kept from the old /healthz answer). */
export interface HealthIdentity {
  mode: 'sandbox' | 'azure';
  role: string;
  /** The producer connection's state as ioredis names it (`ready`, `reconnecting`, …). */
  redis: () => string;
}

/**
 * Registers the probes. Rules: 1. `/livez` answers 200 `{status: "ok"}` while the process serves
 * HTTP at all, whatever its dependencies do (a restart would not fix them); 2. `/readyz` answers 200
 * `{status: "ok", …}` when every readiness check passes, else 503 `{status: "not ready", notReady,
 * checks, …}` naming what is not; 3. `/healthz` is /readyz's answer under its old name, with the
 * old fields (`status`, `mode`, `role`, `redis`) kept.
 */
export function registerHealthRoutes(
  router: Router,
  identity: HealthIdentity,
  readiness: () => Promise<ReadinessReport>,
): void {
  router.add('GET', '/livez', (_req, res) => sendJson(res, 200, { status: 'ok' }));
  const ready = async (res: Parameters<Parameters<Router['add']>[2]>[1]) => {
    const report = await readiness();
    sendJson(res, report.ready ? 200 : 503, {
      status: report.ready ? 'ok' : 'not ready',
      mode: identity.mode,
      role: identity.role,
      redis: identity.redis(),
      notReady: report.notReady,
      checks: report.checks,
    });
  };
  router.add('GET', '/readyz', (_req, res) => ready(res));
  router.add('GET', '/healthz', (_req, res) => ready(res));
}
