import { t } from './catalog/index.ts';
import type { Locale } from './locale/locale.ts';

/**
 * Where a role comes from, in the reader's language. The access policy writes it in one stable,
 * machine-like English form (`access control off`, `user console:bob`, `channel C123`, `group S1`, each
 * optionally `… within <ARM id>`), and the audit trail keeps that form; it is translated only here, when
 * shown, so entries stored before a translation existed read the same way.
 *
 * Rules:
 * 1. `<source> within <scope>`: the source written by these rules, and the scope as it is.
 * 2. `access control off`, `user X`, `channel X`, `group X`: the catalog's words, X as it is.
 * 3. Anything else (`FLUXOPS_ADMINS`, a form this version does not know): as stored.
 */
export function accessViaText(via: string, locale: Locale): string {
  const within = via.lastIndexOf(' within ');
  if (within > 0) {
    const scope = via.slice(within + ' within '.length);
    return t(locale, 'access.via.within', { via: accessViaText(via.slice(0, within), locale), scope });
  }
  if (via === 'access control off') return t(locale, 'access.via.off');
  const [kind, ...rest] = via.split(' ');
  const name = rest.join(' ');
  if (!name) return via;
  if (kind === 'user') return t(locale, 'access.via.user', { who: name });
  if (kind === 'channel') return t(locale, 'access.via.channel', { channel: name });
  if (kind === 'group') return t(locale, 'access.via.group', { group: name });
  return via;
}
