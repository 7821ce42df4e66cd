import { expect } from 'vitest';
import type { KillLoadReport } from './kill-load.ts';

/**
 * What a fault run on one Redis or on a Cluster must show: the kills landed mid-command (jobs
 * resumed on another worker), every command has exactly one final reply and was sent once, every
 * configuration was PUT exactly once, no webhook event was refused or retried, and every incident
 * was alerted twice (two failures per release) and recovered once.
 */
export function expectExactlyOnce(report: KillLoadReport, load: { writes: number; releases: number }): void {
  expect(report.kills).toBeGreaterThanOrEqual(2);
  expect(report.resumed).toBeGreaterThan(0);
  expect(report.resentCommands).toBe(0);
  expect(report.unfinished).toBe(0);
  expect(report.keysWithoutOneFinal).toEqual([]);
  expect(report.putsPerConfig.size).toBe(load.writes);
  expect([...report.putsPerConfig.values()].every((n) => n === 1)).toBe(true);
  expect(report.retriedEvents).toBe(0);
  expect(report.refusedEvents).toBe(0);
  expect(report.alerts).toBe(2 * load.releases);
  expect(report.recoveries).toBe(load.releases);
}
