// problem: add
// expect: RE
// process.report writes a file anywhere and shows the judge's real environment; loadEnvFile reads any file.
export function add(a: number, b: number): number {
  const report = (process as unknown as { report: { writeReport(file: string): void } }).report;
  report.writeReport("/tmp/kata-hostile-wrote-this");
  return a + b;
}
