// Runs kata's CLI from JavaScript compiled once per version of its sources, instead of transpiling
// TypeScript on every start. The build lives in .kata/build/<hash of the sources' sizes and times>/, made with
// oxc-transform (only when the sources changed) and moved into place whole, so concurrent starts
// never see half of one. If it cannot be built or written, kata runs through tsx as before.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const BUILDS = join(ROOT, '.kata', 'build');

/** The CLI's main module: compiled when possible, the TypeScript source through tsx otherwise. */
export async function loadMain() {
  try {
    const dir = await build();
    // What the CLI can start before it loads (src/cli/early.ts): a few small modules, then main's many.
    const early = await import(pathToFileURL(join(dir, 'cli', 'early.mjs')).href);
    await early.begin(process.argv);
    return await import(pathToFileURL(join(dir, 'cli', 'main.mjs')).href);
  } catch (error) {
    if (process.env.KATA_DEBUG_BUILD) console.error(error);
    const { register } = await import('tsx/esm/api');
    register();
    return import('../src/cli/main.ts');
  }
}

async function build() {
  const files = sourcesUnder(SRC, '').sort();
  // Keyed by each source's size and modification time: reading them all would cost more than the start.
  // Hashed in JavaScript: loading node:crypto alone took longer than everything else here.
  const key = files.map((file) => {
    const stat = statSync(join(SRC, file));
    return `${file}\0${stat.size}\0${stat.mtimeMs}`;
  });
  // How the build is made is part of it: this file too.
  const self = statSync(fileURLToPath(import.meta.url));
  key.push(`launch.js\0${self.size}\0${self.mtimeMs}`);
  const dir = join(BUILDS, fnv1a(key.join('\0')));
  if (existsSync(join(dir, 'cli', 'main.mjs'))) return dir;

  const { transformSync } = await import('oxc-transform');
  const staging = `${dir}.${process.pid}.tmp`;
  for (const file of files) {
    const source = readFileSync(join(SRC, file), 'utf8');
    const result = transformSync(join(SRC, file), source, { sourcemap: true, typescript: { rewriteImportExtensions: false } });
    if (result.errors.some((e) => e.severity === 'Error')) throw new Error(`src/${file} does not compile`);
    // Relative imports of .ts files become the .mjs files written beside them.
    const code = result.code.replace(/(from\s*|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\.ts\2/g, '$1$2$3.mjs$2');
    const target = join(staging, file.replace(/\.ts$/, '.mjs'));
    mkdirSync(dirname(target), { recursive: true });
    // The map in a file of its own, read only under --enable-source-maps: inline, it more than doubled
    // what every start reads and scans, for a map kata's own process never uses otherwise.
    writeFileSync(`${target}.map`, JSON.stringify(result.map));
    writeFileSync(target, `${code}\n//# sourceMappingURL=${basename(target)}.map\n`);
  }
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another start built it first
  }
  for (const old of readdirSync(BUILDS)) if (join(BUILDS, old) !== dir && !old.endsWith('.tmp')) rmSync(join(BUILDS, old), { recursive: true, force: true });
  return dir;
}

/** The .ts files under a folder, as paths relative to it. Node 20's recursive readdir took 8 ms here; this, 1. */
function sourcesUnder(root, prefix) {
  const found = [];
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : join(prefix, entry.name);
    if (entry.isDirectory()) found.push(...sourcesUnder(root, path));
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
