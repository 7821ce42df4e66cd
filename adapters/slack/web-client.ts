import { WebClient } from '@slack/web-api';
import type { Logger } from '../../src/platform/logger.ts';
import { boltLogger } from './bolt-logger.ts';

/**
 * The Web API client fluxops uses for every call it makes itself (posting, updating, users.info).
 * Rule 1: `rejectRateLimitedCalls` — a 429 comes back at once as a rate-limited error, so the notify
 * queue re-schedules the message with Slack's Retry-After instead of the SDK silently pausing every
 * call of the process for up to half an hour. Rule 2: a request timeout, so a hung Slack cannot pin
 * a worker. Rule 3: few retries, and only for network errors and 5xx; the queue retries the rest.
 */
export interface SlackClientSettings {
  botToken: string;
  apiUrl?: string;
  timeoutMs?: number;
}

export function createSlackWebClient(settings: SlackClientSettings, logger: Logger): WebClient {
  return new WebClient(settings.botToken, {
    slackApiUrl: settings.apiUrl ?? 'https://slack.com/api/',
    rejectRateLimitedCalls: true,
    timeout: settings.timeoutMs ?? 5_000,
    retryConfig: { retries: 1, factor: 2, minTimeout: 200, maxTimeout: 1_000 },
    logger: boltLogger(logger),
    // Absolute URLs as method names would send the bot token elsewhere; only slackApiUrl is trusted.
    allowAbsoluteUrls: false,
  });
}
