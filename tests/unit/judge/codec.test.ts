import { describe, expect, it } from 'vitest';
import { AnswerShapeError, decodeList, decodeTree, encodeList, encodeTree, encodeValue, NodeRecord } from '../../../src/judge/sandbox/codec.ts';
import { ListNode, TreeNode } from '../../../src/problem/structures.ts';
import { parseType } from '../../../src/problem/types.ts';

const classes = { TreeNode, ListNode };

describe('tree codec', () => {
  it.each([[[1, 2, 3, null, 4]], [[5, null, 6, null, 7]], [[]], [[1]], [[3, 9, 20, null, null, 15, 7]]])('round-trips %j', (levelOrder) => {
    expect(encodeTree(decodeTree(levelOrder, classes))).toEqual(levelOrder);
  });

  it('builds real TreeNode objects with left and right children', () => {
    const root = decodeTree([1, 2, 3, null, 4], classes)!;
    expect(root).toBeInstanceOf(TreeNode);
    expect(root.left!.right!.val).toBe(4);
    expect(root.right!.left).toBeNull();
  });

  it('handles a 100000-node chain without recursion', () => {
    const chain: (number | null)[] = [0];
    for (let i = 1; i < 100_000; i++) chain.push(null, i);
    const record = new NodeRecord();
    const root = decodeTree(chain, classes, record);
    expect(encodeTree(root)).toEqual(chain);
    expect((record.find(99_999) as TreeNode).val).toBe(99_999);
    expect(record.order.length).toBe(100_000);
  });

  it('knows a node by identity: the value the case gave it, whatever it holds later', () => {
    const record = new NodeRecord();
    const root = decodeTree([3, 5, 1], classes, record)!;
    root.val = 5;
    expect(record.valueOf(root)).toBe(3);
    expect(record.has(new TreeNode(5))).toBe(false);
    expect(record.find(5)).toBe(root.left);
  });

  it('keeps identities when Map.prototype is patched afterwards', () => {
    const record = new NodeRecord();
    const root = decodeTree([3, 5, 1], classes, record)!;
    const original = Map.prototype.get;
    Map.prototype.get = () => 5;
    try {
      expect(record.valueOf(root)).toBe(3);
    } finally {
      Map.prototype.get = original;
    }
  });

  it('rejects a tree with a cycle', () => {
    const root = new TreeNode(1);
    root.left = root;
    expect(() => encodeTree(root)).toThrow(AnswerShapeError);
  });
});

describe('list codec', () => {
  it('round-trips', () => {
    expect(encodeList(decodeList([1, 2, 3], classes))).toEqual([1, 2, 3]);
    expect(decodeList([], classes)).toBeNull();
    expect(encodeList(null)).toEqual([]);
  });

  it('rejects an array where a list or a tree belongs, saying so, instead of reading it as a node without a value', () => {
    expect(() => encodeList([1, 2, 3] as unknown as ListNode)).toThrow('the answer is an array, but the return type is a ListNode: build the nodes and return the head of the list');
    expect(() => encodeList([] as unknown as ListNode)).toThrow('the answer is an array, but the return type is a ListNode');
    expect(() => encodeTree([2, 1, 3] as unknown as TreeNode)).toThrow('the answer is an array, but the return type is a TreeNode: build the nodes and return the root of the tree');
    expect(() => encodeList(new ListNode(1, [2] as unknown as ListNode))).toThrow('the returned list holds something that is not a ListNode');
  });

  it('rejects a cyclic list', () => {
    const head = new ListNode(1, new ListNode(2));
    head.next!.next = head;
    expect(() => encodeList(head)).toThrow('cycle');
  });

  it('encodes nested structures by type', () => {
    expect(encodeValue(parseType('ListNode[]'), [decodeList([1, 2], classes), null])).toEqual([[1, 2], []]);
    // A bigint crosses as a bigint, so that the judge can tell 5n from "5" and 5.
    expect(encodeValue(parseType('map<string, bigint[]>'), new Map([['a', [5n]]]))).toEqual({ a: [5n] });
    expect(encodeValue(parseType('bigint'), '5')).toBe('5');
  });
});
