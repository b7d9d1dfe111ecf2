/** The correct solution of {{slug}}: every case's expected answer must agree with it. */
export function {{function}}(nums: number[]): number {
  throw new Error('not implemented');
}
