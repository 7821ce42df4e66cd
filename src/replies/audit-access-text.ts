import { accessViaText } from './access-via-text.ts';
import { t } from './catalog/index.ts';
import type { Locale } from './locale/locale.ts';

/**
 * The ACCESS cell of `audit`, in the reader's language. The trail stores it in English
 * (`operator via user console:bob`, `held viewer via channel C1`, `held no role`) and keeps it so.
 *
 * Rules:
 * 1. `held no role`, `held <role> via <source>`, `<role> via <source>`: the catalog's words; the role
 *    stays a role name (it is what `access grant --role` takes), the source is `accessViaText`'s.
 * 2. Anything else: as stored.
 */
export function auditAccessText(access: string, locale: Locale): string {
  if (access === 'held no role') return t(locale, 'audit.access.held-none');
  const [, heldRole = '', heldVia = ''] = /^held (\S+) via (.+)$/.exec(access) ?? [];
  if (heldRole) return t(locale, 'audit.access.held', { role: heldRole, via: accessViaText(heldVia, locale) });
  const [, role = '', via = ''] = /^(\S+) via (.+)$/.exec(access) ?? [];
  if (role) return t(locale, 'audit.access.allowed', { role, via: accessViaText(via, locale) });
  return access;
}
