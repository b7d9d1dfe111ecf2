// problem: add
// expect: RE
// module.register starts Node's loader-hooks thread, which no lockdown reaches; its code writes a file.
const name = ["node", "module"].join(":");
export async function add(a: number, b: number): Promise<number> {
  const mod = (await import(name)) as { register(url: string): void };
  mod.register("data:text/javascript," + encodeURIComponent("import { writeFileSync } from 'node:fs'; writeFileSync('/tmp/kata-hostile-wrote-this', 'x');"));
  return a + b;
}
