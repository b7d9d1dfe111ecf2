/**
 * Turning TypeScript into JavaScript the sandbox can load. Types are stripped
 * with oxc-transform (the fastest transformer measured for this; see the
 * README), written once per content hash, with an inline source map so stack
 * traces point at the `.ts` file and its line.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from 'oxc-transform';
import { STRUCTURES_MODULE } from '../problem/signature.ts';
import { sha256 } from '../util/hash.ts';
import { lineAndColumn } from '../util/text.ts';

export type CompileResult = { ok: true; file: string } | { ok: false; message: string };

export interface Runtime {
  harness: string;
  structures: string;
  /** Every file the sandbox may read to run the harness. */
  files: string[];
  /** The worker that decodes large replies, in the judge's process. */
  decoder: string;
}

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The sources the sandbox runs, relative to src/; kept in the same layout so relative imports hold. */
const RUNTIME_SOURCES = ['judge/sandbox/harness.ts', 'judge/sandbox/calls.ts', 'judge/sandbox/codec.ts', 'judge/sandbox/frames.ts', 'problem/random.ts', 'problem/types.ts', 'problem/values.ts', 'problem/structures.ts'];

const DECODER_SOURCES = ['judge/sandbox/decode-worker.ts', 'judge/sandbox/reply.ts', 'judge/sandbox/protocol.ts'];

/** Compiles the harness and what it imports into the cache, once per version of their sources. */
export function prepareRuntime(cacheDir: string): Runtime {
  const files = compileOwnSources(cacheDir, 'runtime', RUNTIME_SOURCES);
  const [decoder] = compileOwnSources(cacheDir, 'decoder', DECODER_SOURCES);
  return { harness: files[0]!, structures: files[RUNTIME_SOURCES.indexOf('problem/structures.ts')]!, files, decoder: decoder! };
}

/**
 * Compiles some of kata's own sources (paths relative to src/) into one cache folder
 * per version of their text, keeping their layout; returns the compiled files in order.
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

function compileOwn(cacheDir: string, name: string, paths: readonly string[]): string[] {
  const sources = paths.map((path) => ({ path, text: readFileSync(join(SRC, path), 'utf8') }));
  const dir = join(cacheDir, `${name}-${sha256(...sources.map((source) => source.text)).slice(0, 16)}`);
  return sources.map(({ path, text }) => {
    // .mjs: these run as ES modules wherever the cache is, whatever package.json is (or is not) above it.
    const target = join(dir, path.replace(/\.ts$/, '.mjs'));
    if (!existsSync(target)) {
      const result = transpile(join(SRC, path), text);
      if (!result.ok) throw new Error(`kata's own src/${path} does not compile: ${result.message}`);
      writeAtomically(target, result.code.replace(/(from\s*|import\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\.ts\2/g, '$1$2$3.mjs$2'));
    }
    return target;
  });
}

/** Where the node classes' TypeScript source is, for the type checker. */
export const STRUCTURES_SOURCE = join(SRC, 'problem', 'structures.ts');

/** Compiles a solution; a syntax error comes back as a message naming the file, line and column. */
export function compileSolution(cacheDir: string, file: string, structuresFile: string): CompileResult {
  const text = readFileSync(file, 'utf8');
  const target = join(cacheDir, 'solutions', `${sha256(file, '\0', text, '\0', structuresFile).slice(0, 24)}.mjs`);
  if (existsSync(target)) return { ok: true, file: target };
  const result = transpile(file, text);
  if (!result.ok) return result;
  const structuresUrl = pathToFileURL(structuresFile).href;
  const code = result.code.split(`'${STRUCTURES_MODULE}'`).join(`'${structuresUrl}'`).split(`"${STRUCTURES_MODULE}"`).join(`"${structuresUrl}"`);
  writeAtomically(target, code);
  return { ok: true, file: target };
}

function transpile(file: string, text: string): { ok: true; code: string } | { ok: false; message: string } {
  const result = transformSync(file, text, { sourcemap: true, typescript: { rewriteImportExtensions: false } });
  const error = result.errors.find((e) => e.severity === 'Error');
  if (error) {
    const offset = error.labels?.[0]?.start ?? 0;
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, message: `${file}:${line}:${column}: ${error.message}` };
  }
  const map = Buffer.from(JSON.stringify(result.map)).toString('base64');
  return { ok: true, code: `${result.code}\n//# sourceMappingURL=data:application/json;base64,${map}\n` };
}

export function writeAtomically(target: string, content: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, target);
}
