/**
 * Hostile solutions whose effect is checked from OUTSIDE the sandbox: files V8 or a listening socket
 * might leave on the host, servers on the host's loopback, the user ids the sandbox's processes run
 * as, the kernel memory it holds, and processes that outlive their judgment.
 *
 * Each solution needs values only known while the test runs (a host folder, a port), so its source
 * is generated here into a temporary folder and judged from there (on the fixture problem `add`).
 * The sources are plain JavaScript that is also valid TypeScript, so a few of them also run under
 * plain Node, outside any sandbox, as a control: that proves the attack does what it claims wherever
 * nothing stops it. The network attacks also take the routes around a lock made in JavaScript
 * (Node's internal `_listen2`, raw libuv handles), so that only a boundary the kernel enforces holds.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseIsolation } from '../../src/judge/isolation.ts';
import { judgeSolution } from '../../src/judge/judge.ts';
import { VERDICTS, type Judgment } from '../../src/judge/verdict.ts';
import { loadHiddenCases, loadProblem, type Case } from '../../src/problem/load.ts';
import { FIXTURE_WORKSPACE, temporaryFolder } from '../helpers.ts';
import { loopbackSource, plantMarkersSource, plantSocketSource, probeSource, SETUID_SOURCE, SOCKET_MEMORY_SOURCE, SOCKET_MEMORY_TARGET, v8FlagsSource, type Markers } from './outside/attacks.ts';
import { survivors, tcpMemoryBytes, watch, type WatchReport } from './outside/watch.ts';

/** Solutions are written here; each judgment gets its own cache folder under `caches`. */
const sources = temporaryFolder('kata-outside-src-');
const caches = temporaryFolder('kata-outside-cache-');
/** The host's own folders that attacks aim at, each test's made under this one. */
const hosts = temporaryFolder('kata-outside-host-');
const hostFolder = (name: string) => mkdtempSync(join(hosts, `${name}-`));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Hex only: no random name can spell a word a test looks for (such as "found"). */
const token = () => randomBytes(6).toString('hex');
const MB = 1024 * 1024;

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
async function judgeSource(name: string, source: string, options: { cases?: readonly Case[]; onCase?: () => void; memoryMb?: number } = {}): Promise<Judged> {
  const file = join(sources, `${name}.ts`);
  writeFileSync(file, source);
  const cacheDir = mkdtempSync(join(caches, `${name}-`));
  const watcher = watch(cacheDir);
  let judgment: Judgment;
  let watched: WatchReport;
  try {
    // The judge never throws, whatever the solution does: a rejection fails the test here.
    const problem = options.memoryMb === undefined ? ADD : { ...ADD, meta: { ...ADD.meta, limits: { ...ADD.meta.limits, memoryMb: options.memoryMb } } };
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

// These attacks are stopped by OS isolation; on a machine without bubblewrap they are skipped (CI checks kata doctor).
describe.runIf(chooseIsolation().mode === 'os')('hostile solutions, checked from outside the sandbox', () => {
  it('V8 flags cannot make V8 write files on the host', async () => {
    const host = hostFolder('v8');
    const target = join(host, 'cfg.txt');
    const before = { host: listing(host), tmp: listing(tmpdir()).filter((n) => V8_OUTPUT.test(n)), cwd: listing(process.cwd()).filter((n) => V8_OUTPUT.test(n)) };

    // Control: the same source under plain Node writes the file.
    const controlDir = hostFolder('v8-control');
    const control = await runUnsandboxed('v8-flags', v8FlagsSource(controlDir));
    expect(control.code, control.output).toBe(0);
    expect(existsSync(join(controlDir, 'cfg.txt')), `control wrote nothing: ${listing(controlDir).join(', ')}`).toBe(true);

    await judgeSource('v8-flags', v8FlagsSource(host));
    expect(existsSync(target), `${target} was written`).toBe(false);
    expect(listing(host)).toEqual(before.host);
    expect(listing(tmpdir()).filter((n) => V8_OUTPUT.test(n))).toEqual(before.tmp);
    expect(listing(process.cwd()).filter((n) => V8_OUTPUT.test(n))).toEqual(before.cwd);
  });

  it('a listening Unix socket plants no file on the host', async () => {
    const host = hostFolder('sock');
    const id = token();
    const hostPath = join(host, 'planted.sock');
    const tmpPath = join(tmpdir(), `kata-outside-planted-${id}.sock`);
    const relative = `kata-outside-planted-${id}-rel.sock`;
    closers.push(() => rmSync(tmpPath, { force: true }), () => rmSync(join(process.cwd(), relative), { force: true }));

    // Control: under plain Node, with the network locked in JavaScript as the harness does, the file appears.
    const controlDir = hostFolder('sock-control');
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
      const host = hostFolder('mark');
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
      return { host, markers, files, sockets };
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
    const host = hostFolder('net');
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
    // The open-file limit lets the attack park about 200 MB in socket buffers: a limit well under that makes
    // the verdict tell whether they counted, now that the solution's limit is its own use (the runtime's
    // baseline is not counted), so 200 MB of buffers fits in a 256 MB limit.
    const memoryMb = 96;
    expect(memoryMb * MB).toBeLessThan(SOCKET_MEMORY_TARGET);
    const startedAt = performance.now();
    const tcpBefore = tcpMemoryBytes();
    const { judgment, watched } = await judgeSource('socket-memory', SOCKET_MEMORY_SOURCE, { memoryMb });
    const seen = `verdict ${judgment.verdict}; at most ${watched.maxSockets} sockets open in one sandbox process; machine-wide TCP buffer memory grew by ${Math.round(watched.tcpGrowthBytes / MB)} MB; the judge's RSS by ${Math.round(watched.judgeRssGrowthBytes / MB)} MB`;
    console.info(`socket-memory: ${seen}`);
    expect(performance.now() - startedAt).toBeLessThan(10_000);
    // Memory parked in its own sockets counts against its limit, as the memory of its process does ...
    expect(judgment.verdict, seen).toBe('MLE');
    // ... the open-file limit bounds how many it could open ...
    expect(watched.maxSockets, seen).toBeLessThanOrEqual(128);
    // ... and the judge itself did not pay for it.
    expect(watched.judgeRssGrowthBytes, seen).toBeLessThan(200 * MB);
    // Whatever the verdict, the kernel memory the attack aimed for (measured machine-wide) was not reached.
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
