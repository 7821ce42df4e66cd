// Slack and Microsoft Teams: credentials, API address and rate budgets.
import { z } from 'zod';
import { httpUrl, rateWindows, type Setting } from './value-schemas.ts';

export const CHAT_SETTINGS = {
  SLACK_SIGNING_SECRET: {
    schema: z.string().min(1),
    example: '8f7e…',
    description: 'Slack app signing secret; with SLACK_BOT_TOKEN switches Slack (HTTP mode) on.',
  },
  SLACK_BOT_TOKEN: {
    schema: z.string().regex(/^xoxb-/, 'must start with xoxb-'),
    example: 'xoxb-…',
    description: 'Slack bot token.',
  },
  SLACK_APP_TOKEN: {
    schema: z.string().regex(/^xapp-/, 'must start with xapp-'),
    example: 'xapp-…',
    description: 'Slack app-level token; switches Slack to Socket Mode (no public URL).',
  },
  SLACK_API_URL: {
    schema: httpUrl,
    example: 'http://127.0.0.1:8080/api/',
    description: 'Slack Web API base URL (tests, proxies).',
  },
  SLACK_RATE_CHAT_UPDATE: {
    schema: rateWindows,
    example: '50/60s',
    default: '50/60s',
    description:
      'chat.update budget per workspace, shared by every process (Slack Tier 3: 50 a minute). A 429 holds it for its Retry-After.',
  },
  SLACK_RATE_POST_MESSAGE: {
    schema: rateWindows,
    example: '3/3s',
    default: '3/3s',
    description:
      'chat.postMessage budget per channel (Slack: about 1 a second, short bursts allowed). A 429 holds the channel, and the method in the whole workspace, for its Retry-After.',
  },
  SLACK_RATE_USERS_INFO: {
    schema: rateWindows,
    example: '100/60s',
    default: '100/60s',
    description:
      'users.info budget per workspace (Slack Tier 4: 100 a minute); over it a command goes without the locale lookup.',
  },
  TEAMS_RATE_BOT: {
    schema: rateWindows,
    example: '30/1s',
    default: '30/1s',
    description:
      'Teams sends of the bot over all conversations together (Teams allows 30 to 50 a second per app and tenant), on top of the per-conversation limits 7/1s, 8/2s, 60/30s, 1800/1h.',
  },
  MicrosoftAppId: {
    schema: z.string().min(1),
    example: '11111111-2222-3333-4444-555555555555',
    description: 'Azure Bot app id; switches Teams on. Without it (sandbox only) Teams runs with auth off.',
  },
  MicrosoftAppPassword: { schema: z.string().min(1), example: '…', description: 'Azure Bot client secret.' },
  MicrosoftAppType: {
    schema: z.enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant'], {
      message: 'must be one of SingleTenant, UserAssignedMSI, MultiTenant',
    }),
    example: 'SingleTenant',
    default: 'SingleTenant',
    description: 'Azure Bot app type.',
  },
  MicrosoftAppTenantId: {
    schema: z.string().min(1),
    example: '11111111-2222-3333-4444-555555555555',
    description: 'Entra tenant of the bot.',
  },
} satisfies Record<string, Setting>;
