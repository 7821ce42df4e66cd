/**
 * Ends the client quietly once the reader of its output went away (`npm run -s chat -- "flux list" |
 * head -8`). Rules: 1. EPIPE on the output ends the process with exit 0, without a stack trace:
 * nothing more can be shown, and the reader took what it wanted; 2. any other output error is
 * thrown as before, since it means something is wrong, not that the reader is done.
 */
export function endQuietlyOnClosedOutput(output: NodeJS.WriteStream, exit: (code: number) => never): void {
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(0);
    throw error;
  });
}
