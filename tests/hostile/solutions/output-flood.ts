// problem: add
// expect: AC
// 100 MB of output is captured and dropped, never mixed into the report.
export function add(a: number, b: number): number {
  const line = "x".repeat(1024 * 1024);
  for (let i = 0; i < 100; i++) console.log(line);
  return a + b;
}
