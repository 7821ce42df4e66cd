import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Router, sendJson } from '../../platform/http-router.ts';
import type { Logger } from '../../platform/logger.ts';
import { metrics } from '../../platform/metrics.ts';
import type { WebhookKeys } from '../stores/webhook-keys.ts';
import { claimedObject } from './claimed-object.ts';
import type { FluxEventSink } from './flux-event-sink.ts';
import { readFluxWebhookEvent } from './read-flux-webhook-event.ts';
import { readSignedBody } from './read-signed-body.ts';
import { readSignatureHeader, signatureMatches } from './verify-flux-signature.ts';

/**
 * POST /webhooks/flux/:cluster/:digest — notification-controller's generic-hmac Provider; the digest
 * names the cluster's full ARM id (webhook-id.ts), so each cluster has its own key. Verify, parse,
 * enqueue, answer 202: the transition work happens in a job, so Flux never waits on it.
 * POST /webhooks/flux/:cluster is the address `alerts setup` handed out before keys were per ARM id;
 * it verifies with a key stored under the bare name only, so Providers already deployed keep working.
 */
const WEBHOOK_PATH = '/webhooks/flux/:cluster/:digest';
const LEGACY_WEBHOOK_PATH = '/webhooks/flux/:cluster';
const DIGEST = /^[0-9a-f]{32}$/i;

/**
 * Nothing in Flux truncates an event: helm-controller's drift lists and kustomize-controller's change
 * sets grow with the objects (a 5,000-object change set is about 289 KB), and notification-controller
 * does not retry a 4xx, so a refused event is lost. 4 MiB holds some 70,000 changed objects.
 */
const WEBHOOK_BODY_LIMIT = 4 * 1024 * 1024;

const CLUSTER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

export interface WebhookDeps {
  keys: WebhookKeys;
  sink: FluxEventSink;
  logger: Logger;
}

export function registerFluxWebhook(router: Router, deps: WebhookDeps): void {
  router.add('POST', WEBHOOK_PATH, (req, res, params) =>
    handleFluxWebhook(req, res, params.cluster ?? '', params.digest ?? '', deps),
  );
  router.add('POST', LEGACY_WEBHOOK_PATH, (req, res, params) =>
    handleFluxWebhook(req, res, params.cluster ?? '', undefined, deps),
  );
}

async function handleFluxWebhook(
  req: IncomingMessage,
  res: ServerResponse,
  cluster: string,
  digest: string | undefined,
  deps: WebhookDeps,
): Promise<void> {
  // 1. Only cluster names and digests we could have issued a key for.
  if (!CLUSTER_NAME.test(cluster) || (digest !== undefined && !DIGEST.test(digest)))
    return reject(res, 404, 'unknown_cluster', { error: 'unknown cluster' });
  const webhookId = digest === undefined ? cluster : `${cluster}/${digest}`;
  // 2. The keys first (cached in memory): the current one keys the HMAC the body streams into; the one
  //    it replaced still verifies during the rotation grace. They live in Redis: while Redis is down,
  //    answer 503 so notification-controller retries.
  let keys: string[];
  try {
    keys = await deps.keys.valid(webhookId);
  } catch (error) {
    return queueUnavailable(res, cluster, error, deps.logger);
  }
  const [key, ...previous] = keys;
  // 3. The signature before anything else; failures look the same from outside and store nothing.
  const header = readSignatureHeader(req.headers['x-signature']);
  const refusal = !key ? 'no webhook key for this cluster' : header.ok ? undefined : header.reason;
  if (refusal !== undefined || !key || !header.ok) {
    deps.logger.warn({ cluster, reason: refusal }, 'flux webhook rejected');
    return reject(res, 401, 'signature', { error: 'invalid signature' });
  }
  //    Bounded body, streamed into the HMAC as it arrives: a webhook must not exhaust memory.
  const read = await readSignedBody(req, createHmac(header.algorithm, key), WEBHOOK_BODY_LIMIT);
  if (!read.ok) {
    deps.logger.warn(
      { cluster, object: claimedObject(read.head), bytes: read.received, limit: WEBHOOK_BODY_LIMIT },
      'flux webhook body over the limit; answered 413 and the event is lost (Flux does not retry a 4xx)',
    );
    reject(res, 413, 'too_large', { error: `body larger than ${WEBHOOK_BODY_LIMIT} bytes` });
    req.destroy();
    return;
  }
  const check = [read.digest, ...previous.map((old) => createHmac(header.algorithm, old).update(read.body).digest())]
    .map((expected) => signatureMatches(expected, header.given))
    .find((result) => result.ok) ?? { ok: false, reason: 'signature mismatch' };
  if (!check.ok) {
    deps.logger.warn({ cluster, reason: check.reason }, 'flux webhook rejected');
    return reject(res, 401, 'signature', { error: 'invalid signature' });
  }
  const rawBody = read.body;
  // 4. Only then parse.
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return reject(res, 400, 'not_json', { error: 'body is not JSON' });
  }
  const parsed = readFluxWebhookEvent(cluster, body);
  if (!parsed.ok) return reject(res, 400, 'not_an_event', { error: parsed.reason });
  // 5. Enqueue under a content id, so Flux's retries of the same POST count once.
  const id = `fe-${createHash('sha256').update(cluster.toLowerCase()).update('\n').update(rawBody).digest('hex').slice(0, 40)}`;
  try {
    await deps.sink.enqueue(parsed.event, id);
  } catch (error) {
    return queueUnavailable(res, cluster, error, deps.logger);
  }
  sendJson(res, 202, { accepted: id });
}

/** Seconds notification-controller is asked to wait before it posts the event again. */
const RETRY_AFTER_SECONDS = 15;

/** Redis is unreachable: 503 with Retry-After (a 5xx, which Flux retries; a 4xx it would drop). */
function queueUnavailable(res: ServerResponse, cluster: string, error: unknown, logger: Logger): void {
  logger.warn({ cluster, err: String(error) }, 'flux webhook: redis unavailable; asked the sender to retry');
  if (!res.headersSent) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  reject(res, 503, 'redis_unavailable', { error: 'queue unavailable, retry later' });
}

/** Every refusal is counted by reason (fluxops_webhook_rejections_total) before it is answered. */
function reject(res: ServerResponse, status: number, reason: string, body: unknown): void {
  metrics.webhookRejections.inc({ reason });
  sendJson(res, status, body);
}
