import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { chat, decideIn } from '../support/console/console-client.ts';
import { startTestApp } from '../support/test-app.ts';

/** A confirmation token only works in the conversation where the command was typed, by its requester. */
describe('confirming elsewhere', () => {
  let app: Fluxops;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a click from another channel and still runs once where it was asked', async () => {
    const prompt = await chat(
      app.url!,
      'flux delete -n nothing-here -g flux-demo-rg -c flux-demo-arc -t connectedClusters',
    );
    const token = prompt[0]?.token;
    expect(token).toMatch(/^[0-9a-f]{32}$/);

    const elsewhere = await decideIn(app.url!, token!, 'confirm', 'alice', 'another-channel');
    expect(elsewhere[0]?.reply.title).toBe('Confirm where you asked');

    const stranger = await decideIn(app.url!, token!, 'confirm', 'mallory', 'ops');
    expect(stranger[0]?.reply.title).toBe('Not yours to confirm');

    const here = await decideIn(app.url!, token!, 'confirm', 'alice', 'ops');
    expect(here[0]?.reply.provenance?.confirmedBy).toBe('alice');
    const again = await decideIn(app.url!, token!, 'confirm', 'alice', 'ops');
    expect(again[0]?.reply.title).toBe('Confirmation expired');
  });
});
