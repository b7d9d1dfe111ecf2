import type { ListNode } from 'kata/structures';

/**
 * WRONG (WA): pairwise merging that treats equal heads as one value: when
 * both heads are equal it keeps one node and skips the other, so repeated
 * values across lists are lost (example 2 returns [-3, 0, 0, 2]).
 */
export function mergeKLists(lists: (ListNode | null)[]): ListNode | null {
  let current = lists;
  if (current.length === 0) return null;
  while (current.length > 1) {
    const next: (ListNode | null)[] = [];
    for (let i = 0; i < current.length; i += 2) next.push(i + 1 < current.length ? mergeTwo(current[i]!, current[i + 1]!) : current[i]!);
    current = next;
  }
  return current[0]!;
}

function mergeTwo(a: ListNode | null, b: ListNode | null): ListNode | null {
  const dummy = { val: 0, next: null as ListNode | null };
  let tail: { next: ListNode | null } = dummy;
  while (a !== null && b !== null) {
    if (a.val < b.val) {
      tail.next = a;
      a = a.next;
    } else if (b.val < a.val) {
      tail.next = b;
      b = b.next;
    } else {
      tail.next = a;
      a = a.next;
      b = b.next;
    }
    tail = tail.next!;
  }
  tail.next = a ?? b;
  return dummy.next;
}
