/**
 * kata's standard output, written straight to file descriptor 1. Node's process.stdout is a stream made
 * at its first use, and making it (Node's stream modules, and net's for a pipe) cost about 2 ms of
 * every command. On Linux that stream writes synchronously too, so where both are used (kata watch on a
 * terminal, a descriptor that is full) the text keeps its order.
 */
import { fstatSync, writeSync } from 'node:fs';

let throughStream = false;

export function writeOut(text: string): void {
  if (throughStream) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A reader that stops early (kata list | head) is not an error.
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (code !== 'EAGAIN') throw error;
      // A descriptor set not to block, and full: Node's stream waits for the reader.
      useStream();
      process.stdout.write(bytes.subarray(offset));
      return;
    }
  }
}

/** From now on through process.stdout, as the stream's first user arranges. */
function useStream(): void {
  throughStream = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/** Whether standard output is a terminal: asks the stream only for a character device (a terminal, or /dev/null), never for a pipe or file. */
export function outIsTerminal(): boolean {
  try {
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.stdout.isTTY === true;
}
