/**
 * WRONG (WA): the one-row DP with the capacity loop running upwards. An item
 * can then be added to a total that already contains it, so this solves the
 * unbounded knapsack (unlimited copies of each item), not the 0/1 one.
 */
export function knapsack(weights: number[], values: number[], capacity: number): number {
  const best = new Array<number>(capacity + 1).fill(0);
  for (let item = 0; item < weights.length; item++) {
    const weight = weights[item]!;
    const value = values[item]!;
    for (let room = weight; room <= capacity; room++) {
      best[room] = Math.max(best[room]!, best[room - weight]! + value);
    }
  }
  return best[capacity]!;
}
