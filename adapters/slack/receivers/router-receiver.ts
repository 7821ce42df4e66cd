import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type App,
  HTTPResponseAck,
  HTTPModuleFunctions as http,
  type Receiver,
  type ReceiverEvent,
  type Logger as SlackLogger,
} from '@slack/bolt';
import { slackBodyVerdict } from './slack-body-shape.ts';
import { timestampSkewProblem } from './timestamp-skew.ts';

/**
 * A Bolt receiver for fluxops' shared HTTP server: Bolt's HTTPReceiver starts a server of its own,
 * this one is a route handler (`POST /slack/events`) for commands, interactivity and events alike.
 * It reuses Bolt's own pieces (parseAndVerifyHTTPRequest → verifySlackRequest, HTTPResponseAck with
 * the 3001 ms no-ack timer), so signing and acking behave exactly like Bolt's HTTP mode:
 * 1. timestamp more than 5 minutes off in either direction (`timestamp-skew.ts`; Bolt refuses only
 *    the past) → 401 before the body is read; body over the limit → 413; signature invalid → 401,
 *    before anything is parsed or dispatched;
 * 2. body that is neither JSON nor a form, or lacks a field Bolt routes on → 400; a kind of request
 *    fluxops has no listener for → 404 (`slack-body-shape.ts`), neither dispatched;
 * 3. `ssl_check` → 200, `url_verification` → the challenge, without dispatching;
 * 4. everything else → app.processEvent with X-Slack-Retry-Num/Reason in the context; the HTTP
 *    response is whatever the listener passes to ack();
 * 5. a request no listener acknowledged → 404 as soon as the listeners are done (Bolt's own timer would
 *    answer the same after 3 s).
 */
export interface RouterReceiverOptions {
  signingSecret: string;
  logger: SlackLogger;
  bodyLimit?: number;
}

export class RouterReceiver implements Receiver {
  private app: App | undefined;

  constructor(private readonly options: RouterReceiverOptions) {}

  init(app: App): void {
    this.app = app;
  }

  /** The shared server is started by the composition root; nothing to listen on here. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  readonly handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { logger } = this.options;
    const skew = timestampSkewProblem(req.headers['x-slack-request-timestamp'], Date.now());
    if (skew) {
      logger.warn(`rejected a request to /slack/events: ${skew}`);
      http.buildNoBodyResponse(res, 401);
      return;
    }
    let buffered: Awaited<ReturnType<typeof http.parseAndVerifyHTTPRequest>>;
    try {
      buffered = await http.parseAndVerifyHTTPRequest(
        { signingSecret: this.options.signingSecret, bodyLimit: this.options.bodyLimit ?? http.defaultBodyLimit },
        req,
      );
    } catch (error) {
      if (http.isRawBodyError(error) && error.statusCode === 413) {
        http.buildNoBodyResponse(res, 413);
        return;
      }
      // The message names the failed rule (stale timestamp, mismatch); it never contains the secret.
      logger.warn(`rejected a request to /slack/events: ${error instanceof Error ? error.message : String(error)}`);
      http.buildNoBodyResponse(res, 401);
      return;
    }
    let body: Record<string, unknown>;
    try {
      body = http.parseHTTPRequestBody(buffered);
    } catch {
      http.buildNoBodyResponse(res, 400);
      return;
    }
    const verdict = slackBodyVerdict(body);
    if (!verdict.dispatch) {
      logger.warn(`rejected a request to /slack/events: ${verdict.reason}`);
      http.buildNoBodyResponse(res, verdict.status);
      return;
    }
    if (body.ssl_check === '1') return http.buildSSLCheckResponse(res);
    if (body.type === 'url_verification') return http.buildUrlVerificationResponse(res, body);
    const ack = new HTTPResponseAck({
      logger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: res,
    });
    const sendAck = ack.bind();
    let acknowledged = false;
    const event: ReceiverEvent = {
      body,
      ack: (response) => {
        acknowledged = true;
        return sendAck(response);
      },
      retryNum: http.extractRetryNumFromHTTPRequest(req),
      retryReason: http.extractRetryReasonFromHTTPRequest(req),
    };
    try {
      await this.app?.processEvent(event);
      if (!acknowledged && !res.headersSent) {
        ack.ack();
        http.buildNoBodyResponse(res, 404);
      }
    } catch (error) {
      const answered = await http.defaultProcessEventErrorHandler({
        error: error as Error,
        logger,
        request: req,
        response: res,
        storedResponse: undefined,
      });
      if (answered) ack.ack();
    }
  };
}
