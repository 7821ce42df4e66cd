import { accessViaText } from './access-via-text.ts';
import { t } from './catalog/index.ts';
import type { Locale } from './locale/locale.ts';
import { localeField } from './locale/locale-field.ts';
import type { Reply } from './reply.ts';

// The reply to a command the user's role does not allow.

export interface Refusal {
  display: string;
  principal: string;
  needed: string;
  held?: string;
  via?: string;
  admins: readonly string[];
}

/**
 * Says what was refused, the role it needs, what the user holds, and who can grant it.
 *
 * Rules:
 * 1. Without any admin configured, the reply gives the exact id to put in FLUXOPS_ADMINS.
 * 2. Otherwise it names the admins (FLUXOPS_ADMINS) who can grant the role.
 */
export function accessDeniedReply(refusal: Refusal, locale: Locale = 'en'): Reply {
  const { display, principal, needed, held, via, admins } = refusal;
  const holds = held
    ? t(locale, 'access.denied.holds', { principal, held, via: via ? accessViaText(via, locale) : '' })
    : t(locale, 'access.denied.holds-none', { principal });
  const grant =
    admins.length === 0
      ? t(locale, 'access.denied.no-admin', { principal })
      : t(locale, 'access.denied.admins', { admins: admins.join(', ') });
  return {
    title: t(locale, 'access.denied.title'),
    status: 'failed',
    text: t(locale, 'access.denied.text', { display, needed, holds, grant }),
    ...localeField(locale),
  };
}

export function accessChangedReply(
  change: 'granted' | 'revoked',
  subject: string,
  role?: string,
  locale: Locale = 'en',
): Reply {
  return {
    title: t(locale, change === 'granted' ? 'access.granted.title' : 'access.revoked.title'),
    status: 'succeeded',
    text:
      change === 'granted'
        ? t(locale, 'access.granted.text', { subject, role: role ?? '' })
        : t(locale, 'access.revoked.text', { subject }),
    ...localeField(locale),
  };
}

/** `access revoke` of a binding that does not exist: said plainly, nothing changes. */
export function nothingRevokedReply(subject: string, locale: Locale = 'en'): Reply {
  return {
    title: t(locale, 'access.revoked.noneTitle'),
    status: 'info',
    text: t(locale, 'access.revoked.none', { subject }),
    ...localeField(locale),
  };
}

export function accessListReply(admins: readonly string[], bindings: [string, string][], locale: Locale = 'en'): Reply {
  return {
    title: t(locale, 'access.list.title'),
    status: 'info',
    text: t(locale, 'access.list.text', {
      admins: admins.length > 0 ? admins.join(', ') : t(locale, 'access.list.none'),
    }),
    tables: [
      {
        columns: [t(locale, 'access.list.column.binding'), t(locale, 'access.list.column.role')],
        rows: bindings.map(([field, role]) => [field.replace(':', ' '), role]),
      },
    ],
    ...localeField(locale),
  };
}

/** `access whoami`: the exact id FLUXOPS_ADMINS and bindings take, and the role held here. */
export function whoamiReply(
  principal: string,
  role: string | undefined,
  via: string | undefined,
  locale: Locale = 'en',
): Reply {
  const holds = role
    ? t(locale, 'access.whoami.holds', { role, via: via ? accessViaText(via, locale) : '' })
    : t(locale, 'access.whoami.holds-none');
  return {
    title: t(locale, 'access.whoami.title'),
    status: 'info',
    text: `${t(locale, 'access.whoami.text', { principal })} ${holds}`,
    ...localeField(locale),
  };
}

export function confirmPolicyReply(mode: 'always' | 'allow-yes', locale: Locale = 'en'): Reply {
  return {
    title: t(locale, 'access.policy.title'),
    status: 'succeeded',
    text: t(locale, mode === 'allow-yes' ? 'access.policy.allow-yes' : 'access.policy.always'),
    ...localeField(locale),
  };
}

/** `access grant … @subteam^S…` outside Slack: user groups are Slack's. */
export function groupsAreSlackOnlyReply(display: string, locale: Locale = 'en'): Reply {
  return { title: display, status: 'failed', text: t(locale, 'access.groups-slack-only'), ...localeField(locale) };
}
