/**
 * The rules a solution's source must follow beyond its signature, found by reading the source with
 * TypeScript's parser (in the type-check worker, which has the parsed file already) rather than guessed
 * from a runtime failure: what it imports, and whether the function or class the judge calls is a
 * named export. Each problem comes with a message that says exactly what to change, since pasted
 * LeetCode code is the usual cause (no `export`, an `export default`, a `class Solution` wrapper).
 *
 * These are messages for honest solvers, not a security boundary: `import(name)` with a computed name
 * passes them, and the sandbox refuses at run time what it refuses.
 */
import type * as TypeScript from 'typescript';

type TS = typeof TypeScript;

/** What the judge calls: the signature's function, or its class for a design problem. */
export interface ExpectedExport {
  kind: 'function' | 'class';
  name: string;
}

export type SourceProblem =
  | { rule: 'import'; line: number; module: string; viaRequire: boolean }
  | { rule: 'not-exported'; line: number; declaredAs: 'function' | 'class' | 'const' | 'let' | 'var' }
  | { rule: 'default-export'; line: number }
  | { rule: 'method-of-class'; line: number; className: string; usesThis: boolean };

/**
 * Node's modules for file, network, process or system access: what the permission model and the
 * harness's lockdown (sandbox/lockdown.ts) refuse, or what reaches past them (module's createRequire,
 * readline and tty on the judge's channel). Importing any other module is refused too, with the general rule.
 */
const ACCESS_MODULES = new Set(['fs', 'child_process', 'cluster', 'worker_threads', 'net', 'tls', 'http', 'https', 'http2', 'dgram', 'dns', 'inspector', 'module', 'os', 'process', 'v8', 'trace_events', 'wasi', 'repl', 'readline', 'tty', 'sqlite']);
const SHOWN_IMPORTS = 3;
const SPECIFIER_CAP = 120;

/** Every import of a module outside `allowedModules`, then the problem with the expected export, if any. */
export function findSourceProblems(ts: TS, file: TypeScript.SourceFile, expected: ExpectedExport, allowedModules: readonly string[]): SourceProblem[] {
  const allowed = new Set(allowedModules);
  const imports = findImports(ts, file).filter((found) => found.viaRequire || !allowed.has(found.module));
  const exported = findExportProblem(ts, file, expected);
  return [...imports.map((found): SourceProblem => ({ rule: 'import', ...found })), ...(exported ? [exported] : [])];
}

/** One message for all the problems found, each naming the file and line and what to write instead. */
export function describeSourceProblems(problems: readonly SourceProblem[], label: string, expected: ExpectedExport, allowedModules: readonly string[]): string {
  const imports = problems.filter((problem) => problem.rule === 'import');
  const others = problems.filter((problem) => problem.rule !== 'import');
  return [...imports.slice(0, SHOWN_IMPORTS), ...others].map((problem) => `${label}:${problem.line}: ${describe(problem, expected, allowedModules)}`).join('; ');
}

function describe(problem: SourceProblem, expected: ExpectedExport, allowedModules: readonly string[]): string {
  const { name } = expected;
  const write = expected.kind === 'function' ? `export function ${name}(...)` : `export class ${name}`;
  switch (problem.rule) {
    case 'import': {
      const module = problem.module.length > SPECIFIER_CAP ? `${problem.module.slice(0, SPECIFIER_CAP)}...` : problem.module;
      if (isAccessModule(problem.module)) return `solutions may not import ${module}: the judge runs solutions without file, network or process access`;
      if (!allowedModules.includes(problem.module)) return `solutions may not import ${module}: a solution is one file, and may import only ${allowedModules.join(' and ')}`;
      return `solutions are ES modules, where require is not defined: write "import { ... } from '${module}'"`;
    }
    case 'not-exported':
      if (problem.declaredAs === 'function' || problem.declaredAs === 'class') return `the ${problem.declaredAs} ${name} is not exported: write "${write}"`;
      return `${name} is not exported: write "export ${problem.declaredAs} ${name} = ..."`;
    case 'default-export':
      return `kata calls the export named ${name}, not the default export: write "${write}" instead of "export default"`;
    case 'method-of-class': {
      const rest = problem.usesThis ? ', and turn what it reaches through "this" into plain functions and variables' : '';
      return `${name} is a method of class ${problem.className}, but kata calls a function: move it out of the class as "export function ${name}(...)"${rest}`;
    }
  }
}

function isAccessModule(specifier: string): boolean {
  const bare = specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
  return ACCESS_MODULES.has(bare.split('/')[0]!);
}

interface FoundImport {
  line: number;
  module: string;
  viaRequire: boolean;
}

/**
 * Static imports and re-exports, `import x = require(...)`, type queries (`typeof import(...)`), and,
 * where the module is a literal: `import(...)`, `require(...)` and `process.getBuiltinModule(...)`.
 */
function findImports(ts: TS, file: TypeScript.SourceFile): FoundImport[] {
  const found: FoundImport[] = [];
  const add = (node: TypeScript.Node, specifier: TypeScript.Node | undefined, viaRequire = false) => {
    if (specifier && ts.isStringLiteralLike(specifier)) found.push({ line: lineOf(file, node), module: specifier.text, viaRequire });
  };
  const visit = (node: TypeScript.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node, node.moduleReference.expression);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const first = node.arguments[0];
      if (callee.kind === ts.SyntaxKind.ImportKeyword) add(node, first);
      else if (ts.isIdentifier(callee) && callee.text === 'require') add(node, first, true);
      else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'getBuiltinModule') add(node, first);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Why the judge will not find the expected named export, when the source shows why; null when it is there (or nothing explains its absence). */
function findExportProblem(ts: TS, file: TypeScript.SourceFile, expected: ExpectedExport): SourceProblem | null {
  let declared: Extract<SourceProblem, { rule: 'not-exported' }> | null = null;
  let defaultExport: number | null = null;
  let method: Extract<SourceProblem, { rule: 'method-of-class' }> | null = null;
  for (const statement of file.statements) {
    const line = lineOf(file, statement);
    if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) {
      if (hasModifier(ts, statement, ts.SyntaxKind.DefaultKeyword)) defaultExport ??= line;
      else if (statement.name?.text === expected.name) {
        if (hasModifier(ts, statement, ts.SyntaxKind.ExportKeyword)) return null;
        declared ??= { rule: 'not-exported', line, declaredAs: ts.isFunctionDeclaration(statement) ? 'function' : 'class' };
      }
      if (ts.isClassDeclaration(statement) && expected.kind === 'function') method ??= findMethod(ts, file, statement, expected.name);
    } else if (ts.isVariableStatement(statement)) {
      const list = statement.declarationList;
      if (!list.declarations.some((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === expected.name)) continue;
      if (hasModifier(ts, statement, ts.SyntaxKind.ExportKeyword)) return null;
      const keyword = list.flags & ts.NodeFlags.Const ? 'const' : list.flags & ts.NodeFlags.Let ? 'let' : 'var';
      declared ??= { rule: 'not-exported', line, declaredAs: keyword };
    } else if (ts.isExportAssignment(statement)) {
      defaultExport ??= line;
    } else if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) {
        if (element.name.text === expected.name) return null;
        if (element.name.text === 'default') defaultExport ??= line;
      }
    }
  }
  // A method of `class Solution` is the most precise explanation; a top-level declaration of the name beats it.
  if (method && !declared) return method;
  if (defaultExport !== null) return { rule: 'default-export', line: defaultExport };
  return declared;
}

function findMethod(ts: TS, file: TypeScript.SourceFile, owner: TypeScript.ClassDeclaration, name: string): Extract<SourceProblem, { rule: 'method-of-class' }> | null {
  for (const member of owner.members) {
    if (!(ts.isMethodDeclaration(member) || ts.isPropertyDeclaration(member)) || !member.name || !ts.isIdentifier(member.name) || member.name.text !== name) continue;
    return { rule: 'method-of-class', line: lineOf(file, member), className: owner.name?.text ?? '(anonymous)', usesThis: usesThis(ts, member) };
  }
  return null;
}

function hasModifier(ts: TS, node: TypeScript.Node, kind: TypeScript.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

function usesThis(ts: TS, node: TypeScript.Node): boolean {
  if (node.kind === ts.SyntaxKind.ThisKeyword) return true;
  return ts.forEachChild(node, (child) => (usesThis(ts, child) ? true : undefined)) === true;
}

function lineOf(file: TypeScript.SourceFile, node: TypeScript.Node): number {
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}
