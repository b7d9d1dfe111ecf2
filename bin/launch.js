// Runs kata's CLI from JavaScript bundled once per version of its sources, instead of transpiling
// TypeScript on every start. Measured on `kata --help`: Node spent about 1 ms on each of the 50-odd
// modules a command loads one by one, and compiling them was most of what was left. So the CLI is built
// into a few CommonJS scripts (the only kind Node 20 lets us give V8's code cache): start.cjs, which every
// command runs, and a unit for each command (build.js says how they are cut). Each runs with the code
// cache of the same command's earlier run. Heavy packages stay outside and load when first needed.
//
// The build lives in .kata/build/<hash of the sources' sizes and times>/, made with esbuild (only when
// the sources changed) and moved into place whole, so concurrent starts never see half of one. If it
// cannot be built or written, kata runs through tsx as before.
//
// CommonJS (bin/package.json), like kata.js: an ES module as the entry cost Node's module loader about
// 4 ms on every start before any of kata ran.
'use strict';
const { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');
const BUILDS = join(ROOT, '.kata', 'build');
/** The sources' stamps the newest build was made from, and its folder: lets a start skip listing src/ and hashing. */
const CURRENT = join(BUILDS, 'current');
const START = 'start.cjs';
/** The whole CLI in one script with a source map, made only for runs under --enable-source-maps. */
const SINGLE = 'kata.cjs';
/** Loaded by the bundle through require() when first used: large (zod), native, or another tool. */
const OUTSIDE = ['zod', 'typescript', 'esbuild', 'oxc-transform', 'tsx', 'fast-check'];
/**
 * Node's modules that the bundle requires lazily, each loaded at its first use: commander
 * requires child_process at start (for executable subcommands, which kata has none of), and kata's
 * other commands start processes and threads; loading these (with net, streams, dgram) at every start
 * cost about 3 ms of `kata --help`. node:v8 loads Node's streams too (about 4 ms here), for caches
 * and heap figures that `kata list` does without. Imported by name, the proxy is read only at a call.
 */
const LAZY = ['node:child_process', 'node:worker_threads', 'node:v8'];

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

/** The CLI's entry (src/cli/entry.ts): built when possible, the TypeScript source through tsx otherwise. */
async function loadEntry() {
  try {
    const dir = currentBuild() ?? build();
    markUsed(dir);
    return process.sourceMapsEnabled ? requireSingle(dir) : runUnits(dir);
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
 * Runs start.cjs, and each unit when a chunk in it is first required. A chunk is a CommonJS factory
 * registered by name (build.js); one packed into several units runs once, from the first unit loaded.
 */
function runUnits(dir) {
  const command = /^[a-z]{2,12}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
  const url = pathToFileURL(join(dir, START)).href;
  const factories = new Map();
  const modules = new Map();
  const uncached = [];
  const define = (name, factory) => factories.has(name) || factories.set(name, factory);
  const load = (unit) => {
    const { script, cached } = compileUnit(dir, unit, command);
    if (!cached) uncached.push({ script, unit });
    return script.runInThisContext()(define, url, importModule);
  };
  const manifest = load(START);
  const requireChunk = (name) => {
    const known = modules.get(name);
    // As an ES module that threw: the same error again, never its top-level code run twice.
    if (known?.error !== undefined) throw known.error;
    if (known !== undefined) return known.exports;
    if (!factories.has(name) && manifest.units[name] !== undefined) load(manifest.units[name]);
    const factory = factories.get(name);
    if (factory === undefined) throw new Error(`kata's build has no chunk ${name}: remove ${dir} to build it again`);
    const module = { exports: {} };
    modules.set(name, module);
    try {
      factory(module.exports, chunkRequire, module);
    } catch (error) {
      module.error = error ?? new Error(`chunk ${name} threw ${error}`);
      throw error;
    }
    return module.exports;
  };
  // Node's modules, and packages outside the build, which resolve from bin/ as from the build (both under the root).
  const chunkRequire = (id) => (id.startsWith('./') ? requireChunk(id.slice(2)) : LAZY.includes(id) ? lazyRequire(id) : require(id));
  // Only after a run that ended as runs do (0: accepted, 1: not): a typo's usage error is no command's cache.
  process.once('exit', (code) => (code === 0 || code === 1) && uncached.forEach(({ script, unit }) => writeCache(script, dir, command, unit)));
  return requireChunk(manifest.entry);
}

/** A unit compiled with V8's code cache of this command's earlier run; `cached` when V8 took one. */
function compileUnit(dir, unit, command) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile(dir, command, unit));
  } catch {
    // the command's first run in this build
  }
  // The text is a function expression (build.js), called with what every unit is given. ASCII (esbuild's
  // charset), read as UTF-8: Node 20 reads that in one native call, 0.4 ms for start.cjs here against 1.1 as Latin-1.
  const file = join(dir, unit);
  const script = new Script(readFileSync(file, 'utf8'), { filename: file, cachedData });
  return { script, cached: cachedData !== undefined && !script.cachedDataRejected };
}

const cacheFile = (dir, command, unit) => join(dir, 'v8-cache', command, unit.replace(/\.cjs$/, '.bin'));

/**
 * Under --enable-source-maps, the whole CLI as one script through Node's own loader, which maps kata's
 * stack traces to src/ (Node 20 maps no vm.Script): without the code cache, for the one who asked for readable traces.
 */
function requireSingle(dir) {
  const file = join(dir, SINGLE);
  if (!existsSync(file)) require('./build.js').buildSingle({ ...buildOptions(basename(dir)), file });
  Object.assign(globalThis, { __kataModuleUrl: pathToFileURL(file).href, __kataImport: importModule, __lazy_: lazyRequire });
  return require(file);
}

/** A read-only checkout, or a build removed meanwhile: every start compiles, as without a cache. */
function writeCache(script, dir, command, unit) {
  const target = cacheFile(dir, command, unit);
  try {
    // Not recursive: a build removed during the run is not made again, empty.
    for (const folder of [dirname(dirname(target)), dirname(target)]) if (!existsSync(folder)) mkdirSync(folder);
  } catch {
    return;
  }
  writeAtomically(target, script.createCachedData());
}

/**
 * The newest build, if the sources it was made from are as they were: the stamps in CURRENT, checked
 * one by one. Listing src/ and hashing the list took about 3 ms of every start here. Numbers compared
 * as numbers: turning 150 times into text took another half.
 */
function currentBuild() {
  let current;
  try {
    current = JSON.parse(readFileSync(CURRENT, 'utf8'));
  } catch {
    return null;
  }
  const { build, paths, sizes, times } = current;
  if (typeof build !== 'string' || !/^[0-9a-f]{16}$/.test(build) || !Array.isArray(paths)) return null;
  for (let i = 0; i < paths.length; i++) {
    const [size, time] = stampOf(paths[i]);
    if (size !== sizes[i] || time !== times[i]) return null;
  }
  const dir = join(BUILDS, build);
  return existsSync(join(dir, START)) ? dir : null;
}

/** A file's size and modification time, as numbers; -1 for a file that is not there. */
function stampOf(path) {
  const stat = statSync(`${ROOT}/${path}`, { throwIfNoEntry: false });
  return stat === undefined ? [-1, -1] : [stat.size, stat.mtimeMs];
}

/** The build for the sources as they are now, made if there is none. */
function build() {
  // Keyed by each source's size and modification time: reading them all would cost more than the start.
  // How the build is made is part of it: these files, the compiler options esbuild reads, and the packages
  // bundled in (commander, chalk), as installed: npm rewrites node_modules/.package-lock.json on each install.
  const paths = [...sourcesUnder(SRC, 'src/'), 'bin/launch.js', 'bin/build.js', 'tsconfig.json', 'node_modules/.package-lock.json'].sort();
  const stamps = paths.map(stampOf);
  // Hashed in JavaScript: loading node:crypto alone took longer than everything else here.
  const hash = fnv1a(paths.map((path, i) => `${path}\0${stamps[i][0]}\0${stamps[i][1]}`).join('\n'));
  const dir = join(BUILDS, hash);
  if (!existsSync(join(dir, START))) make(dir, hash);
  // Stamps taken before the build: a source changed while it ran makes the next start build again.
  writeAtomically(CURRENT, JSON.stringify({ build: hash, paths, sizes: stamps.map((stamp) => stamp[0]), times: stamps.map((stamp) => stamp[1]) }));
  return dir;
}

function make(dir, hash) {
  const staging = `${dir}.${process.pid}.tmp`;
  require('./build.js').buildUnits({ ...buildOptions(hash), staging });
  try {
    renameSync(staging, dir);
  } catch {
    if (existsSync(join(dir, START))) {
      rmSync(staging, { recursive: true, force: true }); // another start built it first
    } else {
      // A folder without its start (emptied by hand) would keep this one out for good.
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
    }
  }
  removeUnusedBuilds(dir);
}

/** How long a build no kata has started from is kept: a kata still running from it reads its units as it needs them. */
const UNUSED_BUILD_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the builds (and staging folders) no kata has started from for UNUSED_BUILD_MS. Not at once:
 * a kata started on the previous build (kata watch, a grade) loads units from it until it ends.
 */
function removeUnusedBuilds(keep) {
  for (const name of readdirSync(BUILDS)) {
    const path = join(BUILDS, name);
    if (path === keep || name === 'current') continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > UNUSED_BUILD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // removed meanwhile by another start, or being written into: left for a later build
    }
  }
}

/** Marks a build as started from now (its folder's time), so that a newer build does not remove it while it runs. */
function markUsed(dir) {
  try {
    const now = new Date();
    utimesSync(dir, now, now);
  } catch {
    // a read-only checkout builds nothing new, so removes nothing either
  }
}

function buildOptions(hash) {
  return {
    root: ROOT,
    entry: join(SRC, 'cli', 'entry.ts'),
    main: join(SRC, 'cli', 'main.ts'),
    external: OUTSIDE,
    lazy: LAZY,
    // A CommonJS script has no import.meta: the wrapper passes the bundle's own URL in its place. The
    // build's key also keys caches of what src/problem/ validated (src/problem/format-key.ts).
    define: { 'import.meta.url': '__kataModuleUrl', __KATA_SOURCES_KEY__: JSON.stringify(hash) },
  };
}

/**
 * Writes through a staging file whose name no other writer picks (the pid alone repeats across
 * containers sharing the folder): V8 does not checksum a code cache, and one written by two processes at
 * once could crash every later start. A file that cannot be written (a read-only checkout) is left out:
 * both it and a code cache only save time.
 */
function writeAtomically(file, content) {
  const staging = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(staging, content);
    renameSync(staging, file);
  } catch {
    rmSync(staging, { force: true });
  }
}

/**
 * The .ts files under a folder, as paths joined with "/" by hand. Node 20's recursive readdir took 8 ms
 * here; this, about 1 with the stats, where path.join on each entry added another.
 */
function sourcesUnder(root, prefix, found = []) {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) sourcesUnder(`${root}/${entry.name}`, `${prefix}${entry.name}/`, found);
    else if (entry.name.endsWith('.ts')) found.push(prefix + entry.name);
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
