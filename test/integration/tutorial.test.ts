import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Fluxops } from '../../app/start-fluxops.ts';
import { startTestApp, testConfig } from '../support/test-app.ts';
import { runTutorialTour } from '../support/tours/tutorial-tour.ts';

describe('the tutorial from the console chat', () => {
  let app: Fluxops;
  beforeAll(async () => {
    app = await startTestApp(testConfig(), { worker: { pollIntervalsMs: [30, 60] } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('runs create → show → settings → delete → extension delete', async () => {
    await runTutorialTour(app);
  }, 60_000);
});
