import type { ChannelContext } from '../commands/types.ts';
import { t } from './catalog/index.ts';
import type { Locale } from './locale/locale.ts';
import { localeField } from './locale/locale-field.ts';
import type { Reply, ReplyTable } from './reply.ts';

// The replies `prepare()`, `commit()` and `decide()` give before any job runs, in the reader's language
// (texts in catalog/*/submit.ts). Every function takes the locale last, English when absent — except `describeCluster`, whose locale is
// required: it is called from every job handler, and a default let them write English into ja/fr replies.

export function describeCluster(
  target: { resourceGroup: string; clusterName: string; clusterType: string },
  locale: Locale,
): string {
  return t(locale, 'submit.cluster', {
    cluster: target.clusterName,
    type: target.clusterType,
    group: target.resourceGroup,
  });
}

export function queuedReply(
  display: string,
  jobId: string,
  user: string,
  cluster?: string,
  locale: Locale = 'en',
): Reply {
  return {
    title: display,
    status: 'queued',
    text: t(locale, 'submit.queued'),
    provenance: { jobId, requestedBy: user, cluster },
    ...localeField(locale),
  };
}

export function duplicateReply(display: string, jobId: string, locale: Locale = 'en'): Reply {
  return {
    title: display,
    status: 'info',
    text: t(locale, 'submit.duplicate'),
    provenance: { jobId },
    ...localeField(locale),
  };
}

export function parseErrorReply(message: string, locale: Locale = 'en'): Reply {
  return { title: t(locale, 'submit.parse-error.title'), status: 'failed', text: message, ...localeField(locale) };
}

export function queueUnavailableReply(display: string | undefined, locale: Locale = 'en'): Reply {
  return {
    title: t(locale, 'submit.unavailable.title'),
    status: 'failed',
    text: t(locale, 'submit.unavailable.text', { display: display ?? t(locale, 'submit.unavailable.your-command') }),
    ...localeField(locale),
  };
}

export function contextSetReply(context: ChannelContext, locale: Locale = 'en'): Reply {
  return {
    title: t(locale, 'submit.context-set.title'),
    status: 'succeeded',
    text: t(locale, 'submit.context-set.text', {
      cluster: describeCluster(context, locale),
      alias: context.alias ?? 'none',
    }),
    fields: contextFields(context, locale),
    ...localeField(locale),
  };
}

export function contextReply(context: ChannelContext | undefined, locale: Locale = 'en'): Reply {
  if (!context) {
    return {
      title: t(locale, 'submit.context.none.title'),
      status: 'info',
      text: t(locale, 'submit.context.none.text'),
      ...localeField(locale),
    };
  }
  return {
    title: t(locale, 'submit.context.title'),
    status: 'info',
    fields: contextFields(context, locale),
    ...localeField(locale),
  };
}

function contextFields(context: ChannelContext, locale: Locale): { label: string; value: string }[] {
  const fields = [
    { label: t(locale, 'submit.field.cluster'), value: context.clusterName },
    { label: t(locale, 'submit.field.type'), value: context.clusterType },
    { label: t(locale, 'submit.field.resource-group'), value: context.resourceGroup },
  ];
  if (context.subscriptionId)
    fields.push({ label: t(locale, 'submit.field.subscription'), value: context.subscriptionId });
  if (context.alias) fields.push({ label: t(locale, 'submit.field.alias'), value: context.alias });
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
  locale: Locale = 'en',
): Reply {
  return {
    title: t(locale, 'submit.confirm.title', { display }),
    status: 'confirm',
    text: [summary, live?.text, t(locale, 'submit.confirm.only', { user })].filter(Boolean).join('\n'),
    ...(live?.tables?.length ? { tables: live.tables } : {}),
    provenance: { requestedBy: user, cluster },
    actions: [
      {
        id: 'confirm',
        label: t(locale, 'submit.confirm.button.confirm'),
        style: 'danger',
        confirmToken: token,
        decision: 'confirm',
        dialog: {
          title: t(locale, 'submit.confirm.dialog.title'),
          text: summary.slice(0, 300),
          confirm: t(locale, 'submit.confirm.dialog.confirm'),
          deny: t(locale, 'submit.confirm.dialog.deny'),
        },
      },
      { id: 'cancel', label: t(locale, 'submit.confirm.button.cancel'), confirmToken: token, decision: 'cancel' },
    ],
    ...localeField(locale),
  };
}

export function confirmationExpiredReply(locale: Locale = 'en'): Reply {
  return {
    title: t(locale, 'submit.expired.title'),
    status: 'failed',
    text: t(locale, 'submit.expired.text'),
    ...localeField(locale),
  };
}

export function notRequesterReply(requesterId: string, locale: Locale = 'en'): Reply {
  return {
    title: t(locale, 'submit.not-requester.title'),
    status: 'warning',
    text: t(locale, 'submit.not-requester.text', { requester: requesterId }),
    ...localeField(locale),
  };
}

export function otherConversationReply(locale: Locale = 'en'): Reply {
  return {
    title: t(locale, 'submit.other-conversation.title'),
    status: 'warning',
    text: t(locale, 'submit.other-conversation.text'),
    ...localeField(locale),
  };
}

export function cancelledReply(display: string, user: string, locale: Locale = 'en'): Reply {
  return { title: display, status: 'cancelled', text: t(locale, 'submit.cancelled', { user }), ...localeField(locale) };
}
