import type { Job } from 'bullmq';
import { type HandlerInput, runnerFor } from '../../../jobs/handler.ts';
import { HANDLERS } from '../../../jobs/handlers/index.ts';
import { createSandboxSdkClient } from '../../../sandbox/arm/sdk-client.ts';
import { type ArmSandbox, type ArmSandboxOptions, startArmSandbox } from '../../../sandbox/arm/server.ts';
import { runsAsJob } from '../../../src/commands/kinds/index.ts';
import { parseCommand } from '../../../src/commands/parse.ts';
import type { Command } from '../../../src/commands/types.ts';
import { createLogger } from '../../../src/platform/logger.ts';
import type { Reply } from '../../../src/replies/reply.ts';
import type { CommandJobData } from '../../../src/submit/queue-port.ts';

/**
 * Runs one handler the way the worker does, against the HTTPS ARM stand-in with the real SDK, but
 * without a queue: the job is a plain holder of data whose updateData keeps what the handler stored
 * (as BullMQ does), so a second run with the same job is a retried attempt.
 */
export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
export const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
export const AKS = '-g flux-demo-rg -c flux-demo-aks -t managedClusters';
export const TUTORIAL_CREATE =
  'az k8s-configuration flux create -g flux-demo-rg -c flux-demo-arc -n cluster-config --namespace cluster-config -t connectedClusters --scope cluster -u https://github.com/Azure/gitops-flux2-kustomize-helm-mt --branch main --kustomization name=infra path=./infrastructure prune=true --kustomization name=apps path=./apps/staging prune=true dependsOn=\\["infra"\\]';

interface HandlerRun {
  reply: Reply;
  progress: Reply[];
  /** What the handler sent the requester alone. */
  privately: Reply[];
  job: Job<CommandJobData>;
}

export interface Harness {
  sandbox: ArmSandbox;
  run(
    text: string,
    job?: Job<CommandJobData>,
    settings?: Partial<HandlerInput['settings']>,
    /** Ports a handler may need besides ARM (the `alerts *` handlers' stores, a cluster). */
    ports?: Pick<HandlerInput, 'alerts' | 'cluster'>,
  ): Promise<HandlerRun>;
  close(): Promise<void>;
}

export function parsed(text: string): Command {
  const result = parseCommand(text);
  if (!result.ok) throw new Error(`fixture must parse: ${text}: ${JSON.stringify(result.problems)}`);
  return result.command;
}

export function jobFor(command: Command): Job<CommandJobData> {
  const holder = {
    data: {
      jobId: `cmd-test-${Math.random().toString(16).slice(2)}`,
      address: { platform: 'console', channel: 'ops' },
      user: { id: 'alice' },
      receivedAt: new Date().toISOString(),
      command,
      display: command.display,
    } as CommandJobData,
    async updateData(data: CommandJobData) {
      holder.data = data;
    },
  };
  return holder as unknown as Job<CommandJobData>;
}

export async function startHarness(options: Partial<ArmSandboxOptions> = {}): Promise<Harness> {
  const sandbox = await startArmSandbox({
    subscriptionId: SUBSCRIPTION,
    reconcileMs: 60,
    operationDelayMs: 40,
    ...options,
  });
  // Like the app: the worker owns retries, so the SDK's are off.
  const arm = createSandboxSdkClient(sandbox, SUBSCRIPTION, { retryOptions: { maxRetries: 0 } });
  const logger = createLogger('silent');
  return {
    sandbox,
    async run(text, job, settings, ports) {
      const command = parsed(text);
      const run = runsAsJob(command) ? runnerFor(HANDLERS, command.kind, command) : undefined;
      if (!run) throw new Error(`no handler for ${command.kind}`);
      const theJob = job ?? jobFor(command);
      const progress: Reply[] = [];
      const privately: Reply[] = [];
      const reply = await run({
        data: theJob.data,
        job: theJob,
        arm,
        logger,
        settings: { complianceDeadlineMs: 5_000, pollIntervalsMs: [20, 40], ...settings },
        ...ports,
        progress: async (r) => {
          progress.push(r);
        },
        privately: async (r) => {
          privately.push(r);
        },
      });
      return { reply, progress, privately, job: theJob };
    },
    close: () => sandbox.close(),
  };
}

export function writes(sandbox: ArmSandbox, method: string, pathPart: string) {
  return sandbox.requests.filter((r) => r.method === method && r.path.toLowerCase().includes(pathPart.toLowerCase()));
}
