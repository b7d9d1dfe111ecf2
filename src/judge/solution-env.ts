/**
 * What a solution is type-checked against, in one place: the compiler options, the modules it may
 * import and the globals it may use. kata's own check (typecheck.ts) and the solutions/tsconfig.json
 * that `kata new` writes for editors are both made from here, so an editor and kata cannot drift apart.
 * This module is on `kata new`'s path: it must not load the TypeScript compiler.
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import { STRUCTURES_MODULE } from '../problem/signature.ts';
import { KATA_ROOT, SRC_DIR } from '../util/paths.ts';

/** Where the node classes' TypeScript source is, for the type checker. */
export const STRUCTURES_SOURCE = join(SRC_DIR, 'problem', 'structures.ts');
/** The declarations of the globals a solution may use (console, structuredClone, ...). */
export const SOLUTION_GLOBALS_FILE = join(SRC_DIR, 'judge', 'solution-globals.d.ts');

/** The only modules a solution may import, and the source each resolves to. */
export const SOLUTION_MODULES: Readonly<Record<string, string>> = { [STRUCTURES_MODULE]: STRUCTURES_SOURCE };

/**
 * The compiler options, in tsconfig.json's spelling. `paths` maps each module a solution may import
 * to where its source is, written from the point of view of `from` (a tsconfig's folder, or '' for absolute paths).
 * - No Node typings (`types: []`): solutions import no Node module; the few globals they may use are declared in SOLUTION_GLOBALS_FILE.
 * - `noImplicitAny` is off: kata judges only the export's signature, so an untyped helper in
 *   LeetCode-style code is accepted, and the editor should not flag what kata accepts.
 * - No `noUncheckedIndexedAccess`: `nums[i]` is a number, as on LeetCode.
 */
export function solutionCompilerOptions(from = ''): Record<string, unknown> {
  const paths = Object.fromEntries(Object.entries(SOLUTION_MODULES).map(([specifier, source]) => [specifier, [pathFrom(from, source)]]));
  return {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022'],
    types: [],
    strict: true,
    noImplicitAny: false,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    noEmit: true,
    paths,
  };
}

/**
 * The text of `<workspace>/solutions/tsconfig.json`: kata's own type check, for an editor. Inside kata's
 * own checkout, the paths to kata's files are relative (the repository's solutions/ holds this file,
 * and a clone may be anywhere); in a workspace elsewhere they are absolute, so that moving it keeps them right.
 */
export function renderSolutionsTsconfig(solutionsDir: string): string {
  const inside = relative(KATA_ROOT, solutionsDir);
  const from = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? solutionsDir : '';
  const config = {
    compilerOptions: solutionCompilerOptions(from),
    files: [pathFrom(from, SOLUTION_GLOBALS_FILE)],
    include: ['**/*.ts'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** A path as a tsconfig writes it: relative to its folder, with forward slashes, or absolute when `from` is ''. */
function pathFrom(from: string, target: string): string {
  if (from === '') return target;
  const path = relative(from, target).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
