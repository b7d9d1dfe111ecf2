// problem: add
// expect: RE
// Tries to smuggle the hidden input out as the line and column of a forged stack frame.
export function add(a: number, b: number): number {
  const error = new TypeError("x");
  error.stack = `TypeError: x\n    at add (${import.meta.url.replace("file://", "")}:${Math.abs(a)}:${Math.abs(b)})`;
  throw error;
}
