// problem: add
// expect: RE|MLE|TLE
// A new realm's arrays have the native fill again, which in a thread of kata ran past the heap limit in one
// call and aborted kata's process: in a thread, node:vm's new contexts are refused (RE).
import vm from 'node:vm';

export function add(a: number, b: number): number {
  const length = vm.runInNewContext('new Array(1e8).fill(0).length') as number;
  return a + b + length * 0;
}
