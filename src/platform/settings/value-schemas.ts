// The value types settings are read as (booleans, durations, ports, URLs, rate windows…), each with the
// message a wrong value gets, shared by every group of settings.
import { z } from 'zod';
import { parseDurationMs } from '../parse-duration.ts';
import { parseRateWindows } from '../parse-rate-windows.ts';
import { parseRedisNodes } from '../parse-redis-nodes.ts';

export const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const duration = z
  .string()
  .refine((v) => parseDurationMs(v) !== undefined, { message: 'must be a duration like 10m, 90s or 1h30m' })
  .transform((v) => parseDurationMs(v)!);

export const rateWindows = z
  .string()
  .refine((v) => parseRateWindows(v) !== undefined, {
    message: 'must be COUNT/DURATION windows separated by commas, like 50/60s or 7/1s,60/30s',
  })
  .transform((v) => parseRateWindows(v)!);

export const port = z.coerce
  .number({ message: 'must be a whole number from 0 to 65535 (0 picks a free port)' })
  .int('must be a whole number from 0 to 65535 (0 picks a free port)')
  .min(0, 'must be a whole number from 0 to 65535 (0 picks a free port)')
  .max(65535, 'must be a whole number from 0 to 65535 (0 picks a free port)');

export const positiveInt = z.coerce
  .number({ message: 'must be a whole number of 1 or more' })
  .int('must be a whole number of 1 or more')
  .min(1, 'must be a whole number of 1 or more');

export const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });
export const redisUrl = z.url({ protocol: /^rediss?$/, message: 'must be a redis:// or rediss:// URL' });
export const redisNodes = z.string().transform((value, ctx) => {
  const nodes = parseRedisNodes(value);
  if (typeof nodes !== 'string') return nodes;
  ctx.addIssue({ code: 'custom', message: `${nodes}; must be host:port entries separated by commas` });
  return z.NEVER;
});
export const guid = z.string().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'must be a GUID');

/** One environment setting: how to read it, what to show when it is wrong, what it does. */
export interface Setting {
  schema: z.ZodType;
  example: string;
  description: string;
  default?: string;
}
