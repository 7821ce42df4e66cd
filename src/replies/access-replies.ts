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
export function accessDeniedReply(refusal: Refusal): Reply {
  const { display, principal, needed, held, via, admins } = refusal;
  const holds = held ? `You (${principal}) hold ${held} (from ${via}).` : `You (${principal}) hold no role here.`;
  const grant =
    admins.length === 0
      ? `No admin is configured yet: set FLUXOPS_ADMINS=${principal} (comma-separated; e.g. FLUXOPS_ADMINS=slack:T024BE7LD/U012AB3CD,console:alice) and restart fluxops.`
      : `An admin can grant it: ${admins.join(', ')}.`;
  return {
    title: 'Not allowed',
    status: 'failed',
    text: `\`${display}\` needs the ${needed} role. ${holds} Nothing was queued and nothing changed. ${grant}`,
  };
}
