// problem: add
// expect: RE
// Makes every set say it holds any value (the thread's list of files Node's loader may read is a set),
// replaces url.fileURLToPath and path.resolve everywhere with syncBuiltinESMExports, then imports a
// file that is not the solution. A sum returned means the import got through.
import { createRequire, syncBuiltinESMExports } from "node:module";
const require = createRequire(import.meta.url);
Set.prototype.has = () => true;
const url = require("node:url");
const path = require("node:path");
const realPath = url.fileURLToPath;
url.fileURLToPath = (given: string | URL) => realPath(given);
path.resolve = (...parts: string[]) => parts.join("/");
syncBuiltinESMExports();
let escaped = false;
try {
  await import(process.cwd() + "/package.json", { with: { type: "json" } });
  escaped = true;
} catch {}
export function add(a: number, b: number): number {
  if (!escaped) throw new Error("the import was refused");
  return a + b;
}
