/**
 * Turning TypeScript into JavaScript the sandbox can load. Types are stripped
 * with oxc-transform (the fastest transformer measured for this; see the
 * README), written once per content hash. kata's own sources compile in the
 * judge's process; every other file compiles in a child process with a time
 * limit, so a source that crashes or stalls the compiler is a compile error.
 */
import { spawn } from 'node:child_process';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STRUCTURES_MODULE } from '../problem/signature.ts';
import { writeAtomically } from '../util/fs.ts';
import { BUILD_KEY } from '../util/build-key.ts';
import { sha256 } from '../util/hash.ts';
import { SRC_DIR } from '../util/paths.ts';
import { THREAD_HARNESS_POINTER } from './thread-sandbox.ts';
import { transpile, type Transpiled } from './transpile.ts';

/** `inlineFile`: the inline host's form of the solution (inline-form.ts), when it has one. */
export type CompileResult = { ok: true; file: string; inlineFile?: string } | { ok: false; message: string };

export interface Runtime {
  harness: string;
  /** The harness's entry for a worker thread (thread-sandbox.ts). */
  threadHarness: string;
  structures: string;
  /** Every file the sandbox may read to run the harness. */
  files: string[];
  /** The worker that decodes large replies, in the judge's process. */
  decoder: string;
  /** The inline host's harness, one script (inline-host.ts); null where it could not be bundled. */
  inlineHarness: string | null;
}

const SRC = SRC_DIR;
/** The sources the sandbox runs, relative to src/; kept in the same layout so relative imports hold. */
const RUNTIME_SOURCES = ['judge/sandbox/harness.ts', 'judge/sandbox/thread-harness.ts', 'judge/sandbox/inline-harness.ts', 'judge/sandbox/serve.ts', 'judge/sandbox/lockdown.ts', 'judge/sandbox/bulk-arrays.ts', 'judge/sandbox/spec-integers.ts', 'judge/sandbox/native-guards.ts', 'judge/sandbox/calls.ts', 'judge/sandbox/heap-meter.ts', 'judge/sandbox/codec.ts', 'judge/sandbox/frames.ts', 'problem/random.ts', 'problem/types.ts', 'problem/values.ts', 'problem/structures.ts'];

const DECODER_SOURCES = ['judge/sandbox/decode-worker.ts', 'judge/sandbox/reply.ts', 'judge/sandbox/protocol.ts'];

/** Compiles the harness and what it imports into the cache, once per version of their sources. */
export function prepareRuntime(cacheDir: string): Runtime {
  const files = compileOwnSources(cacheDir, 'runtime', RUNTIME_SOURCES);
  const [decoder] = compileOwnSources(cacheDir, 'decoder', DECODER_SOURCES);
  const threadHarness = bundled(files[1]!);
  pointAt(join(cacheDir, THREAD_HARNESS_POINTER), threadHarness);
  return { harness: files[0]!, threadHarness, inlineHarness: bundledScript(files[2]!), structures: files[RUNTIME_SOURCES.indexOf('problem/structures.ts')]!, files, decoder: decoder! };
}

/** A pointer is rewritten only when it changes; one that cannot be written only costs the early start. */
function pointAt(pointer: string, target: string): void {
  try {
    if (existsSync(pointer) && readFileSync(pointer, 'utf8') === target) return;
    writeAtomically(pointer, target);
  } catch {
    // a read-only cache
  }
}

/**
 * A compiled entry and what it imports as one file beside it, made once: a worker thread spent about
 * 25 ms loading the thread harness's modules one by one, on every kata test. The solution and the
 * structures stay separate modules (imported by URL at run time). Without esbuild, the entry as it is.
 */
function bundled(entry: string): string {
  const target = entry.replace(/\.mjs$/, '.bundle.mjs');
  if (existsSync(target)) return target;
  try {
    // Without this, esbuild's synchronous calls go through a worker thread and a service process that
    // outlive the build (stopped, the process is left unreaped); with it, each call is one process, waited for.
    process.env.ESBUILD_WORKER_THREADS ??= '0';
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const result = esbuild.buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
    writeAtomically(target, result.outputFiles[0]!.text);
    return target;
  } catch {
    return entry;
  }
}

/**
 * The inline harness as one classic script whose value is its default export (inline-harness.ts's
 * install): a vm context has no module loader, and the function must not be left on its global object.
 */
function bundledScript(entry: string): string | null {
  const target = entry.replace(/\.mjs$/, '.script.js');
  if (existsSync(target)) return target;
  try {
    process.env.ESBUILD_WORKER_THREADS ??= '0';
    const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const result = esbuild.buildSync({ entryPoints: [entry], bundle: true, format: 'iife', globalName: 'harness', platform: 'neutral', charset: 'ascii', write: false, logLevel: 'silent' });
    writeAtomically(target, `(function () {\n${result.outputFiles[0]!.text}\nreturn harness.default;\n})()\n`);
    return target;
  } catch {
    return null;
  }
}

/** oxc-transform loads a native binding: only when something is compiled, not on every start. */
function transformSync(...args: Parameters<typeof import('oxc-transform').transformSync>): ReturnType<typeof import('oxc-transform').transformSync> {
  return (createRequire(import.meta.url)('oxc-transform') as typeof import('oxc-transform')).transformSync(...args);
}

/**
 * Compiles some of kata's own sources (paths relative to src/) into one cache folder
 * per version of them, keeping their layout; returns the compiled files in order.
 */
export function compileOwnSources(cacheDir: string, name: string, paths: readonly string[]): string[] {
  // kata's own sources do not change while it runs: read and hash them once per process, not per judgment.
  const key = `${cacheDir}\0${name}\0${paths.join('\0')}`;
  const known = compiledOwn.get(key);
  if (known && known.every((file) => existsSync(file))) return known;
  const files = compileOwn(cacheDir, name, paths);
  compiledOwn.set(key, files);
  return files;
}

const compiledOwn = new Map<string, string[]>();

/**
 * The build's key, which covers every source (util/build-key.ts); under tsx, each source's size and
 * modification time, as the launcher keys kata's build: reading and hashing the 100 KB of them cost a
 * few ms of every kata test.
 */
function ownSourcesKey(paths: readonly string[]): string {
  if (BUILD_KEY !== null) return BUILD_KEY;
  const stamps = paths.map((path) => {
    const stat = statSync(join(SRC, path));
    return `${path}\0${stat.size}\0${stat.mtimeMs}\0`;
  });
  return sha256(...stamps).slice(0, 16);
}

function compileOwn(cacheDir: string, name: string, paths: readonly string[]): string[] {
  const dir = join(cacheDir, `${name}-${ownSourcesKey(paths)}`);
  return paths.map((path) => {
    // .mjs: these run as ES modules wherever the cache is, whatever package.json is (or is not) above it.
    const target = join(dir, path.replace(/\.ts$/, '.mjs'));
    if (!existsSync(target)) {
      const result = transpile(transformSync, join(SRC, path), readFileSync(join(SRC, path), 'utf8'));
      if (!result.ok) throw new Error(`kata's own src/${path} does not compile: ${result.message}`);
      writeAtomically(target, result.code.replace(/(from\s*|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\.ts\2/g, '$1$2$3.mjs$2'));
    }
    return target;
  });
}

/** Compiles a solution; a syntax error comes back as a message naming the file, line and column. */
export async function compileSolution(cacheDir: string, file: string, structuresFile: string): Promise<CompileResult> {
  const text = readFileSync(file, 'utf8');
  const target = join(cacheDir, 'solutions', `${sha256(file, '\0', text, '\0', structuresFile).slice(0, 24)}.mjs`);
  const inlineFile = target.replace(/\.mjs$/, '.inline.js');
  if (existsSync(target)) return { ok: true, file: target, ...(existsSync(inlineFile) && { inlineFile }) };
  const result = await compileInChild(cacheDir, file, text);
  if (!result.ok) return result;
  const structuresUrl = pathToFileURL(structuresFile).href;
  const code = result.code.split(`'${STRUCTURES_MODULE}'`).join(`'${structuresUrl}'`).split(`"${STRUCTURES_MODULE}"`).join(`"${structuresUrl}"`);
  // The inline form first: a module without one is never run inline, even from a cache written before it existed.
  if (typeof result.inline === 'string') writeAtomically(inlineFile, result.inline);
  writeAtomically(target, code);
  return { ok: true, file: target, ...(typeof result.inline === 'string' && { inlineFile }) };
}

/** Compiling a few thousand lines takes milliseconds: a source that takes this long is built to stall. */
export const COMPILE_LIMIT_MS = 10_000;
const COMPILE_OUTPUT_CAP = 64 * 1024 * 1024;
const COMPILER_SOURCES = ['judge/compile-child.ts', 'judge/transpile.ts', 'judge/inline-form.ts', 'util/text.ts'];

type ChildAnswer = Transpiled & { inline?: string | null };

function compileInChild(cacheDir: string, file: string, text: string): Promise<ChildAnswer> {
  const [entry] = compileOwnSources(cacheDir, 'compiler', COMPILER_SOURCES);
  const child = spawn(process.execPath, [entry!, createRequire(import.meta.url).resolve('oxc-transform'), STRUCTURES_MODULE], { stdio: ['pipe', 'pipe', 'pipe'] });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), COMPILE_LIMIT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > COMPILE_OUTPUT_CAP) child.kill('SIGKILL');
      else chunks.push(chunk);
    });
    child.stderr.resume();
    child.stdin.on('error', () => undefined);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const answer = code === 0 ? parseAnswer(chunks) : null;
      if (answer) return resolve(answer);
      const why = signal === 'SIGKILL' && size <= COMPILE_OUTPUT_CAP
        ? `compiling took longer than ${COMPILE_LIMIT_MS / 1000} s`
        : `the compiler crashed on it (${signal ?? `exit code ${code}`}); is something nested thousands of levels deep?`;
      resolve({ ok: false, message: `${file}: ${why}` });
    });
    child.stdin.end(JSON.stringify({ file, text }));
  });
}

function parseAnswer(chunks: Buffer[]): ChildAnswer | null {
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChildAnswer;
  } catch {
    return null;
  }
}
