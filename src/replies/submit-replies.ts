import type { ChannelContext } from '../commands/types.ts';
import type { Reply, ReplyTable } from './reply.ts';

// The replies `prepare()`, `commit()` and `decide()` give before any job runs. Kept together so translations (ja, fr) have
// one place to look.

export function describeCluster(target: { resourceGroup: string; clusterName: string; clusterType: string }): string {
  return `${target.clusterName} (${target.clusterType}, resource group ${target.resourceGroup})`;
}

export function queuedReply(display: string, jobId: string, user: string, cluster?: string): Reply {
  return { title: display, status: 'queued', text: 'Queued.', provenance: { jobId, requestedBy: user, cluster } };
}

export function duplicateReply(display: string, jobId: string): Reply {
  return {
    title: display,
    status: 'info',
    text: 'This request was already received; it runs once. Follow the message of the first delivery.',
    provenance: { jobId },
  };
}

export function parseErrorReply(message: string): Reply {
  return { title: 'I could not run that command', status: 'failed', text: message };
}

export function queueUnavailableReply(display: string): Reply {
  return {
    title: 'Queue unavailable',
    status: 'failed',
    text: `Redis does not answer, so \`${display}\` was not queued and nothing changed. Try again in a minute; if it persists, check the Redis behind fluxops.`,
  };
}

export function contextSetReply(context: ChannelContext): Reply {
  const alias = context.alias ? ` as "${context.alias}"` : '';
  return {
    title: 'Channel cluster set',
    status: 'succeeded',
    text: `Commands in this channel now act on ${describeCluster(context)}${alias} unless they name another cluster with -g/-c/-t.`,
    fields: contextFields(context),
  };
}

export function contextReply(context: ChannelContext | undefined): Reply {
  if (!context) {
    return {
      title: 'No cluster for this channel',
      status: 'info',
      text: 'Set one with `use -g flux-demo-rg -c flux-demo-arc -t connectedClusters`, or pass -g/-c/-t on each command.',
    };
  }
  return { title: 'Channel cluster', status: 'info', fields: contextFields(context) };
}

function contextFields(context: ChannelContext): { label: string; value: string }[] {
  const fields = [
    { label: 'Cluster', value: context.clusterName },
    { label: 'Type', value: context.clusterType },
    { label: 'Resource group', value: context.resourceGroup },
  ];
  if (context.subscriptionId) fields.push({ label: 'Subscription', value: context.subscriptionId });
  if (context.alias) fields.push({ label: 'Alias', value: context.alias });
  return fields;
}

/**
 * The prompt above Confirm/Cancel. `live` is what a worker read from Azure while the prompt waited
 * (confirmation preview); the same token and buttons come with it, so the updated prompt still works.
 */
export function confirmReply(
  display: string,
  summary: string,
  token: string,
  user: string,
  cluster?: string,
  live?: { text: string; tables?: ReplyTable[] },
): Reply {
  return {
    title: `Confirm: ${display}`,
    status: 'confirm',
    text: [summary, live?.text, `Only ${user} can confirm. This request expires in 10 minutes.`]
      .filter(Boolean)
      .join('\n'),
    ...(live?.tables?.length ? { tables: live.tables } : {}),
    provenance: { requestedBy: user, cluster },
    actions: [
      {
        id: 'confirm',
        label: 'Confirm',
        style: 'danger',
        confirmToken: token,
        decision: 'confirm',
        dialog: { title: 'Are you sure?', text: summary.slice(0, 300), confirm: 'Yes, run it', deny: 'Keep it' },
      },
      { id: 'cancel', label: 'Cancel', confirmToken: token, decision: 'cancel' },
    ],
  };
}

export function confirmationExpiredReply(): Reply {
  return {
    title: 'Confirmation expired',
    status: 'failed',
    text: 'This confirmation was already used, cancelled, or is older than 10 minutes. Run the command again.',
  };
}

export function notRequesterReply(requesterId: string): Reply {
  return {
    title: 'Not yours to confirm',
    status: 'warning',
    text: `Only the person who asked (${requesterId}) can confirm or cancel this command.`,
  };
}

export function otherConversationReply(): Reply {
  return {
    title: 'Confirm where you asked',
    status: 'warning',
    text: 'This confirmation belongs to the conversation where the command was typed; confirm or cancel it there.',
  };
}

export function cancelledReply(display: string, user: string): Reply {
  return { title: display, status: 'cancelled', text: `Cancelled by ${user}. Nothing was changed.` };
}
