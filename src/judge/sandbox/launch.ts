/**
 * How a sandbox process is started, under either layer of isolation.
 *
 * Under `os`, prlimit sets the resource limits and execs bubblewrap, which builds a root holding
 * only Node's binary, the system libraries, and the files the sandbox runs, all read-only, with a
 * private /tmp as the only writable place; no network, its own PID, IPC and UTS namespaces, and a
 * new session. The files are handed over as open descriptors (--ro-bind-data), so the sandbox's
 * user needs no access to the folders they live in. When kata runs as root, bwrap itself runs as a
 * user id of its own, so nothing in the sandbox is root anywhere.
 *
 * Under `node`, a shell raises the stack limit and execs Node directly.
 */
import { closeSync, openSync } from 'node:fs';
import type { StdioOptions } from 'node:child_process';
import { SANDBOX_UID_BASE, systemBinds, type Isolation } from '../isolation.ts';

export const STACK_KIB = 64 * 1024;
/** Open files: Node needs about 25; the rest bound what sockets and pipes can make the kernel hold. */
const MAX_OPEN_FILES = 96;
/** Threads count as processes: Node starts about a dozen. */
const MAX_PROCESSES = 64;
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** The stdio index where bubblewrap writes the sandbox's process id. */
export const INFO_FD = 4;
/** Exit code of the shell wrapper when the stack limit cannot be raised. */
export const STACK_FAILED = 97;

export interface LaunchPlan {
  command: string;
  args: string[];
  stdio: StdioOptions;
  uid?: number;
  /** Descriptors opened for the child; closed once it has started. */
  opened: number[];
  /** Where the sandbox starts: the empty folder given, or / inside bubblewrap. */
  cwd: string;
}

let sandboxCount = 0;

/** `files` are made readable at their own paths; `nodeArgs` follow the Node binary. */
/**
 * `stopFirst`: the launcher stops itself before anything else, so that the judge can move it into a
 * cgroup while it is the sandbox's only process; everything it then starts is born inside.
 */
export function planLaunch(isolation: Isolation, files: readonly string[], nodeArgs: readonly string[], workDir: string, stopFirst = false): LaunchPlan {
  if (isolation.mode === 'node') {
    // The shell raises the stack limit for the process it then becomes; V8's own limit stays below it.
    return {
      command: '/bin/sh',
      args: ['-c', `ulimit -s ${STACK_KIB} || exit ${STACK_FAILED}; exec "$0" "$@"`, process.execPath, ...nodeArgs],
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      opened: [],
      cwd: workDir,
    };
  }
  const machine = isolation.machine;
  const opened = files.map((file) => openSync(file, 'r'));
  const firstDataFd = INFO_FD + 1;
  const bindData = files.flatMap((file, i) => ['--ro-bind-data', String(firstDataFd + i), file]);
  const limits = [`--stack=${STACK_KIB * 1024}`, `--nofile=${MAX_OPEN_FILES}`, `--fsize=${MAX_FILE_BYTES}`, '--core=0'];
  // The process limit counts every process of the user id, so it is set only for an id of the sandbox's own.
  if (machine.dropsPrivileges) limits.push(`--nproc=${MAX_PROCESSES}`);
  const bwrap = [
    '--unshare-all',
    '--die-with-parent',
    '--new-session',
    '--hostname',
    'sandbox',
    ...systemBinds(),
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--tmpfs',
    '/tmp',
    ...bindData,
    '--remount-ro',
    '/',
    '--chdir',
    '/tmp',
    '--info-fd',
    String(INFO_FD),
  ];
  // Each sandbox of a root kata gets its own user id, so no two share a process count or a signal target.
  const uid = machine.dropsPrivileges ? SANDBOX_UID_BASE + 1 + ((process.pid * 64 + sandboxCount++) % 1_000_000) : undefined;
  const launch = [machine.prlimit!, ...limits, '--', machine.bwrap!, ...bwrap, process.execPath, ...nodeArgs];
  return {
    command: stopFirst ? '/bin/sh' : launch[0]!,
    args: stopFirst ? ['-c', 'kill -STOP $$; exec "$0" "$@"', ...launch] : launch.slice(1),
    stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe', ...opened],
    ...(uid !== undefined && { uid }),
    opened,
    cwd: '/',
  };
}

export function closeOpened(plan: LaunchPlan): void {
  for (const fd of plan.opened) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  }
}
