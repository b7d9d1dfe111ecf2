// problem: add
// expect: MLE|TLE
// A memo that never stops growing, the commonest way to run out of memory by accident. A Map rehashes its
// table in one allocation: in a thread at its heap limit, that aborted kata's whole process.
export function add(a: number, b: number): number {
  const memo = new Map<number, number>();
  for (let i = 0; ; i++) memo.set(i, a + b + i);
}
