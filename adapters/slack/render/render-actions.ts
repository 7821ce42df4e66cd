import type { types } from '@slack/bolt';
import type { ReplyAction } from '../../../src/replies/reply.ts';
import { ACTION_IDS } from './action-ids.ts';
import { SLACK_LIMITS } from './limits.ts';
import { truncate } from './mrkdwn.ts';

// Reply actions as Slack buttons. Confirm/Cancel carry the confirmation token as their value; the
// Confirm button opens Slack's own "are you sure?" dialog in danger style before anything is sent.
// Actions with neither a token nor a command have nothing to do on click and are left out.

function dialogOf(action: ReplyAction): types.ConfirmationDialog | undefined {
  if (!action.dialog) return undefined;
  return {
    title: { type: 'plain_text', text: truncate(action.dialog.title, SLACK_LIMITS.confirmTitle) },
    text: { type: 'plain_text', text: truncate(action.dialog.text, SLACK_LIMITS.confirmText) },
    confirm: { type: 'plain_text', text: truncate(action.dialog.confirm, SLACK_LIMITS.confirmButton) },
    deny: { type: 'plain_text', text: truncate(action.dialog.deny, SLACK_LIMITS.confirmButton) },
    style: action.style === 'primary' ? 'primary' : 'danger',
  };
}

function buttonOf(action: ReplyAction, index: number): types.Button | undefined {
  let actionId: string;
  let value: string;
  if (action.confirmToken && action.decision) {
    actionId = action.decision === 'confirm' ? ACTION_IDS.confirm : ACTION_IDS.cancel;
    value = action.confirmToken;
  } else if (action.command && action.command.length <= SLACK_LIMITS.buttonValue) {
    actionId = `${ACTION_IDS.runPrefix}${index}`;
    value = action.command;
  } else {
    return undefined;
  }
  const button: types.Button = {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(action.label, SLACK_LIMITS.buttonText), emoji: true },
    value,
  };
  if (action.style) button.style = action.style;
  const confirm = dialogOf(action);
  if (confirm) button.confirm = confirm;
  return button;
}

export function actionsBlock(actions: ReplyAction[] | undefined): types.ActionsBlock | undefined {
  const elements = (actions ?? [])
    .map((action, index) => buttonOf(action, index))
    .filter((b): b is types.Button => b !== undefined)
    .slice(0, 25);
  if (elements.length === 0) return undefined;
  return { type: 'actions', block_id: 'fluxops_actions', elements };
}
