// Case 6 of the real-Azure run, on the wire to the stand-in: what fluxops leaves out, the API fills in with
// its own defaults, so a switch to a bucket says insecure=false and a pinned extension names no train.
import { afterEach, describe, expect, it } from 'vitest';
import { ARC, type Harness, startHarness, TUTORIAL_CREATE, writes } from '../../support/handlers/harness.ts';
import { replyText } from '../../support/replies/reply-text.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('request bodies on the wire', () => {
  it('flux update --kind bucket sends bucket.insecure=false, so the API default (true) never applies', async () => {
    harness = await startHarness();
    await harness.run(TUTORIAL_CREATE);
    const run = await harness.run(
      `flux update -n cluster-config ${ARC} --kind bucket --url https://s3.amazonaws.com --bucket-name flux --local-auth-ref bucket-auth`,
    );
    expect(run.reply.status, replyText(run.reply)).not.toBe('failed');
    const config = harness.sandbox.world.fluxConfiguration({ name: 'flux-demo-arc' }, 'cluster-config');
    expect(config?.properties.sourceKind).toBe('Bucket');
    expect(config?.properties.bucket?.insecure).toBe(false);
  });

  it('a pinned extension (--auto-upgrade-minor-version false --version …) is sent without releaseTrain', async () => {
    harness = await startHarness();
    const run = await harness.run(
      `extension create -n flux --extension-type microsoft.flux --version 1.15.1 --auto-upgrade-minor-version false ${ARC}`,
    );
    expect(run.reply.status, replyText(run.reply)).toBe('succeeded');
    const [put] = writes(harness.sandbox, 'PUT', '/extensions/flux');
    const properties = (put?.body as { properties?: Record<string, unknown> } | undefined)?.properties;
    expect(properties).toMatchObject({ autoUpgradeMinorVersion: false, version: '1.15.1' });
    expect(properties).not.toHaveProperty('releaseTrain');
  });
});
