// The ARM stand-in: an HTTPS server speaking the Microsoft.KubernetesConfiguration 2023-05-01 contract for
// extensions and fluxConfigurations, so sandbox mode and tests can drive the real Azure SDK against it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createSelfSignedCertificate } from './cert.ts';
import { ArmError } from './errors.ts';
import { FaultInjector } from './faults.ts';
import { readBody, sendArmError, sendJson } from './http-io.ts';
import { OperationTracker } from './operations.ts';
import { type RecordedRequest, redactSecrets } from './request-log.ts';
import { routeArmRequest } from './router.ts';
import { Scheduler } from './scheduler.ts';
import { applySeed, type SandboxSeed, seedClusters, tutorialSeed } from './seed.ts';
import type { StandInState } from './stand-in-state.ts';
import { ResourceStore } from './store.ts';
import { SandboxWorld } from './world.ts';

export interface ArmSandboxOptions {
  subscriptionId: string;
  /** Pending → Compliant delay after provisioning (SANDBOX_RECONCILE_MS); default 3000. */
  reconcileMs?: number;
  /**
   * How long the simulated Flux agent's status report takes to reach ARM (SANDBOX_AGENT_RELAY; the real
   * agent relays about once a minute); default 0, at once.
   */
  agentRelayMs?: number;
  /** How long each PUT/PATCH/DELETE operation runs; default 1000. */
  operationDelayMs?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** Default: the tutorial world (flux-demo-rg, flux-demo-arc, flux-demo-aks, no extension). */
  seed?: SandboxSeed;
  /** Faults to arm at start, in SANDBOX_FAULTS syntax (see faults.ts). */
  faults?: string;
  /** Items per list page; default 100. */
  listPageSize?: number;
}

export interface ArmSandbox {
  /** `https://127.0.0.1:PORT`; pass as the SDK's `endpoint`. */
  url: string;
  /** The self-signed certificate to trust. */
  caPem: string;
  requests: RecordedRequest[];
  faults: FaultInjector;
  world: SandboxWorld;
  close(): Promise<void>;
}

export async function startArmSandbox(options: ArmSandboxOptions): Promise<ArmSandbox> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? tutorialSeed();
  const store = new ResourceStore(seedClusters(seed, options.subscriptionId));
  const scheduler = new Scheduler();
  const faults = new FaultInjector();
  if (options.faults) faults.parse(options.faults);
  const context: StandInState = {
    store,
    scheduler,
    operations: new OperationTracker(scheduler, faults),
    timing: {
      operationDelayMs: options.operationDelayMs ?? 1000,
      reconcileMs: options.reconcileMs ?? 3000,
      agentRelayMs: options.agentRelayMs ?? 0,
      listPageSize: options.listPageSize ?? 100,
    },
  };
  applySeed(context, seed);
  const requests: RecordedRequest[] = [];
  const certificate = createSelfSignedCertificate([...new Set([host, '127.0.0.1', 'localhost'])]);
  const server = createServer({ key: certificate.keyPem, cert: certificate.certPem }, (request, response) => {
    handle(context, faults, requests, request, response).catch((error: unknown) => {
      // Only reached if writing the response itself failed; nothing sensible left to send.
      response.destroy(error instanceof Error ? error : undefined);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    caPem: certificate.certPem,
    requests,
    faults,
    world: new SandboxWorld(store),
    close: async () => {
      scheduler.cancelAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(
  context: StandInState,
  faults: FaultInjector,
  requests: RecordedRequest[],
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = (request.method ?? 'GET').toUpperCase();
  const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'localhost'}`);
  const recorded: RecordedRequest = {
    method,
    path: url.pathname,
    query: url.search.replace(/^\?/, ''),
    body: undefined,
    at: new Date().toISOString(),
  };
  requests.push(recorded);
  response.on('finish', () => {
    recorded.status = response.statusCode;
  });
  try {
    const bodyText = await readBody(request);
    recorded.body = recordedBody(bodyText);
    // ARM authenticates before anything else; any bearer token is accepted here.
    if (!/^Bearer\s+\S+/i.test(request.headers.authorization ?? '')) {
      throw new ArmError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.");
    }
    const fault = faults.takeRequestFault(method, url.pathname);
    if (fault) throw fault;
    const result = routeArmRequest(context, { method, url, bodyText, baseUrl: url.origin });
    sendJson(response, result.status, result.body, result.headers);
  } catch (error) {
    if (error instanceof ArmError) return sendArmError(response, error);
    sendArmError(response, new ArmError(500, 'InternalServerError', `The sandbox failed: ${(error as Error).message}`));
  }
}

function recordedBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return redactSecrets(JSON.parse(text));
  } catch {
    return text;
  }
}
