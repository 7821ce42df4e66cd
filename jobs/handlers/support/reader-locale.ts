import { type Locale, resolveLocale } from '../../../src/replies/locale/locale.ts';
import type { HandlerInput } from '../../handler.ts';

/**
 * The language a command's replies are written in: the locale its reader's platform reported (kept in
 * the job's data), or FLUXOPS_DEFAULT_LOCALE when it reported none or one fluxops does not speak.
 */
export function readerLocale(ctx: Pick<HandlerInput, 'data'>): Locale {
  return resolveLocale(ctx.data.locale);
}
