// problem: add
// expect: RE
// Prints V8's out-of-memory text and exits, hoping to be judged MLE instead of RE.
import { writeSync } from "node:fs";
export function add(a: number, b: number): number {
  writeSync(2, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n");
  return (process as unknown as { reallyExit(code: number): never }).reallyExit(134);
}
