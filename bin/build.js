// Bundles kata's CLI for bin/launch.js, which requires this file only when kata's sources changed.
//
// One bundle of the whole CLI cost every command reading, decoding and deserializing 480 KB of script
// and its code cache (about 12 ms of `kata --help` here), most of it other commands' code. So the CLI is
// split where it imports code lazily, and packed into units, the files a command reads:
// - start.cjs: what every command runs (src/cli/entry.ts, main.ts and what they import statically);
// - one unit for each other module imported lazily (a command, the thread a test starts early, the
//   package schemas a cache miss needs, ...): what it imports, directly or not, that start lacks.
//   A module a command always needs is imported, not imported lazily: its unit then holds it.
// esbuild splits the module graph into chunks (ESM, so that each module lands in exactly one chunk), and
// each chunk becomes a CommonJS factory. A chunk packed into several units runs once, from the first unit
// loaded, so state such as the registry of live threads exists once, as in a single bundle.
'use strict';
const { mkdirSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { basename, join, relative, sep } = require('node:path');

/**
 * Writes start.cjs and the units into `staging`, a new folder; `define` has the build-time constants.
 * Every require() in a unit goes through the launcher, which loads Node's modules in its LAZY list lazily.
 */
function buildUnits(options) {
  withEsbuild((esbuild) => writeUnits(esbuild, options));
}

function writeUnits(esbuild, { root, entry, main, staging, external, define }) {
  const { outputFiles, metafile } = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: [entry],
    outdir: staging,
    write: false,
    metafile: true,
    bundle: true,
    splitting: true,
    format: 'esm',
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    ...COMMON,
    external,
    define,
  });
  const graph = chunkGraph(metafile);
  const factories = new Map(outputFiles.map((file) => [basename(file.path), factoryOf(esbuild, basename(file.path), file.text)]));
  const entryChunk = chunkOf(metafile, relative(root, entry));
  const start = reach([entryChunk, chunkOf(metafile, relative(root, main))], graph);
  const units = {};
  mkdirSync(staging, { recursive: true });
  for (const target of new Set([...graph.values()].flatMap((node) => node.lazy))) {
    if (start.has(target)) continue;
    const unit = target.replace(/\.js$/, '.cjs');
    const chunks = [...reach([target], graph)].filter((name) => !start.has(name));
    writeFileSync(join(staging, unit), wrapped(chunks.map((name) => factories.get(name))));
    units[target] = unit;
  }
  // The start unit ends by telling the launcher its entry and where each lazily imported chunk is.
  const manifest = `return ${JSON.stringify({ entry: entryChunk, units })};`;
  writeFileSync(join(staging, 'start.cjs'), wrapped([...[...start].map((name) => factories.get(name)), manifest]));
}

/**
 * A unit's text: a function of what the launcher passes each unit, written out so that the launcher
 * compiles the file's text as it is read (a wrapper added there made V8 copy every unit once more).
 */
function wrapped(parts) {
  return ['(function (define, __kataModuleUrl, __kataImport) {', ...parts, '})'].join('\n');
}

/**
 * The whole CLI as one script with its source map, for runs under --enable-source-maps: Node's own
 * loader maps a stack trace in it to kata's sources, which no unit could be (Node 20 maps no vm.Script).
 */
function buildSingle({ root, entry, file, external, define, lazy }) {
  const { outputFiles } = withEsbuild((esbuild) => esbuild.buildSync({ absWorkingDir: root, entryPoints: [entry], outfile: file, write: false, bundle: true, format: 'cjs', sourcemap: 'linked', ...COMMON, external, define }));
  const staging = `${file}.${process.pid}.tmp`;
  mkdirSync(staging);
  try {
    for (const output of outputFiles) writeFileSync(join(staging, basename(output.path)), output.path.endsWith('.map') ? output.text : requireLazily(output.text, lazy));
    // The map first: a script without its map would be taken as built.
    const ordered = [...outputFiles].sort((a, b) => Number(b.path.endsWith('.map')) - Number(a.path.endsWith('.map')));
    for (const output of ordered) renameSync(join(staging, basename(output.path)), output.path);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

const COMMON = {
  // The default, said here: ASCII text becomes strings of one byte a character, the cheapest V8 has.
  charset: 'ascii',
  platform: 'node',
  target: 'node20',
  // Less to read and parse on every start; names are kept, so kata's own stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'silent',
};

/** Runs `work` with esbuild, each synchronous call of it in one process that is waited for. */
function withEsbuild(work) {
  // Without this, esbuild's synchronous calls go through a worker thread and a service process that
  // outlive the build. Put back after: processes kata starts inherit its environment.
  const threads = process.env.ESBUILD_WORKER_THREADS;
  process.env.ESBUILD_WORKER_THREADS = '0';
  try {
    return work(require('esbuild'));
  } finally {
    if (threads === undefined) delete process.env.ESBUILD_WORKER_THREADS;
    else process.env.ESBUILD_WORKER_THREADS = threads;
  }
}

/** Each output chunk's imports and lazy imports of other chunks, by file name. */
function chunkGraph(metafile) {
  const graph = new Map();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    const chunks = (kind) => output.imports.filter((i) => i.kind === kind && !i.external).map((i) => basename(i.path));
    graph.set(basename(path), { imports: chunks('import-statement'), lazy: chunks('dynamic-import') });
  }
  return graph;
}

/** The chunk a source module (its path from the root) was made the entry of: the entry itself, and each module imported lazily. */
function chunkOf(metafile, source) {
  const found = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === source.split(sep).join('/'));
  if (!found) throw new Error(`esbuild made no chunk for ${source}`);
  return basename(found[0]);
}

/** The chunks `roots` import, directly or not (lazy imports aside). */
function reach(roots, graph) {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    const node = graph.get(name);
    stack.push(...node.imports);
  }
  return seen;
}

/** A chunk as CommonJS, in the call that registers it with the launcher under its file name. */
function factoryOf(esbuild, name, text) {
  // import() becomes require() in a promise: a script run from V8's code cache has no import() in Node 20.
  const { code } = esbuild.transformSync(text, { format: 'cjs', supported: { 'dynamic-import': false }, ...COMMON });
  return `define(${JSON.stringify(name)},function(exports,require,module){${code}\n});`;
}

/** Through the launcher's __lazy_ for the modules in `lazy`: the same length as require(, so the source map's columns still hold. */
function requireLazily(code, lazy) {
  return lazy.reduce((text, id) => text.split(`require("${id}")`).join(`__lazy_("${id}")`), code);
}

module.exports = { buildUnits, buildSingle };
