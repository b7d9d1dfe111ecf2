/**
 * WRONG (WA): greedy by value per unit of weight. Fills the knapsack with as
 * many copies as fit of the best-ratio kind, then the next best, and so on.
 * Leftover room can be wasted (example 2 gets 10 instead of 14).
 */
export function knapsackUnbounded(weights: number[], values: number[], capacity: number): number {
  const order = weights.map((_, index) => index);
  order.sort((a, b) => values[b]! / weights[b]! - values[a]! / weights[a]!);
  let room = capacity;
  let total = 0;
  for (const item of order) {
    const copies = Math.floor(room / weights[item]!);
    room -= copies * weights[item]!;
    total += copies * values[item]!;
  }
  return total;
}
