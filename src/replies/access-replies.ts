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

export function accessChangedReply(change: 'granted' | 'revoked', subject: string, role?: string): Reply {
  return {
    title: change === 'granted' ? 'Role granted' : 'Role binding removed',
    status: 'succeeded',
    text:
      change === 'granted'
        ? `${subject} now holds ${role}. Undo with \`access revoke\`; \`access list\` shows every binding.`
        : `${subject} no longer holds a role from a binding (FLUXOPS_ADMINS still applies). \`access list\` shows every binding.`,
  };
}

export function accessListReply(admins: readonly string[], bindings: [string, string][]): Reply {
  return {
    title: 'Access',
    status: 'info',
    text: `Admins (FLUXOPS_ADMINS): ${admins.length > 0 ? admins.join(', ') : 'none'}.`,
    tables: [{ columns: ['BINDING', 'ROLE'], rows: bindings.map(([field, role]) => [field.replace(':', ' '), role]) }],
  };
}

/** `access whoami`: the exact id FLUXOPS_ADMINS and bindings take, and the role held here. */
export function whoamiReply(principal: string, role: string | undefined, via: string | undefined): Reply {
  return {
    title: 'Who you are',
    status: 'info',
    text: `Your id is \`${principal}\` (the form FLUXOPS_ADMINS takes, e.g. FLUXOPS_ADMINS=${principal}). ${
      role ? `You hold ${role} here (from ${via}).` : 'You hold no role here.'
    }`,
  };
}

export function confirmPolicyReply(mode: 'always' | 'allow-yes'): Reply {
  return {
    title: 'Confirmation policy set',
    status: 'succeeded',
    text:
      mode === 'allow-yes'
        ? 'In this channel `--yes` on a destructive command now runs it without the Confirm prompt. Undo with `access policy confirm=always`.'
        : 'In this channel destructive commands now always ask for Confirm, `--yes` or not.',
  };
}

/** `access grant … @subteam^S…` outside Slack: user groups are Slack's. */
export function groupsAreSlackOnlyReply(display: string): Reply {
  return {
    title: display,
    status: 'failed',
    text: 'A user group is a Slack user group: bind it from a Slack channel of its workspace (e.g. `/flux access grant operator @oncall`). Here, bind users (`access grant operator @ID`, ids from `access whoami`) or the channel (`--channel`). Nothing was changed.',
  };
}
