/**
 * What the inline host's context (inline-host.ts) also guards, since nothing but V8's timeout watches
 * kata's main thread there, and a native call that never checks for it would hold kata for good:
 * - includes, indexOf and lastIndexOf over a receiver that is not a dense array (an array-like of length
 *   2^40, an array with an element at 2^32 - 2) loop in V8 without a check: they run here as loops of
 *   JavaScript, which the timeout stops; a dense array (shorter than V8's sparse threshold) or a typed
 *   array still takes the native call;
 * - V8 ends the whole process, with no error to catch, for an array past its largest size: a string of
 *   2^26 characters or more is refused to split and JSON.parse (a thread then runs the cases);
 * - a resizable ArrayBuffer reserves its maximum at once: thousands of 4 GB ones exhausted the address
 *   space, and V8 aborted. One past the memory limit is refused.
 * Each refusal is a RangeError, and any throw ends the inline try: the judge runs the cases in a thread.
 */

import { clamp, SPARSE_LENGTH, toInteger, toLength } from './spec-integers.ts';

/** Strings this long or longer could make an array past V8's largest. */
const HUGE_TEXT = 2 ** 26;

// Taken before the solution loads, which could replace any of them.
const apply = Reflect.apply;
const defineProperty = Object.defineProperty;
const hasProperty = Reflect.has;
const isArray = Array.isArray;
const isView = ArrayBuffer.isView;
const toObject = Object;
const { min } = Math;
const ProxyConstructor = Proxy;
const construct = Reflect.construct;

type Realm = Pick<typeof globalThis, 'Array' | 'String' | 'JSON' | 'ArrayBuffer' | 'SharedArrayBuffer'>;

/** Guards `realm` (this one by default; another in a test), for a problem's memory limit of `memoryBytes`. */
export function guardNativeLoops(memoryBytes: number, realm: Realm = globalThis): void {
  const arrayProto = realm.Array.prototype as unknown as Record<string, unknown>;
  const natives = { includes: arrayProto.includes, indexOf: arrayProto.indexOf, lastIndexOf: arrayProto.lastIndexOf } as Record<string, (...args: unknown[]) => unknown>;
  const loops: Record<string, (object: Record<number, unknown>, length: number, args: unknown[]) => unknown> = { includes: includesLoop, indexOf: indexOfLoop, lastIndexOf: lastIndexOfLoop };
  for (const name of ['includes', 'indexOf', 'lastIndexOf']) {
    const native = natives[name]!;
    const loop = loops[name]!;
    const method = {
      [name](this: unknown, ...args: unknown[]): unknown {
        if (this === null || this === undefined || (isArray(this) && (this as unknown[]).length < SPARSE_LENGTH) || isView(this)) return apply(native, this, args);
        const object = toObject(this) as Record<number, unknown> & { length?: unknown };
        return loop(object, toLength(object.length), args);
      },
    }[name];
    defineProperty(arrayProto, name, { value: method, writable: true, configurable: true, enumerable: false });
  }
  refuseHugeText(realm.String.prototype as unknown as Record<string, unknown>, 'split', (receiver) => String(receiver));
  refuseHugeText(realm.JSON as unknown as Record<string, unknown>, 'parse', (_receiver, args) => String(args[0]));
  limitResizable(memoryBytes, realm);
}

function refuseHugeText(owner: Record<string, unknown>, name: string, textOf: (receiver: unknown, args: unknown[]) => string): void {
  const native = owner[name] as (...args: unknown[]) => unknown;
  const method = {
    [name](this: unknown, ...args: unknown[]): unknown {
      if (textOf(this, args).length >= HUGE_TEXT) throw new RangeError(`kata: ${name} of a text this long runs in a thread`);
      return apply(native, this, args);
    },
  }[name];
  defineProperty(owner, name, { value: method, writable: true, configurable: true, enumerable: false });
}

function limitResizable(memoryBytes: number, realm: Realm): void {
  for (const name of ['ArrayBuffer', 'SharedArrayBuffer'] as const) {
    const Native = realm[name] as unknown as new (...args: unknown[]) => object;
    if (typeof Native !== 'function') continue;
    const guarded = new ProxyConstructor(Native, {
      construct(target, args, newTarget) {
        const options = args[1] as { maxByteLength?: unknown } | undefined;
        if (typeof options === 'object' && options !== null && +(options.maxByteLength as number) > memoryBytes) throw new RangeError('kata: a buffer that may grow past the memory limit');
        return construct(target, args, newTarget) as object;
      },
    });
    defineProperty(realm, name, { value: guarded, writable: true, configurable: true, enumerable: false });
  }
}

function includesLoop(object: Record<number, unknown>, length: number, [search, from]: unknown[]): boolean {
  if (length === 0) return false;
  for (let k = clamp(toInteger(from), length); k < length; k++) {
    const value = object[k];
    if (value === search || (value !== value && search !== search)) return true;
  }
  return false;
}

function indexOfLoop(object: Record<number, unknown>, length: number, [search, from]: unknown[]): number {
  if (length === 0) return -1;
  for (let k = clamp(toInteger(from), length); k < length; k++) if (hasProperty(object, k) && object[k] === search) return k;
  return -1;
}

function lastIndexOfLoop(object: Record<number, unknown>, length: number, args: unknown[]): number {
  if (length === 0) return -1;
  const n = args.length > 1 ? toInteger(args[1]) : length - 1;
  if (n === -Infinity) return -1;
  for (let k = n >= 0 ? min(n, length - 1) : length + n; k >= 0; k--) if (hasProperty(object, k) && object[k] === args[0]) return k;
  return -1;
}
