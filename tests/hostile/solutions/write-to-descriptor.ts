// problem: add
// expect: AC|RE
// Opens sockets on descriptor 1 (by the module's constructor, by a bare number, through a getter every
// object inherits, by the prototype's constructor, and by what a subclass of it would inherit) and a
// terminal stream on descriptor 2, to print past the harness's capture of console output, and takes the
// original constructor from a Reflect.construct of its own. In a thread of kata they would be kata's own
// terminal: refused there (RE). In a sandboxed process they are the sandbox's own, whose output the judge
// keeps as stray text.
import net from "node:net";
import tty from "node:tty";
const TEXT = "KATA-HOSTILE-PRINTED-PAST-CAPTURE\n";
type SocketClass = new (options: { fd: number }) => { write(text: string): void };
function attempt(open: () => { write(text: string): void }): number {
  try {
    open().write(TEXT);
    return 1;
  } catch {
    return 0;
  }
}
export function add(a: number, b: number): number {
  let opened = 0;
  opened += attempt(() => new net.Socket({ fd: 1 }));
  opened += attempt(() => new (net.Socket.prototype.constructor as SocketClass)({ fd: 1 }));
  opened += attempt(() => new (Object.getPrototypeOf(net.Socket) as SocketClass)({ fd: 1 }));
  opened += attempt(() => new (Object.getPrototypeOf(net.Socket.prototype).constructor as SocketClass)({ fd: 1 }));
  opened += attempt(() => new tty.WriteStream(2));
  // Node's old form: a bare number is a descriptor.
  opened += attempt(() => new (net.Socket as unknown as new (fd: number) => { write(text: string): void })(1));
  // A descriptor no own property shows, answered to Node's own look by a getter on every object.
  opened += attempt(() => {
    let asked = 0;
    Object.defineProperty(Object.prototype, "fd", { configurable: true, get: () => (asked++ === 0 ? undefined : 1) });
    try {
      return new net.Socket({});
    } finally {
      delete (Object.prototype as { fd?: unknown }).fd;
    }
  });
  opened += attempt(() => {
    const construct = Reflect.construct;
    let original: SocketClass | undefined;
    Reflect.construct = (target: Function, args: unknown[], newTarget?: Function) => {
      original ??= target as SocketClass;
      return construct(target, args, newTarget ?? target);
    };
    try {
      new net.Socket();
    } finally {
      Reflect.construct = construct;
    }
    if (!original) throw new Error("not reached");
    return new original({ fd: 1 });
  });
  if (opened === 0) throw new Error("every descriptor was refused");
  return a + b;
}
