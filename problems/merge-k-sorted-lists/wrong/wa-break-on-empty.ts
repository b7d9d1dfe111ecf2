import type { ListNode } from 'kata/structures';

/**
 * WRONG (WA): a min-heap of heads, but the loop that fills it uses `break`
 * where it means `continue`: the first empty list hides every list after it
 * (example 2 returns []).
 */
export function mergeKLists(lists: (ListNode | null)[]): ListNode | null {
  const heap: ListNode[] = [];
  for (const head of lists) {
    if (head === null) break;
    push(heap, head);
  }
  const dummy = { next: null as ListNode | null };
  let tail: { next: ListNode | null } = dummy;
  while (heap.length > 0) {
    const node = pop(heap);
    tail.next = node;
    tail = node;
    if (node.next !== null) push(heap, node.next);
  }
  tail.next = null;
  return dummy.next;
}

function push(heap: ListNode[], node: ListNode): void {
  heap.push(node);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]!.val <= heap[i]!.val) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function pop(heap: ListNode[]): ListNode {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left]!.val < heap[smallest]!.val) smallest = left;
      if (right < heap.length && heap[right]!.val < heap[smallest]!.val) smallest = right;
      if (smallest === i) break;
      [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
      i = smallest;
    }
  }
  return top;
}
