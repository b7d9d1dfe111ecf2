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
          const until = performance.now() + 1150;
          while (performance.now() < until) {}
        }
        return squares[i];
      },
    });
  }
}
