/**
 * WRONG (WA): a put on a key that is already stored changes its value but leaves it at its old
 * place in the recency order. Writing a key is a use of it too, so it should become the most
 * recent.
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
    if (!this.entries.has(key) && this.entries.size === this.capacity) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, value);
  }
}
