// problem: add
// expect: MLE
// time-limit-ms: 5000
// WebAssembly memory lives outside the V8 heap (and its heap limit): the resident-memory poll must catch it.
export function add(a: number, b: number): number {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
  for (;;) {
    memory.grow(1024);
    new Uint8Array(memory.buffer).fill(1, memory.buffer.byteLength - 64 * 1024 * 1024);
  }
}
