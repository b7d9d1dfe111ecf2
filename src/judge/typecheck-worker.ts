/**
 * Runs in a worker thread of the judge (trusted code): type-checks a solution
 * against its signature with the TypeScript compiler, off the judge's main
 * thread so that watchdogs and IPC keep running while it works.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type * as TypeScript from 'typescript';

export interface TypecheckJob {
  /** A module URL to resolve `typescript` from. */
  resolveFrom: string;
  rootFiles: string[];
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

const job = workerData as TypecheckJob;
const ts = createRequire(job.resolveFrom)('typescript') as typeof TypeScript;

const program = ts.createProgram(job.rootFiles, {
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
});

const checked = new Set(job.checkedFiles);
const diagnostics: Diagnostic[] = ts
  .getPreEmitDiagnostics(program)
  .filter((d) => d.file !== undefined && checked.has(d.file.fileName))
  .map((d) => {
    const { line, character } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
    return { file: d.file!.fileName, line: line + 1, column: character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') };
  });
parentPort!.postMessage(diagnostics);
