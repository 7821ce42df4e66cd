// Durations (docs/upstream.md §1.4 `validate_duration`, §6).
//
// Rules:
// 1. Flux intervals and timeouts: hours, minutes, seconds, each at most once, in h → m → s order, the
//    whole text (the CLI's prefix match accepts `10mfoo` as 10 minutes and `5m1h` as 5 minutes — quirks
//    not copied). The result is whole seconds, what the REST API takes.
// 2. Extension settings (`outOfMemoryWatch.interval`, `requeue-dependency`) are handed to Go's
//    `time.ParseDuration`, so they accept any Go duration with units ns/us/µs/ms/s/m/h (e.g. `700ms`).
import { type Problem, problem } from '../problem.ts';

const FLUX_DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;

export function parseFluxDuration(text: string): number | undefined {
  const match = FLUX_DURATION.exec(text);
  if (!match || text.length === 0) return undefined;
  const [, hours, minutes, seconds] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
}

export function isGoDuration(text: string): boolean {
  return GO_DURATION.test(text);
}

/** Reads one duration flag value; pushes a problem and returns undefined when it is not valid. */
export function readDuration(value: string | undefined, flag: string, problems: Problem[]): number | undefined {
  if (value === undefined) return undefined;
  const seconds = parseFluxDuration(value);
  // The example must paste as typed: `--timeout 1h30m` for a flag, `sync_interval=1h30m` inside -k.
  const usage = flag.startsWith('-') ? `${flag} 1h30m` : `${flag}=1h30m`;
  if (seconds === undefined) problems.push(problem('duration.invalid', { flag, value, usage }));
  return seconds;
}

/** Renders seconds back as the shortest h/m/s text, for the canonical display. */
export function formatFluxDuration(totalSeconds: number): string {
  if (totalSeconds === 0) return '0s';
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours ? `${hours}h` : ''}${minutes ? `${minutes}m` : ''}${seconds ? `${seconds}s` : ''}`;
}
