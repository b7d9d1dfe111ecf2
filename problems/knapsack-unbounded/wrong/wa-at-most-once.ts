/**
 * WRONG (WA): the 0/1 knapsack. The one-row DP walks capacities downwards, so
 * best[room - weight] never contains the current item and every kind is taken
 * at most once (example 1 gets 8 instead of 11).
 */
export function knapsackUnbounded(weights: number[], values: number[], capacity: number): number {
  const best = new Array<number>(capacity + 1).fill(0);
  for (let item = 0; item < weights.length; item++) {
    const weight = weights[item]!;
    const value = values[item]!;
    for (let room = capacity; room >= weight; room--) {
      best[room] = Math.max(best[room]!, best[room - weight]! + value);
    }
  }
  return best[capacity]!;
}
