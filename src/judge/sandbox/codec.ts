/**
 * Turning case data into the values a solution gets, and its answer back into
 * case data. Runs inside the sandbox, next to the solution, so it imports
 * nothing at run time, takes the node classes as arguments, and iterates
 * instead of recursing over data (a 10^5-deep chain must not overflow it).
 */
import type { ListNode, TreeNode } from '../../problem/structures.ts';
import { MAX_NESTING_DEPTH, needsConversion, type Type } from '../../problem/types.ts';

export interface NodeClasses {
  TreeNode: new (val?: number, left?: TreeNode | null, right?: TreeNode | null) => TreeNode;
  ListNode: new (val?: number, next?: ListNode | null) => ListNode;
}

/** An answer that cannot be judged as data (a cycle, a foreign node): a wrong answer with this reason. */
export class AnswerShapeError extends Error {}

export function decodeValue(type: Type, data: unknown, classes: NodeClasses): unknown {
  if (!needsConversion(type) || data === null) return type.kind === 'tree' || type.kind === 'list' ? null : data;
  switch (type.kind) {
    case 'tree':
      return decodeTree(data as (number | null)[], classes);
    case 'list':
      return decodeList(data as number[], classes);
    case 'bigint':
      return BigInt(data as string | number);
    case 'array': {
      const items = data as unknown[];
      const out = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) out[i] = decodeValue(type.of, items[i], classes);
      return out;
    }
    case 'nullable':
      return decodeValue(type.of, data, classes);
    case 'nested':
      // Case data passed the type check, so it is at most MAX_NESTING_DEPTH deep.
      return Array.isArray(data) ? data.map((item) => decodeValue(type, item, classes)) : decodeValue(type.of, data, classes);
    case 'record': {
      // A plain object, as solutions expect; a field cannot be named __proto__ (the type language refuses it).
      const out: Record<string, unknown> = {};
      for (const field of type.fields) out[field.name] = decodeValue(field.type, (data as Record<string, unknown>)[field.name], classes);
      return out;
    }
    case 'map': {
      const out = new Map<unknown, unknown>();
      for (const [key, item] of Object.entries(data as Record<string, unknown>)) {
        out.set(type.key === 'int' ? Number(key) : key, decodeValue(type.of, item, classes));
      }
      return out;
    }
    default:
      return data;
  }
}

/**
 * The nodes of an input tree, recorded as the tree is built, before the solution sees it: each node
 * object with the value the case gave it. Uses Map methods captured when this module loads, so a
 * solution that patches Map.prototype or a node's `val` cannot change which node an answer is.
 */
export class NodeRecord {
  private readonly values = new SafeMap();
  readonly order: object[] = [];

  add(node: object, value: unknown): void {
    mapSet(this.values, node, value);
    this.order[this.order.length] = node;
  }

  has(node: unknown): boolean {
    return mapHas(this.values, node);
  }

  /** The value the case gave this node, whatever the node holds now. */
  valueOf(node: unknown): unknown {
    return mapGet(this.values, node);
  }

  /** The first node in level order whose case value is `value`. */
  find(value: unknown): object | null {
    for (let i = 0; i < this.order.length; i++) if (mapGet(this.values, this.order[i]) === value) return this.order[i]!;
    return null;
  }
}

const SafeMap = Map;
const uncurry = <A extends unknown[], R>(method: (...args: A) => R) => Function.prototype.call.bind(method) as unknown as (self: unknown, ...args: A) => R;
const mapGet = uncurry(Map.prototype.get as (key: unknown) => unknown);
const mapSet = uncurry(Map.prototype.set as (key: unknown, value: unknown) => unknown);
const mapHas = uncurry(Map.prototype.has as (key: unknown) => boolean);

/** LeetCode's level order: children of each non-null node in turn, nulls for missing ones. */
export function decodeTree(data: (number | null)[] | null, classes: NodeClasses, record?: NodeRecord): TreeNode | null {
  if (data === null || data.length === 0 || data[0] === null || data[0] === undefined) return null;
  const make = (value: number): TreeNode => {
    const node = new classes.TreeNode(value);
    record?.add(node, value);
    return node;
  };
  const root = make(data[0]);
  const queue: TreeNode[] = [root];
  let head = 0;
  let i = 1;
  while (i < data.length && head < queue.length) {
    const parent = queue[head++]!;
    const left = data[i++];
    if (left !== null && left !== undefined) queue[queue.length] = parent.left = make(left);
    if (i >= data.length) break;
    const right = data[i++];
    if (right !== null && right !== undefined) queue[queue.length] = parent.right = make(right);
  }
  return root;
}

export function decodeList(data: number[] | null, classes: NodeClasses): ListNode | null {
  let head: ListNode | null = null;
  if (data === null) return null;
  for (let i = data.length - 1; i >= 0; i--) head = new classes.ListNode(data[i], head);
  return head;
}

/** The answer as case data. Values of the wrong shape pass through unchanged for the judge to reject. */
export function encodeValue(type: Type, value: unknown): unknown {
  if (!needsConversion(type)) return value;
  switch (type.kind) {
    case 'tree':
      return encodeTree(value as TreeNode | null);
    case 'list':
      return encodeList(value as ListNode | null);
    case 'bigint':
      // Sent as it is (the channel's serializer keeps bigints): the judge must tell 5n from "5" and 5.
      return value;
    case 'array': {
      if (!Array.isArray(value)) return value;
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) out[i] = encodeValue(type.of, value[i]);
      return out;
    }
    case 'nullable':
      return value === null ? null : encodeValue(type.of, value);
    case 'nested':
      return encodeNested(type.of, value, 0);
    case 'record': {
      if (typeof value !== 'object' || value === null) return value;
      // No prototype: a key such as "__proto__" must stay a key.
      const out = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(value)) {
        const field = type.fields.find((f) => f.name === key);
        out[key] = field ? encodeValue(field.type, (value as Record<string, unknown>)[key]) : (value as Record<string, unknown>)[key];
      }
      return out;
    }
    case 'map': {
      const entries = value instanceof Map ? [...value.entries()] : typeof value === 'object' && value !== null ? Object.entries(value) : null;
      if (entries === null) return value;
      const out = Object.create(null) as Record<string, unknown>;
      for (const [key, item] of entries) out[String(key)] = encodeValue(type.of, item);
      return out;
    }
    default:
      return value;
  }
}

/** An answer is the solution's, so its depth is bounded here: a cycle or a million levels must not overflow the stack. */
function encodeNested(of: Type, value: unknown, depth: number): unknown {
  if (!Array.isArray(value)) return encodeValue(of, value);
  if (depth >= MAX_NESTING_DEPTH) throw new AnswerShapeError(`the answer is too deep (arrays nested more than ${MAX_NESTING_DEPTH} levels)`);
  const out = new Array<unknown>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = encodeNested(of, value[i], depth + 1);
  return out;
}

function isNode(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An array where a node belongs: the values a list or tree would hold, not the nodes the type asks for. */
function refuseArray(value: unknown, node: 'ListNode' | 'TreeNode'): void {
  if (Array.isArray(value)) throw new AnswerShapeError(`the answer is an array, but the return type is a ${node}: build the nodes and return ${node === 'ListNode' ? 'the head of the list' : 'the root of the tree'}`);
}

export function encodeTree(root: TreeNode | null | undefined): (number | null)[] | unknown {
  if (root === null) return [];
  refuseArray(root, 'TreeNode');
  if (!isNode(root)) return root;
  const out: (unknown | null)[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node === null || node === undefined) {
      out.push(null);
      continue;
    }
    if (!isNode(node)) throw new AnswerShapeError('the returned tree holds something that is not a TreeNode');
    if (seen.has(node)) throw new AnswerShapeError('the returned tree has a cycle');
    seen.add(node);
    out.push(node.val);
    queue.push(node.left ?? null, node.right ?? null);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

export function encodeList(head: ListNode | null | undefined): unknown {
  if (head === null) return [];
  refuseArray(head, 'ListNode');
  if (!isNode(head)) return head;
  const out: unknown[] = [];
  const seen = new Set<unknown>();
  for (let node: unknown = head; node !== null && node !== undefined; node = (node as { next?: unknown }).next) {
    if (!isNode(node)) throw new AnswerShapeError('the returned list holds something that is not a ListNode');
    if (seen.has(node)) throw new AnswerShapeError('the returned list has a cycle');
    seen.add(node);
    out.push(node.val);
  }
  return out;
}
