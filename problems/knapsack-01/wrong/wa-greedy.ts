/**
 * WRONG (WA): greedy by value per unit of weight. Takes the items with the best
 * ratio first while they fit; this misses combinations that fill the knapsack
 * better (see example 1, which ends with 8 instead of 9).
 */
export function knapsack(weights: number[], values: number[], capacity: number): number {
  const order = weights.map((_, index) => index);
  order.sort((a, b) => values[b]! / weights[b]! - values[a]! / weights[a]!);
  let room = capacity;
  let total = 0;
  for (const item of order) {
    if (weights[item]! <= room) {
      room -= weights[item]!;
      total += values[item]!;
    }
  }
  return total;
}
