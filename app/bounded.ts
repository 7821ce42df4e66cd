/**
 * Waits for `work` at most `ms`, swallowing its failure: for closing steps that wait on Redis, which
 * may never answer while Redis is unreachable. What is not closed by then is dropped with the process.
 */
export async function bounded(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    work.catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
