/**
 * The form of a solution that kata test's inline host runs (inline-host.ts): the module as the body of an
 * async function, from oxc's module runner transform (exports become properties of an object the host
 * gives, imports calls of a function it gives). Made in the compile child, beside the ES module.
 *
 * None when the solution could behave otherwise in a vm context of kata's main thread than in a worker
 * thread: it imports anything but the structures, uses import.meta or a dynamic import, or names one of
 * Node's globals, which a context lacks (setTimeout, process, Buffer...) or has without output (console).
 * A name found in a string or a comment only costs the fast path.
 */
import { runInNewContext } from 'node:vm';
import type { moduleRunnerTransformSync } from 'oxc-transform';

export type RunnerTransform = typeof moduleRunnerTransformSync;

/** The runner's names for what the module needs but its exports and the structures: each means no inline form. */
const RUNNER_EXTRAS = ['__vite_ssr_import_meta__', '__vite_ssr_dynamic_import__', '__vite_ssr_exportAll__'];
/**
 * Names that make a solution behave otherwise in the context than in a thread:
 * - the host's scripts' names, and CommonJS's and `arguments`, which a module's top level has none of
 *   (in the context the module is the body of a function);
 * - FinalizationRegistry, which the inline harness removes (its callbacks would run outside any timeout),
 *   and WebAssembly, whose compiling ends later, on kata's event loop, after the inline try;
 * - `catch`: a caught stack overflow, since kata's main thread has a smaller stack than a thread's
 *   64 MiB (a catch of it gave WA inline where a thread gave AC).
 */
const OTHER_NAMES = ['console', '__kata', '__kataIn', 'require', 'module', 'exports', '__filename', '__dirname', 'arguments', 'FinalizationRegistry', 'WebAssembly', 'catch'];

let hostNamesPattern: RegExp | null = null;

/** Every global of this Node that a new context lacks, computed rather than listed, so a newer Node's are in it too. */
function hostNames(): RegExp {
  if (hostNamesPattern) return hostNamesPattern;
  const own = new Set(runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[]);
  const names = [...Object.getOwnPropertyNames(globalThis).filter((name) => !own.has(name)), ...OTHER_NAMES, ...RUNNER_EXTRAS];
  hostNamesPattern = new RegExp(`(?<![\\w$])(?:${names.map((name) => name.replace(/\$/g, '\\$')).join('|')})(?![\\w$])`);
  return hostNamesPattern;
}

/** `js`: the transpiled module, without its source map comment; `structuresModule`: the one import allowed. */
export function inlineForm(transform: RunnerTransform, file: string, js: string, structuresModule: string): string | null {
  if (hostNames().test(js)) return null;
  const result = transform(file, js, {});
  if (result.errors.length > 0 || result.dynamicDeps.length > 0) return null;
  if (result.deps.some((dep) => dep !== structuresModule)) return null;
  if (RUNNER_EXTRAS.some((name) => result.code.includes(name))) return null;
  return result.code;
}
