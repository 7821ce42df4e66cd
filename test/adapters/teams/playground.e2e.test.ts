import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fluxops } from '../../../app/start-fluxops.ts';
import { type Playground, startPlayground } from '../../support/teams/playground.ts';
import { freePort, startTeamsApp } from '../../support/teams/teams-app.ts';

/**
 * End to end with Microsoft's own client: the bot in sandbox mode (auth off), the Agents Playground
 * pointed at it, and the Playground's web UI driven in headless Chromium. Nothing leaves the machine:
 * the browser may only talk to 127.0.0.1 (the UI asks a CDN for Segoe UI fonts; those requests are
 * refused and the UI falls back to local fonts).
 */

const OUTPUT = fileURLToPath(new URL('../../../test-output/teams-playground/', import.meta.url));
const ARC = '-g flux-demo-rg -c flux-demo-arc -t connectedClusters';
const LONG = 90_000;

describe('Teams in the Microsoft 365 Agents Playground', () => {
  let app: Fluxops;
  let playground: Playground;
  let browser: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    app = await startTeamsApp();
    playground = await startPlayground({ endpoint: `${app.url}/api/messages`, port: await freePort(), cwd: OUTPUT });
    profile = mkdtempSync(join(OUTPUT, 'chromium-profile-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    await browser.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' || url.hostname === 'localhost' ? route.continue() : route.abort();
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(LONG);
  }, 120_000);

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await playground?.stop();
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  }, 60_000);

  async function send(text: string) {
    // The composer is the Lexical editor; the log panel is contenteditable too, so match precisely.
    const box = page.locator('[data-lexical-editor="true"]');
    await box.click();
    await box.pressSequentially(text, { delay: 5 });
    await page.keyboard.press('Enter');
  }

  /** The newest Adaptive Card in the conversation. */
  const lastCard = () => page.locator('.ac-adaptiveCard').last();

  it('runs a list, then a confirmed delete whose card updates in place', async () => {
    await page.goto(playground.url);
    await page.locator('[data-lexical-editor="true"]').waitFor();

    await send(`flux list ${ARC}`);
    await expect
      .poll(async () => (await page.locator('.ac-adaptiveCard').allInnerTexts()).join('\n'), { timeout: LONG })
      .toContain('No flux configurations on flux-demo-arc');
    const cardsAfterList = await page.locator('.ac-adaptiveCard').count();

    await send(`flux delete -n cluster-config ${ARC}`);
    await lastCard().getByText('Waiting for confirmation').waitFor();
    expect(await page.locator('.ac-adaptiveCard').count()).toBe(cardsAfterList + 1);
    await page.screenshot({ path: join(OUTPUT, 'confirm-card.png'), fullPage: true });

    await lastCard().getByRole('button', { name: 'Confirm' }).click();
    // Same card, replaced: who confirmed, then the job's final status; no new card appears.
    await lastCard()
      .getByText(/confirmed by/)
      .waitFor();
    await lastCard()
      .getByText(/^(Succeeded|Failed|Info)$/)
      .waitFor();
    expect(await page.locator('.ac-adaptiveCard').count()).toBe(cardsAfterList + 1);
    expect(await lastCard().getByRole('button', { name: 'Confirm' }).count()).toBe(0);
    await page.screenshot({ path: join(OUTPUT, 'confirmed-card.png'), fullPage: true });
  }, 240_000);
});
