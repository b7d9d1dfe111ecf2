// problem: add
// expect: WA|RE
// Makes every set say it holds any value (the thread's list of files Node's loader may read is a set),
// replaces url.fileURLToPath and path.resolve everywhere with syncBuiltinESMExports, then imports a
// file that is not the solution. A right sum means the import got through; RE, that the lockdown refused it; WA, that it failed otherwise.
import { createRequire, syncBuiltinESMExports } from "node:module";
const require = createRequire(import.meta.url);
Set.prototype.has = () => true;
const url = require("node:url");
const path = require("node:path");
const realPath = url.fileURLToPath;
url.fileURLToPath = (given: string | URL) => realPath(given);
path.resolve = (...parts: string[]) => parts.join("/");
syncBuiltinESMExports();
// "escaped": the import got through; "refused": the thread's lockdown said no; otherwise it failed for another reason.
let outcome = "escaped";
try {
  await import(process.cwd() + "/package.json", { with: { type: "json" } });
} catch (error) {
  outcome = String((error as Error)?.message).includes("not available to solutions") ? "refused" : "failed";
}
export function add(a: number, b: number): number {
  if (outcome === "refused") throw new Error("the import was refused");
  return outcome === "escaped" ? a + b : a + b + 1;
}
