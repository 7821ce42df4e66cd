/**
 * The console endpoint accepted the connection but sent nothing within the client's wait for the
 * first line of an answer (a process stopped in a debugger, something else listening on the port).
 */
export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError';

  constructor(
    readonly url: string,
    readonly waitedMs: number,
  ) {
    super(`no answer from ${url} within ${waitedMs} ms`);
  }
}
