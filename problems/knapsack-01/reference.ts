/** O(n * capacity) dynamic programming over capacities, one row reused from high to low. */
export function knapsack(weights: number[], values: number[], capacity: number): number {
  const best = new Array<number>(capacity + 1).fill(0);
  for (let item = 0; item < weights.length; item++) {
    const weight = weights[item]!;
    const value = values[item]!;
    for (let room = capacity; room >= weight; room--) {
      const withItem = best[room - weight]! + value;
      if (withItem > best[room]!) best[room] = withItem;
    }
  }
  return best[capacity]!;
}
