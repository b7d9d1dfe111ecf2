/**
 * WRONG (TLE): tries all 2^n subsets, taking or skipping each item in turn.
 * Correct, and fine for n <= 20, but with n = 200 it never finishes.
 */
export function knapsack(weights: number[], values: number[], capacity: number): number {
  const n = weights.length;
  let best = 0;
  const explore = (item: number, weight: number, value: number): void => {
    if (item === n) {
      if (weight <= capacity && value > best) best = value;
      return;
    }
    explore(item + 1, weight, value);
    explore(item + 1, weight + weights[item]!, value + values[item]!);
  };
  explore(0, 0, 0);
  return best;
}
