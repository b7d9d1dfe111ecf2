/**
 * Which layers of isolation this machine can give a sandbox, and which one kata uses.
 *
 * - `os`: bubblewrap puts each sandbox in its own mount, network, PID, IPC and UTS namespaces, as an
 *   unprivileged user, with resource limits set by prlimit; a memory cgroup where one can be had.
 *   Node's permission model runs inside it as a second layer.
 * - `node`: Node's permission model alone. It does not cover the network, socket files, V8 flags or
 *   memory the kernel holds, so grading untrusted code refuses it unless asked for by name.
 *
 * The probe runs once per process and costs one short bwrap start (a `node --version` inside).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, lstatSync, readlinkSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { KataError } from '../util/errors.ts';
import { findMemoryCgroup, type CgroupSupport } from './sandbox/cgroup.ts';

export const ISOLATION_MODES = ['auto', 'os', 'node'] as const;
export type IsolationRequest = (typeof ISOLATION_MODES)[number];

export interface Layer {
  name: string;
  active: boolean;
  /** What the layer is, or why it is missing. */
  detail: string;
  /** The command that adds it, when it is missing. */
  fix?: string;
}

export interface MachineIsolation {
  bwrap: string | null;
  prlimit: string | null;
  /** Why bubblewrap cannot start a sandbox here, or null when it can. */
  bwrapProblem: string | null;
  cgroup: CgroupSupport | null;
  permissionFlag: string;
  /** Whether sandboxes run as a throwaway unprivileged user (kata runs as root). */
  dropsPrivileges: boolean;
}

export interface Isolation {
  mode: 'os' | 'node';
  machine: MachineIsolation;
  /** Set when `auto` fell back to the permission model: one line saying why. */
  fallback?: string;
}

let probed: MachineIsolation | null = null;

export function probeMachine(): MachineIsolation {
  if (probed) return probed;
  // KATA_BWRAP names another bubblewrap (or, in kata's tests, a missing one).
  const bwrap = process.env.KATA_BWRAP !== undefined ? (isExecutable(process.env.KATA_BWRAP) ? process.env.KATA_BWRAP : null) : findExecutable('bwrap');
  const prlimit = findExecutable('prlimit');
  const isRoot = process.getuid?.() === 0;
  let bwrapProblem: string | null = null;
  if (process.platform !== 'linux') bwrapProblem = `bubblewrap needs Linux; this is ${process.platform}`;
  else if (!bwrap) bwrapProblem = 'bubblewrap (bwrap) is not installed';
  else if (!prlimit) bwrapProblem = 'prlimit (util-linux) is not installed';
  else bwrapProblem = tryBwrap(bwrap, isRoot);
  probed = {
    bwrap,
    prlimit,
    bwrapProblem,
    cgroup: process.platform === 'linux' ? findMemoryCgroup() : null,
    permissionFlag: permissionFlag(),
    dropsPrivileges: isRoot,
  };
  return probed;
}

/**
 * The isolation to judge with. `os` refuses to run without bubblewrap; `auto` falls back to the
 * permission model and says why; `node` is the permission model on purpose.
 * The KATA_ISOLATION environment variable sets the default.
 */
export function chooseIsolation(requested: IsolationRequest = defaultRequest()): Isolation {
  const machine = probeMachine();
  if (requested === 'node') return { mode: 'node', machine };
  if (machine.bwrapProblem === null) return { mode: 'os', machine };
  if (requested === 'os') {
    throw new KataError('NO_ISOLATION', `OS isolation is not available: ${machine.bwrapProblem}`, `${installHint(machine)}; "kata doctor" shows every layer. --isolation=node runs under Node's permission model alone, which does not stop network access or every write`);
  }
  return { mode: 'node', machine, fallback: `OS isolation is not available (${machine.bwrapProblem}); judging under Node's permission model alone. "kata doctor" says how to add it` };
}

function defaultRequest(): IsolationRequest {
  const value = process.env.KATA_ISOLATION;
  return value === 'os' || value === 'node' || value === 'auto' ? value : 'auto';
}

let current: Isolation | null = null;

/** The isolation every sandbox of this process uses; chosen on first use unless the CLI set it. */
export function currentIsolation(): Isolation {
  return (current ??= chooseIsolation());
}

export function useIsolation(isolation: Isolation): void {
  current = isolation;
}

/** Every layer, active or not, for `kata doctor`. */
export function describeLayers(machine: MachineIsolation): Layer[] {
  const os = machine.bwrapProblem === null;
  const layers: Layer[] = [
    {
      name: 'bubblewrap namespaces',
      active: os,
      detail: os ? `${machine.bwrap}: own mount, network, PID, IPC and UTS namespaces; read-only files, a private /tmp` : machine.bwrapProblem!,
      ...(!os && { fix: installHint(machine) }),
    },
    {
      name: 'resource limits',
      active: os,
      detail: os ? `${machine.prlimit}: open files, processes, file size, no core dumps` : 'prlimit runs only with bubblewrap',
      ...(!os && { fix: installHint(machine) }),
    },
    {
      name: 'unprivileged user',
      active: os && machine.dropsPrivileges,
      detail: machine.dropsPrivileges ? 'kata runs as root: each sandbox runs as a throwaway user id' : 'kata does not run as root: sandboxes run as your user, in a user namespace',
    },
    {
      name: 'memory cgroup',
      active: os && machine.cgroup !== null,
      detail: machine.cgroup ? `cgroup ${machine.cgroup.version} at ${machine.cgroup.parent}: kernel and socket memory count${os ? '' : ' (used only inside bubblewrap)'}` : 'no writable memory cgroup: memory is polled, and the open-file limit bounds what the kernel holds',
      ...(!machine.cgroup && { fix: 'run kata as root, or in a systemd scope with memory delegated: systemd-run --user --scope -p Delegate=yes kata ...' }),
    },
    { name: 'Node permission model', active: true, detail: `${machine.permissionFlag}: reads only the solution and the harness; no writes, child processes or workers` },
  ];
  return layers;
}

export function installHint(machine: MachineIsolation): string {
  const problem = machine.bwrapProblem ?? '';
  if (process.platform !== 'linux') return 'OS isolation needs Linux (or a Linux container or VM)';
  if (!machine.bwrap || !machine.prlimit) return 'install it: sudo apt-get install bubblewrap util-linux (Debian, Ubuntu), sudo dnf install bubblewrap util-linux (Fedora)';
  if (/uid map|RTM_NEWADDR|Permission denied|Operation not permitted|user namespace/i.test(problem)) {
    return 'allow user namespaces: sudo sysctl kernel.apparmor_restrict_unprivileged_userns=0 (Ubuntu 23.10+), or sudo sysctl kernel.unprivileged_userns_clone=1 (older Debian)';
  }
  return 'check that "bwrap --unshare-all --ro-bind / / true" works for the user that runs kata';
}

export function permissionFlag(): string {
  return process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';
}

/** Starts `node --version` in the same namespaces a sandbox gets; null when it works, else why not. */
function tryBwrap(bwrap: string, isRoot: boolean): string | null {
  const args = ['--unshare-all', '--die-with-parent', '--new-session', ...systemBinds(), '--proc', '/proc', '--dev', '/dev', '--remount-ro', '/', process.execPath, '--version'];
  const result = spawnSync(bwrap, args, { encoding: 'utf8', timeout: 10_000, cwd: '/', env: {}, ...(isRoot && { uid: SANDBOX_UID_BASE, gid: SANDBOX_UID_BASE }) });
  if (result.error) return `bwrap could not start: ${result.error.message}`;
  if (result.status === 0 && result.stdout.trim() === process.version) return null;
  const said = (result.stderr || result.stdout).trim().split('\n')[0] ?? '';
  return `bwrap could not start a sandbox${said ? `: ${said}` : ` (exit code ${result.status})`}`;
}

/** The first of a range of user ids no account uses; each sandbox of a root kata gets its own. */
export const SANDBOX_UID_BASE = 1_900_000_000;

/**
 * Node's binary and the system's library folders, read-only, as bwrap arguments. Symbolic links
 * (/lib -> usr/lib on merged-/usr systems) are recreated as links.
 */
export function systemBinds(): string[] {
  const args = ['--ro-bind', process.execPath, process.execPath];
  for (const dir of ['/usr/lib', '/usr/lib64', '/usr/lib32', '/lib', '/lib64', '/lib32', '/libx32']) {
    let stat;
    try {
      stat = lstatSync(dir);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
    else if (stat.isDirectory()) args.push('--ro-bind', dir, dir);
  }
  return args;
}

function findExecutable(name: string): string | null {
  const dirs = (process.env.PATH ?? '').split(delimiter).concat(['/usr/bin', '/bin', '/usr/sbin']);
  return dirs.map((dir) => join(dir, name)).find(isExecutable) ?? null;
}

function isExecutable(file: string): boolean {
  try {
    if (!existsSync(file)) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
