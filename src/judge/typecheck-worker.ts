/**
 * Runs in a worker thread of the judge (trusted code), one job after another: type-checks a solution
 * against its signature with the TypeScript compiler, off the judge's main thread so that watchdogs and
 * pipes keep running while it works. The library files (lib.es2022.d.ts and the rest) and the node
 * classes are parsed once per worker and kept: they are most of the work of a check.
 */
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type * as TypeScript from 'typescript';

export interface TypecheckJob {
  id: number;
  /** A module URL to resolve `typescript` from. */
  resolveFrom: string;
  rootFiles: string[];
  /** Files the check may read besides its roots and the libraries: the solution. */
  allowedFiles: string[];
  /** Files whose diagnostics count; diagnostics elsewhere (the libraries) are ignored. */
  checkedFiles: string[];
  structuresFile: string;
}

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type TypecheckAnswer = { id: number; diagnostics: Diagnostic[] } | { id: number; failed: 'stack' | 'error'; name: string };

let ts: typeof TypeScript | null = null;
/** Files that are the same for every job, parsed once. */
const kept = new Map<string, TypeScript.SourceFile>();

parentPort!.on('message', (job: TypecheckJob) => {
  try {
    parentPort!.postMessage({ id: job.id, diagnostics: check(job) } satisfies TypecheckAnswer);
  } catch (error) {
    const overflow = error instanceof RangeError && /call stack/i.test(error.message);
    parentPort!.postMessage({ id: job.id, failed: overflow ? 'stack' : 'error', name: (error as Error)?.name ?? 'Error' } satisfies TypecheckAnswer);
  }
});

function check(job: TypecheckJob): Diagnostic[] {
  ts ??= createRequire(job.resolveFrom)('typescript') as typeof TypeScript;
  const options: TypeScript.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    lib: ['lib.es2022.d.ts'],
    types: [],
    paths: { 'kata/structures': [job.structuresFile] },
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  const shared = (fileName: string) => fileName === job.structuresFile || /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(fileName);
  // The solution is untrusted: `typeof import("…/hidden.json")` in its types would have the compiler read
  // any file and print it in a diagnostic. It may see the files of this check and the libraries, nothing else.
  const allowed = new Set([...job.rootFiles, ...job.allowedFiles, job.structuresFile]);
  const mayRead = (fileName: string) => allowed.has(fileName) || shared(fileName);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.fileExists = (fileName) => mayRead(fileName) && fileExists(fileName);
  host.readFile = (fileName) => (mayRead(fileName) ? readFile(fileName) : undefined);
  host.directoryExists = () => true;
  host.getDirectories = () => [];
  host.realpath = (path) => path;
  host.getSourceFile = (fileName, language, onError, fresh) => {
    if (!mayRead(fileName)) return undefined;
    if (!shared(fileName)) return read(fileName, language, onError, fresh);
    let file = kept.get(fileName);
    if (!file) {
      file = read(fileName, language, onError, fresh);
      if (file) kept.set(fileName, file);
    }
    return file;
  };
  const program = ts.createProgram(job.rootFiles, options, host);
  const checked = new Set(job.checkedFiles);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && checked.has(d.file.fileName))
    .map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return { file: d.file!.fileName, line: line + 1, column: character + 1, message: ts!.flattenDiagnosticMessageText(d.messageText, '\n') };
    });
}
