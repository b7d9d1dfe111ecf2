/**
 * Runs in a child process of the judge (trusted code), one job after another: type-checks a solution
 * against its signature with the TypeScript compiler, off the judge's main thread so that watchdogs and
 * pipes keep running while it works. A process, not a thread: the compiler's few hundred MB must not
 * show in kata's own resident memory, which limits a solution that runs in a thread (thread-sandbox.ts).
 * The library files (lib.es2022.d.ts and the rest) and the node classes are parsed once per process
 * and kept: they are most of the work of a check.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type * as TypeScript from 'typescript';
import { findSourceProblems, type ExpectedExport, type SourceProblem } from './source-rules.ts';

export interface TypecheckJob {
  id: number;
  /** A module URL to resolve `typescript` from. */
  resolveFrom: string;
  rootFiles: string[];
  /** Files the check may read besides its roots and the libraries: the solution. */
  allowedFiles: string[];
  /** Files whose diagnostics count; diagnostics elsewhere (the libraries) are ignored. */
  checkedFiles: string[];
  /** Files that are the same for every check (the node classes, the globals): parsed once per worker. */
  sharedFiles: string[];
  /** In tsconfig.json's spelling (see solution-env.ts). */
  compilerOptions: Record<string, unknown>;
  /** The solution, whose source is also read for the rules of source-rules.ts. */
  solutionFile: string;
  expected: ExpectedExport;
  allowedModules: string[];
}

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface CheckFindings {
  diagnostics: Diagnostic[];
  sourceProblems: SourceProblem[];
}

export type TypecheckAnswer = ({ id: number } & CheckFindings) | { id: number; failed: 'stack' | 'error'; name: string };

let ts: typeof TypeScript | null = null;
/** Files that are the same for every job, parsed once. */
const kept = new Map<string, TypeScript.SourceFile>();

process.on('message', (job: TypecheckJob) => {
  let answer: TypecheckAnswer;
  try {
    answer = { id: job.id, ...check(job) };
  } catch (error) {
    const overflow = error instanceof RangeError && /call stack/i.test(error.message);
    answer = { id: job.id, failed: overflow ? 'stack' : 'error', name: (error as Error)?.name ?? 'Error' };
  }
  process.send!(answer);
});
// Kata ended (or was killed): nothing is left to check for.
process.on('disconnect', () => process.exit(0));

function check(job: TypecheckJob): CheckFindings {
  ts ??= createRequire(job.resolveFrom)('typescript') as typeof TypeScript;
  const converted = ts.convertCompilerOptionsFromJson(job.compilerOptions, dirname(job.rootFiles[0]!));
  if (converted.errors.length > 0) throw new Error(`kata's compiler options are invalid: ${ts.flattenDiagnosticMessageText(converted.errors[0]!.messageText, ' ')}`);
  const options = converted.options;
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  const sharedFiles = new Set(job.sharedFiles);
  const shared = (fileName: string) => sharedFiles.has(fileName) || /[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(fileName);
  // The solution is untrusted: `typeof import("…/hidden.json")` in its types would have the compiler read
  // any file and print it in a diagnostic. It may see the files of this check and the libraries, nothing else.
  const allowed = new Set([...job.rootFiles, ...job.allowedFiles, ...job.sharedFiles]);
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
  const solution = program.getSourceFile(job.solutionFile);
  const sourceProblems = solution ? findSourceProblems(ts, solution, job.expected, job.allowedModules) : [];
  return { diagnostics: signatureDiagnostics(ts, program, checked), sourceProblems };
}

function signatureDiagnostics(ts: typeof TypeScript, program: TypeScript.Program, checked: Set<string>): Diagnostic[] {
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && checked.has(d.file.fileName))
    .map((d) => {
      const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
      return { file: d.file!.fileName, line: line + 1, column: character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') };
    });
}
