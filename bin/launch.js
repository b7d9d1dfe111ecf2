// Runs kata's CLI from JavaScript compiled once per version of its sources, instead of transpiling
// TypeScript on every start. The build lives in .kata/build/<hash of the sources' sizes and times>/, made with
// oxc-transform (only when the sources changed) and moved into place whole, so concurrent starts
// never see half of one. If it cannot be built or written, kata runs through tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const BUILDS = join(ROOT, '.kata', 'build');

/** The CLI's main module: compiled when possible, the TypeScript source through tsx otherwise. */
export async function loadMain() {
  try {
    return await import(pathToFileURL(join(await build(), 'cli', 'main.mjs')).href);
  } catch (error) {
    if (process.env.KATA_DEBUG_BUILD) console.error(error);
    const { register } = await import('tsx/esm/api');
    register();
    return import('../src/cli/main.ts');
  }
}

async function build() {
  const files = readdirSync(SRC, { recursive: true }).filter((file) => file.endsWith('.ts')).sort();
  // Keyed by each source's size and modification time: reading them all would cost more than the start.
  const hash = createHash('sha256');
  for (const file of files) {
    const stat = statSync(join(SRC, file));
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\0`);
  }
  const dir = join(BUILDS, hash.digest('hex').slice(0, 16));
  if (existsSync(join(dir, 'cli', 'main.mjs'))) return dir;

  const { transformSync } = await import('oxc-transform');
  const staging = `${dir}.${process.pid}.tmp`;
  for (const file of files) {
    const source = readFileSync(join(SRC, file), 'utf8');
    const result = transformSync(join(SRC, file), source, { sourcemap: true, typescript: { rewriteImportExtensions: false } });
    if (result.errors.some((e) => e.severity === 'Error')) throw new Error(`src/${file} does not compile`);
    const map = Buffer.from(JSON.stringify(result.map)).toString('base64');
    // Relative imports of .ts files become the .mjs files written beside them.
    const code = result.code.replace(/(from\s*|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\.ts\2/g, '$1$2$3.mjs$2');
    const target = join(staging, file.replace(/\.ts$/, '.mjs'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=data:application/json;base64,${map}\n`);
  }
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another start built it first
  }
  for (const old of readdirSync(BUILDS)) if (join(BUILDS, old) !== dir && !old.endsWith('.tmp')) rmSync(join(BUILDS, old), { recursive: true, force: true });
  return dir;
}
