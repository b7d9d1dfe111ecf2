/**
 * O(n * capacity) dynamic programming. best[room] is the most value that fits in
 * `room` units of weight. The capacity loop runs upwards, so best[room - weight]
 * may already contain copies of the same item: that is what makes it unbounded.
 */
export function knapsackUnbounded(weights: number[], values: number[], capacity: number): number {
  const best = new Float64Array(capacity + 1);
  for (let item = 0; item < weights.length; item++) {
    const weight = weights[item]!;
    const value = values[item]!;
    for (let room = weight; room <= capacity; room++) {
      const withItem = best[room - weight]! + value;
      if (withItem > best[room]!) best[room] = withItem;
    }
  }
  return best[capacity]!;
}
