// problem: add
// expect: WA
// Replacing the comparison helpers in its own process cannot make a wrong answer pass.
JSON.stringify = () => "true";
JSON.parse = () => true;
Object.prototype.toString = () => "[object Equal]";
(Array.prototype as unknown as { every: () => boolean }).every = () => true;
structuredClone = ((x: unknown) => x) as typeof structuredClone;
export function add(a: number, b: number): number {
  return a - b - 1;
}
