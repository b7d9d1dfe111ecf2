/**
 * What the harness removes before the solution loads: the powers Node's permission model does not
 * cover. Inside bubblewrap most of them reach nothing (no network, a read-only root, no other process
 * in sight); under the permission model alone, this is what stands between a solution and them.
 * Each is replaced by a function that throws, fixed in place so the solution cannot restore it.
 */
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import traceEvents from 'node:trace_events';
import v8 from 'node:v8';

type Exit = (code: number) => never;

/** Locks the process down; returns Node's own exit, which only the harness keeps. */
export function lockDown(captureOutput: (chunk: unknown) => boolean): Exit {
  // reallyExit is Node's internal exit without 'exit' handlers.
  const exit = (process as unknown as { reallyExit: Exit }).reallyExit.bind(process);
  // Signals and priorities: without this a solution could SIGKILL or SIGSTOP the judge, or renice it.
  // V8 flags and the trace agent write files of their own (--trace-turbo-cfg-file=PATH appends to any
  // path); set*id changes the user as root.
  const processApis = ['kill', '_kill', 'send', '_send', 'disconnect', '_debugProcess', 'abort', 'setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups', 'dlopen', 'chdir', 'umask'];
  for (const name of processApis) refuse(process, name);
  refuse(os, 'setPriority');
  refuse(traceEvents, 'createTracing');
  for (const name of ['setFlagsFromString', 'setHeapSnapshotNearHeapLimit', 'writeHeapSnapshot', 'getHeapSnapshot']) refuse(v8, name);
  lockNetwork();
  // The JavaScript realpath walks paths with lstat unchecked by the permission model: an existence
  // test for any path. The native one is checked.
  fix(fs, 'realpathSync', fs.realpathSync.native);
  fix(fs, 'realpath', fs.realpath.native);
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

/** Solutions need no network: TCP, Unix sockets, UDP and DNS all throw (fetch and http go through these). */
function lockNetwork(): void {
  refuse(net.Socket.prototype, 'connect');
  refuse(net.Server.prototype, 'listen');
  refuse(dgram.Socket.prototype, 'bind');
  refuse(dgram.Socket.prototype, 'send');
  refuse(dgram.Socket.prototype, 'connect');
  for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
    refuse(dns, name);
    refuse(dns.promises, name);
  }
  refuse(dns.Resolver.prototype, 'resolve');
  refuse(dns.promises.Resolver.prototype, 'resolve');
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
