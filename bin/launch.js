// Runs kata's CLI from one JavaScript file bundled once per version of its sources, instead of
// transpiling TypeScript on every start. Measured on `kata --help`: Node spent about 1 ms on each of the
// 50-odd modules a command loads one by one, and compiling them was most of what was left, so the bundle
// is a single CommonJS script (the only kind Node 20 lets us give V8's code cache) run with the cache of
// the command's own earlier run. Heavy packages stay outside and load when a command first needs them.
//
// The build lives in .kata/build/<hash of the sources' sizes and times>/, made with esbuild (only when
// the sources changed) and moved into place whole, so concurrent starts never see half of one. If it
// cannot be built or written, kata runs through tsx as before.
//
// CommonJS (bin/package.json), like kata.js: an ES module as the entry cost Node's module loader about
// 4 ms on every start before any of kata ran.
'use strict';
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');
const BUILDS = join(ROOT, '.kata', 'build');
const BUNDLE = 'kata.cjs';
/** Loaded by the bundle through require() when first used: large (zod), native, or another tool. */
const OUTSIDE = ['zod', 'typescript', 'esbuild', 'oxc-transform', 'tsx', 'fast-check'];
/** The bundle's wrapper, on a line of its own so that the bundle's lines keep their numbers. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname, __kataModuleUrl, __kataImport, __lazy_) {\n';
/**
 * Node's modules that the bundle requires through __lazy_, which loads one at its first use: commander
 * requires child_process at start (for executable subcommands, which kata has none of), and kata's
 * other commands start processes and threads; loading these (with net, streams, dgram) at every start
 * cost about 3 ms of `kata --help`. Each is imported by name only, so the proxy is read only at a call.
 */
const LAZY = ['node:child_process', 'node:worker_threads'];

/** `require` for a name in LAZY: the module, loaded when a property of it is first read. */
function lazyRequire(id) {
  let real;
  const load = () => (real ??= require(id));
  return new Proxy(Object.create(null), {
    get: (_, key) => load()[key],
    has: (_, key) => key in load(),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

/** The CLI's entry (src/cli/entry.ts): bundled when possible, the TypeScript source through tsx otherwise. */
async function loadEntry() {
  try {
    const file = join(await build(), BUNDLE);
    return process.sourceMapsEnabled ? requireBundle(file) : runBundle(file);
  } catch (error) {
    if (process.env.KATA_DEBUG_BUILD) console.error(error);
    const { register } = await import('tsx/esm/api');
    register();
    return import('../src/cli/entry.ts');
  }
}

/** import() for the bundle (src/util/import-module.ts): an author's checker or generator, by its file URL. */
const importModule = (specifier) => import(specifier);

/**
 * Runs the bundle with V8's code cache of the same command's earlier run, and writes one at exit when
 * there was none or V8 refused it (another Node, other flags). One cache per command: each holds the
 * functions its command compiled, which a cache made by `kata --help` would mostly lack.
 */
function runBundle(file) {
  const command = /^[a-z]{2,12}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
  const cacheFile = join(dirname(file), 'v8-cache', `${command}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // the command's first run in this build
  }
  // As Latin-1, which the bundle is (ASCII, by esbuild's charset): Node's UTF-8 reading took 4-6 ms of it here, this 1.5.
  const script = new Script(`${WRAPPER}${readFileSync(file).toString('latin1')}\n})`, {
    filename: file,
    lineOffset: -1,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Only after a run that ended as runs do (0: accepted, 1: not): a typo's usage error is no command's cache.
    process.once('exit', (code) => (code === 0 || code === 1) && writeCache(script, cacheFile));
  }
  const module = { exports: {} };
  // import() in a script compiled from the cache has no loader in Node 20: the bundle imports through importModule.
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href, importModule, lazyRequire);
  return module.exports;
}

/**
 * Under --enable-source-maps, through Node's own loader, which maps kata's stack traces to src/ (Node 20
 * maps no vm.Script): without the code cache, for the one who asked for readable traces.
 */
function requireBundle(file) {
  Object.assign(globalThis, { __kataModuleUrl: pathToFileURL(file).href, __kataImport: importModule, __lazy_: lazyRequire });
  return require(file);
}

function writeCache(script, cacheFile) {
  // A name no other writer picks (the pid alone repeats across containers sharing the folder): V8 does
  // not checksum a cache, and one written by two processes at once could crash every later start.
  const staging = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    // Not recursive: a build removed during the run (a newer one replaced it) is not made again, empty.
    if (!existsSync(dirname(cacheFile))) mkdirSync(dirname(cacheFile));
    writeFileSync(staging, script.createCachedData());
    renameSync(staging, cacheFile);
  } catch {
    rmSync(staging, { force: true }); // a read-only checkout: every start compiles, as without a cache
  }
}

async function build() {
  const files = sourcesUnder(SRC, '').sort();
  // Keyed by each source's size and modification time: reading them all would cost more than the start.
  // Hashed in JavaScript: loading node:crypto alone took longer than everything else here.
  const key = files.map((file) => {
    const stat = statSync(`${SRC}/${file}`);
    return `${file}\0${stat.size}\0${stat.mtimeMs}`;
  });
  // How the build is made is part of it: this file, the compiler options esbuild reads, and the packages
  // bundled in (commander, chalk), as installed: npm rewrites node_modules/.package-lock.json on each install.
  for (const path of [__filename, join(ROOT, 'tsconfig.json'), join(ROOT, 'node_modules', '.package-lock.json')]) {
    const stat = statSync(path, { throwIfNoEntry: false });
    key.push(`${path}\0${stat?.size}\0${stat?.mtimeMs}`);
  }
  const dir = join(BUILDS, fnv1a(key.join('\0')));
  if (existsSync(join(dir, BUNDLE))) return dir;

  const staging = `${dir}.${process.pid}.tmp`;
  // Without this, esbuild's synchronous calls go through a worker thread and a service process that
  // outlive the build; with it, the call is one process, waited for.
  const threads = process.env.ESBUILD_WORKER_THREADS;
  process.env.ESBUILD_WORKER_THREADS = '0';
  const { buildSync } = require('esbuild');
  try {
    bundle(buildSync, staging);
  } finally {
    if (threads === undefined) delete process.env.ESBUILD_WORKER_THREADS;
    else process.env.ESBUILD_WORKER_THREADS = threads;
  }
  try {
    renameSync(staging, dir);
  } catch {
    if (existsSync(join(dir, BUNDLE))) {
      rmSync(staging, { recursive: true, force: true }); // another start built it first
    } else {
      // A folder without its bundle (emptied by hand) would keep this one out for good.
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
    }
  }
  for (const old of readdirSync(BUILDS)) if (join(BUILDS, old) !== dir && !old.endsWith('.tmp')) rmSync(join(BUILDS, old), { recursive: true, force: true });
  return dir;
}

function bundle(buildSync, staging) {
  const { outputFiles } = buildSync({
    entryPoints: [join(SRC, 'cli', 'entry.ts')],
    outfile: join(staging, BUNDLE),
    write: false,
    // The default, said here because runBundle reads the bundle as Latin-1.
    charset: 'ascii',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: OUTSIDE,
    // Less to read and parse on every start; names are kept, so kata's own stack traces stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    // A CommonJS script has no import.meta: the wrapper passes the bundle's own URL in its place.
    define: { 'import.meta.url': '__kataModuleUrl' },
    // Read only under --enable-source-maps (requireBundle).
    sourcemap: 'linked',
    logLevel: 'silent',
  });
  mkdirSync(staging, { recursive: true });
  for (const output of outputFiles) {
    // The same length as require(, so the source map's columns still hold.
    const text = output.path.endsWith('.map') ? output.text : LAZY.reduce((code, id) => code.split(`require("${id}")`).join(`__lazy_("${id}")`), output.text);
    writeFileSync(output.path, text);
  }
}

/**
 * The .ts files under a folder, as paths relative to it, joined with "/" by hand. Node 20's recursive
 * readdir took 8 ms here; this, about 1 with the stats, where path.join on each entry added another.
 */
function sourcesUnder(root, prefix, found = []) {
  for (const entry of readdirSync(`${root}/${prefix}`, { withFileTypes: true })) {
    const path = prefix + entry.name;
    if (entry.isDirectory()) sourcesUnder(root, `${path}/`, found);
    else if (entry.name.endsWith('.ts')) found.push(path);
  }
  return found;
}

/** Two 32-bit FNV-1a hashes with different offsets, as 16 hex digits: enough to tell builds apart. */
function fnv1a(text) {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
    b ^= b >>> 13;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

module.exports = { loadEntry };
