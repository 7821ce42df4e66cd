import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, type Router, readBody, sendJson } from '../../platform/http-router.ts';
import type { Logger } from '../../platform/logger.ts';
import type { WebhookKeys } from '../stores/webhook-keys.ts';
import type { FluxEventSink } from './flux-event-sink.ts';
import { readFluxWebhookEvent } from './read-flux-webhook-event.ts';
import { verifyFluxSignature } from './verify-flux-signature.ts';

/**
 * POST /webhooks/flux/:cluster — notification-controller's generic-hmac Provider. Verify, parse,
 * enqueue, answer 202: the transition work happens in a job, so Flux never waits on it.
 */
const WEBHOOK_PATH = '/webhooks/flux/:cluster';

/** Flux caps messages at 39,000 characters; metadata and JSON framing fit well under this. */
const WEBHOOK_BODY_LIMIT = 256 * 1024;

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
  if (!CLUSTER_NAME.test(cluster)) return sendJson(res, 404, { error: 'unknown cluster' });
  // 2. Bounded body: a webhook must not be able to exhaust memory.
  let rawBody: Buffer;
  try {
    rawBody = await readBody(req, WEBHOOK_BODY_LIMIT);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendJson(res, 413, { error: `body larger than ${WEBHOOK_BODY_LIMIT} bytes` });
      req.destroy();
      return;
    }
    throw error;
  }
  // 3. The signature before anything else; failures look the same from outside and store nothing.
  //    The key lives in Redis: while Redis is down, answer 503 so notification-controller retries.
  let key: string | undefined;
  try {
    key = await deps.keys.get(cluster);
  } catch (error) {
    return queueUnavailable(res, cluster, error, deps.logger);
  }
  const check = verifyFluxSignature({ signatureHeader: req.headers['x-signature'], rawBody, key });
  if (!check.ok) {
    deps.logger.warn({ cluster, reason: check.reason }, 'flux webhook rejected');
    return sendJson(res, 401, { error: 'invalid signature' });
  }
  // 4. Only then parse.
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return sendJson(res, 400, { error: 'body is not JSON' });
  }
  const read = readFluxWebhookEvent(cluster, body);
  if (!read.ok) return sendJson(res, 400, { error: read.reason });
  // 5. Enqueue under a content id, so Flux's retries of the same POST count once.
  const id = `fe-${createHash('sha256').update(cluster.toLowerCase()).update('\n').update(rawBody).digest('hex').slice(0, 40)}`;
  try {
    await deps.sink.enqueue(read.event, id);
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
  sendJson(res, 503, { error: 'queue unavailable, retry later' });
}
