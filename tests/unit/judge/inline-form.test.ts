/** Which solutions have an inline form (src/judge/inline-form.ts): only those a vm context runs as a thread would. */
import { moduleRunnerTransformSync } from 'oxc-transform';
import { describe, expect, it } from 'vitest';
import { inlineForm } from '../../../src/judge/inline-form.ts';

const form = (js: string) => inlineForm(moduleRunnerTransformSync, 'solution.js', js, 'kata/structures');

describe('inlineForm', () => {
  it('turns exports into properties of the object the host gives', () => {
    const code = form('export function add(a, b) { return a + b; }\nexport const twice = (x) => 2 * x;\n');
    expect(code).toContain('__vite_ssr_exports__');
    const exports: Record<string, unknown> = {};
    // Evaluated as the inline host does: the module as the body of an async function.
    void new Function('__vite_ssr_exports__', '__vite_ssr_import_meta__', '__vite_ssr_import__', code!)(exports, undefined, undefined);
    expect((exports.add as (a: number, b: number) => number)(2, 3)).toBe(5);
    expect((exports.twice as (x: number) => number)(4)).toBe(8);
  });

  it('keeps an import of the structures, as a call of the function the host gives', () => {
    expect(form("import { TreeNode } from 'kata/structures';\nexport function f() { return new TreeNode(1); }\n")).toContain('__vite_ssr_import__("kata/structures"');
  });

  it.each([
    ['another import', "import fs from 'node:fs';\nexport function f() { return fs; }\n"],
    ['a dynamic import', "export async function f() { return import('node:fs'); }\n"],
    ['import.meta', 'export function f() { return import.meta.url; }\n'],
    ['console', 'export function f() { console.log(1); return 1; }\n'],
    ['a timer', 'export function f() { return setTimeout; }\n'],
    ['process', 'export function f() { return process.pid; }\n'],
    ['structuredClone', 'export function f(x) { return structuredClone(x); }\n'],
    ['the harness', 'export function f() { return __kata; }\n'],
    ['a re-export', "export * from './other.js';\n"],
    ['arguments, which a module\'s top level does not have', 'export const f = (a) => arguments.length + a;\n'],
    ['a catch, which could catch a stack overflow that only the main thread\'s smaller stack has', 'export function f(n) { try { return g(n); } catch { return -1; } }\nfunction g(n) { return n && 1 + g(n - 1); }\n'],
    ['WebAssembly, whose compiling ends after the inline try', 'export function f() { void WebAssembly.compile(new Uint8Array(8)); return 1; }\n'],
  ])('is none for a solution with %s', (_what, js) => {
    expect(form(js)).toBeNull();
  });
});
