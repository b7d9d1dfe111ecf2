/**
 * A hash map from key to node, plus a doubly linked list of the nodes ordered by recency:
 * the most recently used right after the head sentinel, the least recently used right before
 * the tail sentinel. Every get and put moves one node to the front, and an eviction unlinks
 * the node before the tail, so each call is O(1).
 */
class Entry {
  prev: Entry = this;
  next: Entry = this;
  constructor(
    readonly key: number,
    public value: number,
  ) {}
}

export class LRUCache {
  private readonly entries = new Map<number, Entry>();
  /** Sentinel: head.next is the most recent entry, head.prev the least recent. */
  private readonly head = new Entry(-1, -1);

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    const entry = this.entries.get(key);
    if (entry === undefined) return -1;
    this.moveToFront(entry);
    return entry.value;
  }

  put(key: number, value: number): void {
    const existing = this.entries.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.moveToFront(existing);
      return;
    }
    if (this.entries.size === this.capacity) {
      const oldest = this.head.prev;
      this.unlink(oldest);
      this.entries.delete(oldest.key);
    }
    const entry = new Entry(key, value);
    this.entries.set(key, entry);
    this.linkAfterHead(entry);
  }

  private moveToFront(entry: Entry): void {
    this.unlink(entry);
    this.linkAfterHead(entry);
  }

  private unlink(entry: Entry): void {
    entry.prev.next = entry.next;
    entry.next.prev = entry.prev;
  }

  private linkAfterHead(entry: Entry): void {
    entry.prev = this.head;
    entry.next = this.head.next;
    this.head.next.prev = entry;
    this.head.next = entry;
  }
}
