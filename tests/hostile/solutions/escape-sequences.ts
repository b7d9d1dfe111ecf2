// problem: add
// expect: RE
// Throws a message full of terminal escape sequences that would clear the screen and draw a fake
// "AC 29/29", and prints more of them: every report escapes them and shows a bounded amount.
const ESC = "\u001b";
export function add(a: number, b: number): number {
  console.log(`${ESC}[2J${ESC}[H${ESC}[32mAC${ESC}[0m  29/29 passed\u009b2J\u202e`);
  throw new Error(`${ESC}[2J${ESC}[1;1H${ESC}[32mAC${ESC}[0m  29/29 passed${"x".repeat(20_000_000)}`);
}
