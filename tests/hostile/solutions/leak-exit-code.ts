// problem: add
// expect: RE
// Tries to smuggle eight bits of the hidden input out through its exit code.
export function add(a: number, b: number): number {
  process.exit(Math.abs(a) % 256);
}
