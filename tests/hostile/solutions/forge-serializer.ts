// problem: add
// expect: TLE
// Patches the serializer the harness uses, so that every reply claims 1 microsecond.
import v8 from "node:v8";
const proto = v8.Serializer.prototype as unknown as { writeValue(value: unknown): boolean };
const writeValue = proto.writeValue;
proto.writeValue = function (value: unknown) {
  if (value && typeof value === "object" && (value as { type?: unknown }).type === "returned") value = { ...(value as object), timeMs: 0.001 };
  return writeValue.call(this, value);
};
export function add(a: number, b: number): number {
  // CPU time, which the judge's limit is on: on a busy machine a wall-clock spin would use less.
  const start = process.cpuUsage();
  while ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < 600) {}
  return a + b;
}
