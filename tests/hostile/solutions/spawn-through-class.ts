// problem: add
// expect: RE
// Starts a process through the ChildProcess class, which spawns as well as the refused functions do; reached
// through a computed name. Kept out by the permission model in a sandboxed process, and by the lockdown in a
// thread of kata, where it once ran `id` as root.
const name = ["node", "child_process"].join(":");
export async function add(a: number, b: number): Promise<number> {
  const cp = (await import(name)) as { ChildProcess: new () => { spawn(options: object): void } };
  new cp.ChildProcess().spawn({ file: "/bin/sh", args: ["/bin/sh", "-c", "echo x > /tmp/kata-hostile-wrote-this"], envPairs: [], stdio: ["ignore", "ignore", "ignore"] });
  return a + b;
}
