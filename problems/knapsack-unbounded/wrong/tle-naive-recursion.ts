/**
 * WRONG (TLE): correct recursion over "which kind goes in next", with no memo.
 * The same remaining room is solved again and again: exponential in
 * capacity / smallest weight, hopeless for capacity 10^5 and weights of 20.
 */
export function knapsackUnbounded(weights: number[], values: number[], capacity: number): number {
  const best = (room: number, from: number): number => {
    let result = 0;
    // Kinds are chosen in non-decreasing index order, so each multiset is tried once.
    for (let item = from; item < weights.length; item++) {
      if (weights[item]! <= room) result = Math.max(result, values[item]! + best(room - weights[item]!, item));
    }
    return result;
  };
  return best(capacity, 0);
}
