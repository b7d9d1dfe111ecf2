/**
 * WRONG (WA): keeps keys in a Map in recency order (the first key is the least recent), but
 * only put moves a key to the back. A get leaves the key where it was, so a key that was just
 * read can still be evicted next.
 */
export class LRUCache {
  private readonly entries = new Map<number, number>();

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    return this.entries.get(key) ?? -1;
  }

  put(key: number, value: number): void {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size === this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }
}
