/**
 * CE when a solution's export does not match the problem's typed signature, as found by the TypeScript
 * compiler, or when its source breaks a rule of source-rules.ts (an import, the export's form).
 * It runs in a worker thread, alongside the cases, and its result is cached by
 * content so that re-judging an unchanged solution costs only a hash.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Problem } from '../problem/load.ts';
import { exportName, paramList, renderSignature, typeDeclarations } from '../problem/signature.ts';
import { toTypeScript } from '../problem/types.ts';
import { BUILD_KEY } from '../util/build-key.ts';
import { sha256 } from '../util/hash.ts';
import { compileOwnSources } from './compile.ts';
import { writeAtomically } from '../util/fs.ts';
import { SOLUTION_GLOBALS_FILE, SOLUTION_MODULES, solutionCompilerOptions, STRUCTURES_SOURCE } from './solution-env.ts';
import { describeSourceProblems, type ExpectedExport } from './source-rules.ts';
import { runCheck } from './typecheck-pool.ts';
import type { CheckFindings, TypecheckJob } from './typecheck-worker.ts';

/** `sourceRule`: the failure is a rule of the source's form, whose message says what to change; it outranks a load failure's. */
export type TypecheckResult = { ok: true } | { ok: false; message: string; sourceRule?: true };

const SHOWN_DIAGNOSTICS = 3;
/** The compiled worker and what it imports, relative to src/. */
const WORKER_SOURCES = ['judge/typecheck-worker.ts', 'judge/source-rules.ts'];

export async function typecheckSolution(cacheDir: string, problem: Problem, solutionFile: string, solutionLabel: string): Promise<TypecheckResult> {
  const text = readFileSync(solutionFile, 'utf8');
  const check = checkSource(problem, solutionFile);
  // Everything the diagnostics depend on; the message is rendered afresh, since the label depends on where kata runs.
  const [workerFile] = compileOwnSources(cacheDir, 'typecheck', WORKER_SOURCES);
  const compilerOptions = solutionCompilerOptions();
  const shared = [STRUCTURES_SOURCE, SOLUTION_GLOBALS_FILE];
  // kata's own files, as the build's key says they are (util/build-key.ts), or as read.
  const sharedKey = BUILD_KEY ?? shared.map((file) => readFileSync(file, 'utf8')).join('\0');
  const key = sha256(text, '\0', check, '\0', JSON.stringify(compilerOptions), '\0', sharedKey, '\0', workerFile!, '\0', typescriptVersion()).slice(0, 24);
  const dir = join(cacheDir, 'typecheck');
  const cached = join(dir, `${key}.json`);
  if (existsSync(cached)) return describe(JSON.parse(readFileSync(cached, 'utf8')) as CheckFindings, problem, solutionLabel, text);

  const checkFile = join(dir, `check-${key}.ts`);
  writeAtomically(checkFile, check);
  const findings = await runWorker(workerFile!, solutionLabel, {
    resolveFrom: import.meta.url,
    rootFiles: [checkFile, SOLUTION_GLOBALS_FILE],
    allowedFiles: [solutionFile],
    // Only the signature check counts: type errors inside the solution's body (an implicit any in
    // LeetCode-style code, say) do not stop it from running, so they are not a compile error here.
    checkedFiles: [checkFile],
    sharedFiles: shared,
    compilerOptions,
    solutionFile,
    expected: expectedExport(problem),
    allowedModules: Object.keys(SOLUTION_MODULES),
  });
  // A check that gave up says so, and is not cached: it may finish on a less busy machine.
  if (!('diagnostics' in findings)) return findings;
  writeAtomically(cached, JSON.stringify(findings));
  return describe(findings, problem, solutionLabel, text);
}

function expectedExport(problem: Problem): ExpectedExport {
  const { signature } = problem;
  return signature.kind === 'class' ? { kind: 'class', name: signature.className } : { kind: 'function', name: signature.functionName };
}

/** A module that assigns the solution's export to the signature's type: the compiler reports any mismatch there. */
function checkSource(problem: Problem, solutionFile: string): string {
  const { signature } = problem;
  const lines = ["import type { TreeNode, ListNode } from 'kata/structures';", `import * as solution from ${JSON.stringify(solutionFile)};`];
  const declarations = typeDeclarations(signature);
  if (declarations !== '') lines.push(declarations);
  if (signature.kind === 'class') {
    // Methods may return a Promise of their result: the judge awaits it.
    const methods = signature.methods.map((m) => `  ${m.name}(${paramList(m.params)}): ${m.returns === null ? 'void' : `MaybePromise<${toTypeScript(m.returns)}>`};`);
    lines.push('type MaybePromise<T> = T | PromiseLike<T>;', 'interface Signature {', ...methods, '}');
    lines.push(`export const matches: new (${paramList(signature.constructorParams)}) => Signature = solution.${signature.className};`);
  } else {
    const returns = signature.returns === null ? 'void' : toTypeScript(signature.returns);
    lines.push(`type Returns = ${returns};`);
    // A void function may return anything (TypeScript allows that for void), a Promise included.
    lines.push(signature.returns === null ? `type Signature = (${paramList(signature.params)}) => void;` : `type Signature = (${paramList(signature.params)}) => Returns | PromiseLike<Returns>;`);
    lines.push(`export const matches: Signature = solution.${signature.functionName};`);
  }
  lines.push('export type Unused = TreeNode | ListNode;', '');
  return lines.join('\n');
}

function describe({ diagnostics, sourceProblems }: CheckFindings, problem: Problem, label: string, text: string): TypecheckResult {
  // A broken rule explains a signature mismatch (no export named so) better than the compiler's words.
  if (sourceProblems.length > 0) return { ok: false, sourceRule: true, message: describeSourceProblems(sourceProblems, label, expectedExport(problem), Object.keys(SOLUTION_MODULES)) };
  if (diagnostics.length === 0) return { ok: true };
  const name = exportName(problem.signature);
  const declaration = declarationLine(text, name);
  const expected = renderSignature(problem.signature).replace(/\s+/g, ' ');
  const mismatch = diagnostics
    .slice(0, SHOWN_DIAGNOSTICS)
    .map((d) => d.message.split('\n').slice(0, 4).map((line) => line.trim()).join('; '))
    .join('; ');
  return { ok: false, message: `${label}:${declaration}: ${name} does not match the signature ${expected}: ${mismatch}` };
}

function declarationLine(text: string, name: string): number {
  const pattern = new RegExp(`\\b((function|class)\\s+${name}\\b|(const|let|var)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b)`);
  const index = text.search(pattern);
  return index === -1 ? 1 : text.slice(0, index).split('\n').length;
}

function typescriptVersion(): string {
  const manifest = createRequire(import.meta.url).resolve('typescript/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * The type check may take this long: a signature check of an ordinary solution takes about a second.
 * KATA_TYPECHECK_LIMIT_MS changes it (kata's own tests use a short one).
 */
function typecheckLimitMs(): number {
  const given = Number(process.env.KATA_TYPECHECK_LIMIT_MS);
  return Number.isFinite(given) && given > 0 ? given : 20_000;
}

/**
 * The diagnostics, or a failed result when the checker could not finish: a source nested deeply enough
 * overflows the TypeScript parser's stack, and type aliases built to explode keep it busy for minutes.
 */
async function runWorker(workerFile: string, label: string, job: Omit<TypecheckJob, 'id'>): Promise<CheckFindings | TypecheckResult> {
  const outcome = await runCheck(workerFile, job, typecheckLimitMs());
  return outcome.ok ? outcome.findings : { ok: false, message: `${label}: ${outcome.why}; --no-typecheck skips the check` };
}
