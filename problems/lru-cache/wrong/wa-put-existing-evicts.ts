/**
 * WRONG (WA): evicts the least recent key whenever the cache is full and a put arrives, even
 * when the put only updates a key that is already stored. Nothing new is added, so nothing
 * should be evicted: a full cache loses a key it should have kept.
 */
export class LRUCache {
  private readonly entries = new Map<number, number>();

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    const value = this.entries.get(key);
    if (value === undefined) return -1;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  put(key: number, value: number): void {
    if (this.entries.size === this.capacity) {
      const oldest = this.entries.keys().next().value!;
      this.entries.delete(oldest);
    }
    this.entries.delete(key);
    this.entries.set(key, value);
  }
}
