/**
 * A y/N question over piped stdin: prints the question and takes the next line of the same stream
 * the commands come from. Rules: 1. the answer is the next line, echoed so a transcript reads like
 * a terminal session; 2. input that ends before a line resolves undefined (no answer, not "no").
 */
export function pipedQuestion(lines: AsyncIterator<string>): (query: string) => Promise<string | undefined> {
  return async (query) => {
    process.stdout.write(query);
    const next = await lines.next();
    if (next.done) {
      process.stdout.write('\n');
      return undefined;
    }
    process.stdout.write(`${next.value}\n`);
    return next.value;
  };
}
