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
 * POST /webhooks/flux/:cluster — notification-controller's generic-hmac Provider. Verify, parse,
 * enqueue, answer 202: the transition work happens in a job, so Flux never waits on it.
 */
const WEBHOOK_PATH = '/webhooks/flux/:cluster';

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
  router.add('POST', WEBHOOK_PATH, (req, res, params) => handleFluxWebhook(req, res, params.cluster ?? '', deps));
}

async function handleFluxWebhook(
  req: IncomingMessage,
  res: ServerResponse,
  cluster: string,
  deps: WebhookDeps,
): Promise<void> {
  // 1. Only cluster names we could have issued a key for.
  if (!CLUSTER_NAME.test(cluster)) return reject(res, 404, 'unknown_cluster', { error: 'unknown cluster' });
  // 2. The key first (cached in memory): it keys the HMAC the body streams into. It lives in Redis:
  //    while Redis is down, answer 503 so notification-controller retries.
  let key: string | undefined;
  try {
    key = await deps.keys.get(cluster);
  } catch (error) {
    return queueUnavailable(res, cluster, error, deps.logger);
  }
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
  const check = signatureMatches(read.digest, header.given);
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
