/**
 * The harness of the inline host (inline-host.ts), bundled as one script and evaluated in a fresh vm
 * context in kata's main thread. It decodes a case's arguments, calls the solution and encodes its
 * answer with the same code as the thread's and the process's harness (calls.ts, codec.ts).
 *
 * Nothing of kata's realm reaches this context but the host's few functions, kept in this closure, which
 * take and return no object of kata's. Whatever it cannot answer exactly as a thread would (a throw, a
 * promise still pending, an array past the memory limit, a call made while another runs) it reports as
 * "unsure", and the judge runs the cases in a thread instead.
 */
import * as structures from '../../problem/structures.ts';
import { Random } from '../../problem/random.ts';
import { limitBulkArrays } from './bulk-arrays.ts';
import { guardNativeLoops } from './native-guards.ts';
import { callClass, callFunction, type CallResult, type HeapMeter } from './calls.ts';
import type { NodeClasses } from './codec.ts';
import type { ClassCall, FunctionCall } from './protocol.ts';

/** What kata's realm lends the harness: a clock, the heap meter, and where replies go (serialized there). */
export interface InlineHostFunctions {
  now(): number;
  heapBegin(): void;
  heapEnd(): number;
  send(reply: unknown): void;
}

/** The module runner's form of the solution (compile-child.ts): its exports, and a loader for its imports. */
type ModuleBody = (exports: Record<string, unknown>, meta: undefined, importModule: (specifier: string) => Promise<unknown>) => Promise<void>;

interface Input {
  args: unknown;
  seed: number;
  heap: boolean;
  runs?: number;
  budgetMs?: number;
}

// Taken before the solution loads, which could replace any of them.
const parse = JSON.parse;
const freeze = Object.freeze;
const defineProperty = Object.defineProperty;
const create = Object.create;
const then = Function.prototype.call.bind(Promise.prototype.then) as <T>(promise: Promise<T>, onFulfilled: (value: T) => void, onRejected: (error: unknown) => void) => void;
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const mathObject = Math;

/**
 * Called once by the host, before the solution exists: defines the global `__kata` the host's scripts
 * call. `structuresModule`: the one import a solution run here may have (compile-child.ts checks).
 */
function install(host: InlineHostFunctions, token: string, callJson: string, memoryBytes: number, structuresModule: string): void {
  const call = parse(callJson) as FunctionCall | ClassCall;
  const classes = freeze({ ListNode: structures.ListNode, TreeNode: structures.TreeNode }) as unknown as NodeClasses;
  let exported: ((...args: unknown[]) => unknown) | null = null;
  let busy = false;
  let overMemory = false;
  limitBulkArrays(memoryBytes, () => {
    overMemory = true;
    throw new RangeError('kata: an array past the memory limit');
  });
  // Its callbacks would run on kata's event loop later, outside any script and its timeout.
  delete (globalThis as { FinalizationRegistry?: unknown }).FinalizationRegistry;
  guardNativeLoops(memoryBytes);
  const heapMeter: HeapMeter = { begin: () => host.heapBegin(), end: () => host.heapEnd() };
  const unsure = (why: string) => host.send({ kind: 'unsure', why });

  /** Runs `work` unless another call is under way (the solution calling `__kata` itself), and settles it into one reply. */
  const guarded = (given: string, work: () => Promise<unknown>): void => {
    if (given !== token || busy) throw new Error('kata: not for the solution');
    busy = true;
    then(
      work(),
      (reply) => {
        busy = false;
        host.send(overMemory ? { kind: 'unsure', why: 'an array past the memory limit' } : reply);
      },
      () => {
        busy = false;
        unsure('the harness failed');
      },
    );
  };

  const callOnce = async (input: Input): Promise<CallResult> => {
    const random = new Random(input.seed);
    mathObject.random = () => random.next();
    return call.kind === 'function'
      ? await callFunction(call, exported!, input.args as unknown[], classes, host.now, input.heap ? heapMeter : null)
      : await callClass(call, exported as unknown as new (...args: unknown[]) => unknown, input.args as [string[], unknown[][]], classes, host.now, input.heap ? heapMeter : null);
  };

  const kata = freeze({
    load(given: string, body: ModuleBody): void {
      guarded(given, async () => {
        const exports = create(null) as Record<string, unknown>;
        const importModule = (specifier: string) => (specifier === structuresModule ? PromiseResolve(classes) : PromiseReject(new Error(`kata: ${specifier}`)));
        try {
          await body(exports, undefined, importModule);
        } catch {
          return { kind: 'unsure', why: 'loading threw' };
        }
        const candidate = exports[call.kind === 'function' ? call.functionName : call.className];
        if (typeof candidate !== 'function') return { kind: 'unsure', why: 'no such export' };
        exported = candidate as (...args: unknown[]) => unknown;
        return { type: 'ready' };
      });
    },
    run(given: string, inputJson: string): void {
      guarded(given, async () => {
        const result = await callOnce(parse(inputJson) as Input);
        if (result.kind === 'threw') return { kind: 'unsure', why: 'the call threw' };
        // The protocol's reply (protocol.ts), which the host checks as the judge checks a thread's.
        return { ...result, type: result.kind, nonce: 1, output: '', outputBytes: 0 };
      });
    },
    repeat(given: string, inputJson: string): void {
      guarded(given, async () => {
        const input = parse(inputJson) as Input;
        const times: number[] = [];
        let spent = 0;
        while (times.length < (input.runs ?? 0) && spent < (input.budgetMs ?? 0)) {
          const result = await callOnce(input);
          if (result.kind !== 'returned') break;
          times.push(result.timeMs);
          spent += result.timeMs;
        }
        return { type: 'timings', nonce: 1, times };
      });
    },
  });
  defineProperty(globalThis, '__kata', { value: kata, writable: false, configurable: false, enumerable: false });
}

// What the host takes from the bundle (compile.ts makes it the script's value): nothing is left on the global object.
export default install;
