import { ListNode } from 'kata/structures';

/**
 * Divide and conquer: merge lists pairwise (0 with 1, 2 with 3, ...), then the
 * results pairwise, and so on. Every node takes part in log2(k) two-way merges,
 * so the whole run is O(N log k). Existing nodes are relinked; none is created
 * except one dummy head per two-way merge.
 */
export function mergeKLists(lists: (ListNode | null)[]): ListNode | null {
  if (lists.length === 0) return null;
  let current = lists;
  while (current.length > 1) {
    const next: (ListNode | null)[] = [];
    for (let i = 0; i < current.length; i += 2) {
      next.push(i + 1 < current.length ? mergeTwo(current[i]!, current[i + 1]!) : current[i]!);
    }
    current = next;
  }
  return current[0]!;
}

function mergeTwo(a: ListNode | null, b: ListNode | null): ListNode | null {
  const dummy = new ListNode();
  let tail = dummy;
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a ?? b;
  return dummy.next;
}
