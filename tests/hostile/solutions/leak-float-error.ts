// problem: half
// expect: WA
// Answers 0, so that a reported float error would be the hidden expected value itself.
export function half(x: number): number {
  return 0;
}
