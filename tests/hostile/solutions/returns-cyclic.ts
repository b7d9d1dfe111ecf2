// problem: add
// expect: WA
export function add(a: number, b: number): number {
  const cycle: unknown[] = [];
  cycle.push(cycle);
  return cycle as unknown as number;
}
