// problem: add
// expect: AC
// Asks the one file function left in a thread (the loader's read) to open its own compiled file for
// writing, which would empty it in kata's cache for every later run. It may only read; in a process the
// permission model refuses the write. Either way the solution itself is right.
import { promises } from "node:fs";
try {
  await promises.readFile(new URL(import.meta.url), { flag: "w" });
} catch {
  // refused
}
export function add(a: number, b: number): number {
  return a + b;
}
