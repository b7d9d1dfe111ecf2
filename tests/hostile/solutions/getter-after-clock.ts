// problem: fill-squares
// expect: TLE
// Hides its work in an index getter that the harness reads after its own clock stopped.
export function squareAll(nums: number[]): void {
  const squares = nums.map((x) => x * x);
  for (let i = 0; i < nums.length; i++) {
    Object.defineProperty(nums, i, {
      enumerable: true,
      get() {
        if (i === 0) {
          // CPU time, which the judge's limit is on: on a busy machine a wall-clock spin would use less.
          const start = process.cpuUsage();
          while ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < 1150) {}
        }
        return squares[i];
      },
    });
  }
}
