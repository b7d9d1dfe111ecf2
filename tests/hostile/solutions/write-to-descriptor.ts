// problem: add
// expect: AC|RE
// Opens a socket on descriptor 1 and a terminal stream on descriptor 2, to print past the harness's
// capture of console output. In a thread of kata they would be kata's own terminal: refused there (RE).
// In a sandboxed process they are the sandbox's own, whose output the judge keeps as stray text.
import net from "node:net";
import tty from "node:tty";
export function add(a: number, b: number): number {
  new net.Socket({ fd: 1 }).write("KATA-HOSTILE-PRINTED-PAST-CAPTURE\n");
  try {
    new tty.WriteStream(2).write("KATA-HOSTILE-PRINTED-PAST-CAPTURE\n");
  } catch {
    // descriptor 2 is not a terminal here
  }
  return a + b;
}
