/**
 * What the harness removes before the solution loads: the powers Node's permission model does not
 * cover. Inside bubblewrap most of them reach nothing (no network, a read-only root, no other process
 * in sight); under the permission model alone, this is what stands between a solution and them.
 * Each is replaced by a function that throws, fixed in place so the solution cannot restore it.
 */
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import url from 'node:url';
import v8 from 'node:v8';
import workerThreads, { isMainThread } from 'node:worker_threads';
import { limitBulkArrays, OVER_MEMORY_EXIT } from './bulk-arrays.ts';

type Exit = (code: number) => never;

// Taken while the harness loads, before any solution runs. A solution can replace a prototype's method, a
// global, or a built-in's export (and with syncBuiltinESMExports, every named import of it); the checks
// below call only these, so what they allow cannot change with it.
const construct = Reflect.construct;
const setHas = Function.prototype.call.bind(Set.prototype.has) as (set: Set<string>, value: string) => boolean;
const setAdd = Function.prototype.call.bind(Set.prototype.add) as (set: Set<string>, value: string) => Set<string>;
const fileURLToPath = url.fileURLToPath;
const resolve = path.resolve;

/** The files a harness in a thread lets Node's module loader read: the solution, once it is known. */
export class ThreadReads {
  readonly #files = new Set<string>();

  allow(file: string): void {
    setAdd(this.#files, file);
  }

  allows(file: string): boolean {
    return setHas(this.#files, file);
  }
}
Object.freeze(ThreadReads.prototype);

/** What a harness in a worker thread also needs locked: the files Node's loader may read, and the problem's memory limit. */
export interface ThreadLock {
  reads: ThreadReads;
  memoryMb: number;
}

/**
 * Locks the process down; returns Node's own exit, which only the harness keeps. `thread`: the harness
 * runs in a worker thread of kata itself (kata test's fast path), where no permission model applies, so
 * files (but the few the harness lets Node's module loader read), processes, threads and Node's internal
 * bindings are refused here too.
 */
export function lockDown(captureOutput: (chunk: unknown) => boolean, thread?: ThreadLock): Exit {
  // reallyExit is Node's internal exit without 'exit' handlers (in a worker thread, the thread's own).
  const exit = (process as unknown as { reallyExit: Exit }).reallyExit.bind(process);
  // Signals and priorities: without this a solution could SIGKILL or SIGSTOP the judge, or renice it.
  // V8 flags and the trace agent write files of their own (--trace-turbo-cfg-file=PATH appends to any
  // path); set*id changes the user as root.
  const processApis = ['kill', '_kill', 'send', '_send', 'disconnect', '_debugProcess', 'abort', 'setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups', 'dlopen', 'chdir', 'umask'];
  for (const name of processApis) refuse(process, name);
  refuse(os, 'setPriority');
  // The trace agent exists only in a process's main thread: a worker cannot even load node:trace_events.
  if (isMainThread) refuse(builtin('node:trace_events'), 'createTracing');
  for (const name of ['setFlagsFromString', 'setHeapSnapshotNearHeapLimit', 'writeHeapSnapshot', 'getHeapSnapshot']) refuse(v8, name);
  lockNetwork();
  if (thread) {
    lockThread(thread.reads);
    // In strict code a loop over a sparse array can be stopped; the native call could not (bulk-arrays.ts).
    limitBulkArrays(thread.memoryMb * 2 ** 20, () => exit(OVER_MEMORY_EXIT));
  } else {
    // The JavaScript realpath walks paths with lstat unchecked by the permission model: an existence
    // test for any path. The native one is checked.
    fix(fs, 'realpathSync', fs.realpathSync.native);
    fix(fs, 'realpath', fs.realpath.native);
  }
  syncBuiltinESMExports();
  // The environment was emptied at spawn; this also drops what the shell and Node add.
  for (const key of Object.keys(process.env)) delete process.env[key];
  // An exit code of 126 or more would read as death by a signal (bubblewrap reports those as 128 + n):
  // a solution may exit, but not pose as killed by the kernel or by V8's heap limit.
  const clampedExit = (code?: unknown) => exit(typeof code === 'number' && Number.isInteger(code) && code >= 0 && code < 126 ? code : 1);
  fix(process, 'reallyExit', clampedExit);
  fix(process, 'exit', clampedExit);
  // The process never ends on its own, whatever process.exitCode says: only the clamped exit ends it.
  setInterval(() => undefined, 2 ** 30);
  for (const stream of [process.stdout, process.stderr]) fix(stream, 'write', captureOutput);
  return exit;
}

/**
 * What the permission model would stop in a sandboxed process, refused by hand in a worker thread: every
 * file function (a solution reads and writes none; Node's module loader keeps its own), processes,
 * threads, the inspector, WASI (whose preopened folders reach files directly) and Node's internal bindings.
 */
function lockThread(readable: ThreadReads): void {
  for (const name of ['binding', '_linkedBinding']) refuse(process, name);
  for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork', '_forkChild']) refuse(childProcess, name);
  // The class spawns as well as the functions do.
  refuse(childProcess.ChildProcess.prototype, 'spawn');
  // register starts the loader-hooks thread, which no lockdown reaches.
  refuse(builtin('node:module'), 'register');
  // The report writes a file anywhere, and shows kata's own environment.
  for (const name of ['writeReport', 'getReport']) refuse(process.report, name);
  // The active handles include the harness's private port to the judge, on which replies could be forged.
  for (const name of ['loadEnvFile', '_rawDebug', '_getActiveHandles', '_getActiveRequests']) refuse(process, name);
  refuse(workerThreads, 'Worker');
  // Node's ESM loader reads a module's source through fs.promises.readFile, looked up when it loads one.
  const readFile = fs.promises.readFile;
  const allows = readable.allows.bind(readable);
  // Whatever the path's own methods say, the file checked is the file read; and only read (the caller's
  // options could open it for writing, emptying kata's own compiled runtime), as the loader reads it.
  const loaderRead = (given: unknown) => {
    const file = given instanceof URL || (typeof given === 'string' && given.startsWith('file:')) ? fileURLToPath(given) : resolve(String(given));
    if (!allows(file)) throw new Error('not available to solutions');
    return readFile(file);
  };
  for (const api of [fs, fs.promises]) {
    for (const name of Object.keys(api)) {
      if (typeof (api as unknown as Record<string, unknown>)[name] !== 'function') continue;
      if (api === fs.promises && name === 'readFile') fix(api, name, loaderRead);
      else refuse(api, name);
    }
  }
  lockUnstoppableWork();
  lockDescriptors();
  lockChannel();
  refuse(builtin('node:inspector'), 'open');
  refuse(builtin('node:inspector'), 'Session');
  refuse(builtin('node:wasi'), 'WASI');
}

/**
 * Work done in one native call, or handed to libuv's thread pool, goes on after its thread is ended, and
 * kata's own exit waits for it: a pbkdf2 of two billion rounds would hang kata test after its verdict. In a
 * sandboxed process SIGKILL ends it all; in a thread, the kinds of it whose cost a solution chooses freely
 * (rounds, key and prime sizes, decompression) are refused. So is a new realm (node:vm), whose arrays
 * would have the native fill and from again (see bulk-arrays.ts).
 */
function lockUnstoppableWork(): void {
  const vm = builtin('node:vm') as { Script: { prototype: object } };
  for (const name of ['createContext', 'runInNewContext']) refuse(vm, name);
  refuse(vm.Script.prototype, 'runInNewContext');
  const crypto = builtin('node:crypto');
  const costly = ['pbkdf2', 'scrypt', 'generateKeyPair', 'generateKey', 'generatePrime', 'checkPrime', 'hkdf'];
  for (const name of costly) {
    refuse(crypto, name);
    refuse(crypto, `${name}Sync`);
  }
  for (const name of ['createDiffieHellman', 'createDiffieHellmanGroup', 'getDiffieHellman', 'DiffieHellman', 'DiffieHellmanGroup']) refuse(crypto, name);
  const subtle = Object.getPrototypeOf(globalThis.crypto.subtle) as object;
  for (const name of ['deriveBits', 'deriveKey', 'generateKey']) refuse(subtle, name);
  const zlib = builtin('node:zlib') as unknown as Record<string, unknown>;
  for (const name of Object.keys(zlib)) if (typeof zlib[name] === 'function') refuse(zlib, name);
}

/**
 * A socket on an open descriptor reaches kata's own: fd 1 is kata's terminal, and text written there
 * goes past the harness's capture of output. In a thread no socket is ever the solution's to make (it
 * can neither connect nor listen), so the constructor itself is replaced, everywhere it can be reached
 * from: the module, the prototype's constructor. Terminal streams build on it and so fail too.
 */
function lockDescriptors(): void {
  const Socket = net.Socket;
  // A plain function, not a subclass: a subclass's prototype is the original constructor.
  function SocketWithoutDescriptor(this: unknown, options?: unknown): net.Socket {
    // A number is Node's old form of { fd }.
    if (options !== undefined && options !== null && typeof options !== 'object') throw new Error('not available to solutions');
    // Copied once: a getter could say "no descriptor" to this check and give one to Node's.
    const copy: { fd?: unknown; handle?: unknown } = { ...(options ?? {}) };
    if (copy.fd !== undefined || copy.handle !== undefined) throw new Error('not available to solutions');
    // Own and undefined, so that no getter on Object.prototype answers Node's own look.
    return construct(Socket, [{ ...copy, fd: undefined, handle: undefined }], Socket) as net.Socket;
  }
  SocketWithoutDescriptor.prototype = Socket.prototype;
  fix(Socket.prototype, 'constructor', SocketWithoutDescriptor);
  fix(net, 'Socket', SocketWithoutDescriptor);
  fix(net, 'Stream', SocketWithoutDescriptor);
}

/**
 * Node dispatches each message on the harness's private port through methods of the port's prototypes
 * (EventTarget's hybrid dispatch, with the port as `this`), and v8's serialize and deserialize call their
 * classes' methods: a solution that replaced one would hold the port, or rewrite requests and replies.
 * Every property of those prototypes stays as it is.
 */
function lockChannel(): void {
  const { port1, port2 } = new workerThreads.MessageChannel();
  const prototypes: object[] = [];
  for (let proto = Object.getPrototypeOf(port1) as object | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) prototypes.push(proto);
  port1.close();
  port2.close();
  prototypes.push(MessageEvent.prototype, Event.prototype);
  for (const name of ['Serializer', 'Deserializer', 'DefaultSerializer', 'DefaultDeserializer'] as const) prototypes.push(v8[name].prototype);
  for (const proto of prototypes) pin(proto);
}

function pin(target: object): void {
  for (const key of Reflect.ownKeys(target)) {
    const property = Object.getOwnPropertyDescriptor(target, key)!;
    if (!property.configurable) continue;
    Object.defineProperty(target, key, 'value' in property ? { ...property, writable: false, configurable: false } : { ...property, configurable: false });
  }
}

/** A built-in module loaded only where it is refused (process.getBuiltinModule is newer than Node 20.10). */
function builtin(name: string): object {
  return createRequire(import.meta.url)(name) as object;
}

/** Solutions need no network: TCP, Unix sockets, UDP and DNS all throw (fetch and http go through these). */
function lockNetwork(): void {
  refuse(net.Socket.prototype, 'connect');
  refuse(net.Server.prototype, 'listen');
  refuse(dgram.Socket.prototype, 'bind');
  refuse(dgram.Socket.prototype, 'send');
  refuse(dgram.Socket.prototype, 'connect');
  // Every way to ask a name server (resolveTxt as much as lookup) carries data out.
  for (const api of [dns, dns.promises, dns.Resolver.prototype, dns.promises.Resolver.prototype]) {
    for (const name of Object.getOwnPropertyNames(api)) {
      if (name !== 'constructor' && /^(lookup|resolve|reverse)/.test(name)) refuse(api, name);
    }
  }
}

function refuse(target: object, name: string): void {
  if (!(name in target)) return;
  fix(target, name, () => {
    throw new Error('not available to solutions');
  });
}

function fix(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: false, configurable: false });
}
