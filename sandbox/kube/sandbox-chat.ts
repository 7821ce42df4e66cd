// Sandbox-only chat commands that pull the kube stand-in's fault levers:
//   sandbox oom <controller> | sandbox fail <helmrelease> | sandbox recover <helmrelease> | sandbox drift <helmrelease>
// A release may be written <namespace>/<helmrelease> where its name exists in several namespaces; alone,
// the first one found is meant.
// Optional `-c <cluster>`; default flux-demo-arc. `sandboxChatIntercept` is the hook the composition root (app/) gives
// prepare() (SubmitDeps.intercept) in sandbox mode only, so these never parse outside the sandbox.
import type { Reply } from '../../src/replies/reply.ts';
import type { ChatRequest } from '../../src/submit/chat-request.ts';
import type { Intercepted } from '../../src/submit/submit-deps.ts';
import type { KubeSandbox } from './kube-sandbox.ts';

/** The plain `help` overview in the reader's language, and its word for "Sandbox" (the catalogs live in src). */
export interface SandboxHelpOverview {
  reply: Reply;
  label: string;
}

export interface SandboxChatCommand {
  action: 'oom' | 'fail' | 'recover' | 'drift';
  subject: string;
  cluster: string;
}

export function parseSandboxChat(text: string): SandboxChatCommand | undefined {
  const words = text.trim().split(/\s+/);
  if (words[0]?.toLowerCase() !== 'sandbox') return undefined;
  const action = words[1]?.toLowerCase();
  const subject = words[2];
  if (!subject || !(action === 'oom' || action === 'fail' || action === 'recover' || action === 'drift'))
    return undefined;
  const clusterAt = words.findIndex((w) => w === '-c' || w === '--cluster-name');
  return { action, subject, cluster: clusterAt > 0 ? (words[clusterAt + 1] ?? 'flux-demo-arc') : 'flux-demo-arc' };
}

export function runSandboxChat(sandbox: KubeSandbox, command: SandboxChatCommand): Reply {
  const title = `sandbox ${command.action} ${command.subject}`;
  const cluster = sandbox.cluster(command.cluster);
  if (!cluster)
    return { title, status: 'failed', text: `No sandbox cluster named ${command.cluster} with a kube API.` };
  try {
    if (command.action === 'oom') {
      const ended = cluster.faults.oomKill(command.subject);
      return { title, status: 'succeeded', text: `${command.subject} on ${command.cluster} restarted (${ended}).` };
    }
    const [namespace, name] = command.subject.includes('/')
      ? command.subject.split('/', 2)
      : [undefined, command.subject];
    if (command.action === 'fail') cluster.faults.failHelmRelease(name!, namespace);
    if (command.action === 'recover') {
      const { release, wasFailing } = cluster.faults.recoverHelmRelease(name!, namespace);
      const text = wasFailing
        ? `HelmRelease ${release} on ${command.cluster} recovered: its upgrades succeed again and it was reconciled.`
        : `HelmRelease ${release} on ${command.cluster} was not failing, so there was nothing to recover; it was reconciled.`;
      return { title, status: wasFailing ? 'succeeded' : 'info', text };
    }
    if (command.action === 'drift') cluster.faults.driftRelease(name!, namespace);
    return {
      title,
      status: 'succeeded',
      text: `Fault "${command.action}" applied to ${command.subject} on ${command.cluster}.`,
    };
  } catch (error) {
    return { title, status: 'failed', text: (error as Error).message };
  }
}

const SANDBOX_HELP = 'sandbox oom <controller> · sandbox fail|recover|drift [<namespace>/]<helmrelease> [-c <cluster>]';

/**
 * The prepare() hook: runs `sandbox …` text, and adds the sandbox commands to the plain `help`
 * overview (built by the caller, so this file needs no command grammar). Anything else is not ours.
 */
export function sandboxChatIntercept(
  sandbox: KubeSandbox,
  options: { helpOverview?: (request: ChatRequest) => SandboxHelpOverview } = {},
): (request: ChatRequest) => Promise<Intercepted | undefined> {
  return sandboxChatInterceptVia(async (command) => runSandboxChat(sandbox, command), options);
}

/**
 * The same hook with the levers pulled elsewhere: the standalone sandbox's process runs the
 * command (its kube stand-ins live there), this side only parses and asks.
 */
export function sandboxChatInterceptVia(
  run: (command: SandboxChatCommand) => Promise<Reply>,
  options: { helpOverview?: (request: ChatRequest) => SandboxHelpOverview } = {},
): (request: ChatRequest) => Promise<Intercepted | undefined> {
  return async (request) => {
    const { helpOverview } = options;
    if (helpOverview && /^help$/i.test(request.text.trim())) {
      const { reply: overview, label } = helpOverview(request);
      const reply = { ...overview, fields: [...(overview.fields ?? []), { label, value: SANDBOX_HELP }] };
      return { answer: async () => reply };
    }
    const command = parseSandboxChat(request.text);
    // They change the sandbox's world like a write changes Azure's: admin only (everyone is one in
    // sandbox mode without FLUXOPS_ADMINS).
    return command ? { needs: 'admin', answer: () => run(command) } : undefined;
  };
}
