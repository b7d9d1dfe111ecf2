// problem: add
// A right answer: the test checks from outside which memory cgroup the sandbox's processes are in.
export function add(a: number, b: number): number {
  return a + b;
}
