import type { SandboxHelpOverview } from '../sandbox/kube/sandbox-chat.ts';
import { helpReply } from '../src/commands/help.ts';
import { t } from '../src/replies/catalog/index.ts';
import { resolveLocale } from '../src/replies/locale/locale.ts';
import type { ChatRequest } from '../src/submit/chat-request.ts';

/**
 * The `help` overview the sandbox adds its commands to, and the label of that line, both in the reader's
 * language (the channel's is not read here: help answers at once).
 */
export function sandboxHelpOverview(request: Pick<ChatRequest, 'locale'>): SandboxHelpOverview {
  const locale = resolveLocale(request.locale);
  return { reply: helpReply(undefined, locale), label: t(locale, 'help.label.sandbox') };
}
