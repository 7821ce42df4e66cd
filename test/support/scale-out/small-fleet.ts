import { type ChannelWatch, watchChannel } from './console-chat.ts';
import { type Fleet, startFleet } from './fluxops-fleet.ts';
import { scaleOutRedis } from './redis-env.ts';
import { type SandboxProcess, startSandboxProcess } from './sandbox-process.ts';

export interface SmallFleet {
  sandbox: SandboxProcess;
  fleet: Fleet;
  /** What the first web process posts to `channel`. */
  watch: ChannelWatch;
  stop(): Promise<void>;
}

/**
 * The standalone sandbox (ARM operations `operationMs` long), 1 web and 2 worker processes on the
 * suite's Redis, and a watch of one channel. A start that fails part way stops what it started, so
 * no process outlives the test.
 */
export async function startSmallFleet(options: { channel: string; operationMs: number }): Promise<SmallFleet> {
  const redis = await scaleOutRedis();
  let sandbox: SandboxProcess | undefined;
  let fleet: Fleet | undefined;
  let watch: ChannelWatch | undefined;
  const stop = async () => {
    watch?.stop();
    await fleet?.stop();
    await sandbox?.process.stop();
    await redis.release(fleet?.prefix ?? '');
  };
  try {
    sandbox = await startSandboxProcess({
      SANDBOX_OPERATION_MS: String(options.operationMs),
      SANDBOX_RECONCILE_MS: '300',
      SANDBOX_AGENT_RELAY: '200ms',
    });
    fleet = await startFleet({ sandboxUrl: sandbox.url, redisEnv: redis.env, webs: 1, workers: 2 });
    watch = await watchChannel(fleet.webs[0]!.url, options.channel);
    return { sandbox, fleet, watch, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
