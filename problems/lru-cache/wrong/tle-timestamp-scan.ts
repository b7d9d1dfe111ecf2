/**
 * WRONG (TLE): stores each key's value with the time it was last used, and on eviction scans
 * every entry for the oldest time. Correct, but an eviction costs O(capacity): with a capacity
 * of 10^5 and 10^5 evictions that is 10^10 steps.
 */
export class LRUCache {
  private readonly entries = new Map<number, { value: number; used: number }>();
  private clock = 0;

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    const entry = this.entries.get(key);
    if (entry === undefined) return -1;
    entry.used = this.clock++;
    return entry.value;
  }

  put(key: number, value: number): void {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.value = value;
      entry.used = this.clock++;
      return;
    }
    if (this.entries.size === this.capacity) {
      let oldestKey = -1;
      let oldestTime = Infinity;
      for (const [k, e] of this.entries) {
        if (e.used < oldestTime) {
          oldestTime = e.used;
          oldestKey = k;
        }
      }
      this.entries.delete(oldestKey);
    }
    this.entries.set(key, { value, used: this.clock++ });
  }
}
