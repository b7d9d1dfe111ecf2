/** `kata import <format> <file> --slug <slug>`: a case file of another format as a new problem package. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertExercism, type ImportedPackage } from '../../problem/exercism.ts';
import { PROBLEM_FILES } from '../../problem/load.ts';
import { KataError } from '../../util/errors.ts';
import { SLUG_PATTERN } from '../../util/text.ts';
import type { CliContext } from '../context.ts';
import { wholeNumberOption } from '../options.ts';

const FORMATS = ['exercism'];
const USAGE = 'kata import exercism <canonical-data.json> --slug <slug>';

interface ImportOptions {
  slug: string;
  function?: string;
  property?: string;
  name?: string;
  paramOrder?: string;
  asObject?: boolean;
  checker?: string;
  abs?: string;
  rel?: string;
  anyError?: boolean;
  timeLimit?: string;
  title?: string;
  difficulty: 'easy' | 'medium' | 'hard';
  force?: boolean;
}

const CHECKERS = ['exact', 'unordered', 'unordered-deep'] as const;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export async function run(context: CliContext, format: string, file: string, options: ImportOptions): Promise<number> {
  if (!FORMATS.includes(format)) throw new KataError('USAGE', `unknown format "${format}" (supported: ${FORMATS.join(', ')})`, USAGE);
  const { slug } = options;
  if (!SLUG_PATTERN.test(slug)) throw new KataError('USAGE', `--slug "${slug}" is not a valid slug`, 'use lowercase letters and digits joined by hyphens, e.g. --slug two-fer');
  const target = join(context.root(), 'problems', slug);
  if (existsSync(target) && !options.force) {
    throw new KataError('EXISTS', `${context.display(target)} already exists; kata will not overwrite it`, 'pick another --slug, or pass --force to replace the whole package');
  }
  const path = context.resolvePath(file);
  const imported = convertExercism(readText(path, context.display(path)), {
    file: context.display(path),
    slug,
    ...naming(options),
    paramOrder: options.paramOrder?.split(',').map((name) => name.trim()).filter((name) => name !== ''),
    asObject: options.asObject,
    checker: checkerOption(options),
    anyError: options.anyError,
    timeLimitMs: options.timeLimit === undefined ? undefined : wholeNumberOption('--time-limit', options.timeLimit, { min: 10, max: 60_000 }, 'milliseconds per case, e.g. --time-limit 1000'),
    title: options.title,
    difficulty: options.difficulty,
  });
  if (existsSync(target)) rmSync(target, { recursive: true, force: true });
  writePackage(target, imported);
  printReport(context, target, slug, imported);
  return 0;
}

/** `--function F` is `--property F --name F`; mixing it with either would leave one of them unclear. */
function naming(options: ImportOptions): { property?: string; functionName?: string } {
  if (options.function !== undefined && (options.property !== undefined || options.name !== undefined)) {
    throw new KataError('USAGE', '--function sets both the property and the name, so it does not go with --property or --name', 'pass --function alone, or --property and --name');
  }
  const property = options.property ?? options.function;
  const name = options.name ?? options.function;
  if (options.name !== undefined && !IDENTIFIER.test(options.name)) {
    throw new KataError('USAGE', `--name "${options.name}" is not a JavaScript name`, 'use letters, digits, _ and $, not starting with a digit, e.g. --name isLeap');
  }
  // Only --name is taken as it is: a property given by --function is made a JavaScript name, with a warning.
  return { ...(property !== undefined && { property }), ...(options.name !== undefined && { functionName: name }) };
}

function checkerOption(options: ImportOptions): { kind: (typeof CHECKERS)[number]; abs?: number; rel?: number } | undefined {
  const { checker } = options;
  if (checker === undefined && options.abs === undefined && options.rel === undefined) return undefined;
  if (checker === 'custom') throw new KataError('USAGE', '--checker custom needs a checker.ts, which an import cannot write', 'import with another checker, then write checker.ts and set "checker": {"kind": "custom"} in problem.json');
  if (checker !== undefined && !(CHECKERS as readonly string[]).includes(checker)) {
    throw new KataError('USAGE', `--checker "${checker}" is not a checker`, `use one of ${CHECKERS.join(', ')}`);
  }
  return {
    kind: (checker ?? 'exact') as (typeof CHECKERS)[number],
    ...(options.abs !== undefined && { abs: toleranceOption('--abs', options.abs) }),
    ...(options.rel !== undefined && { rel: toleranceOption('--rel', options.rel) }),
  };
}

function toleranceOption(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new KataError('USAGE', `${flag} "${text}" is not a tolerance`, `give a number of 0 or more, e.g. ${flag} 0.01`);
  return value;
}

function readText(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${(error as Error).message})`;
    throw new KataError('USAGE', `${shown} ${reason}`, `pass the path of a canonical-data.json file: ${USAGE}`);
  }
}

function writePackage(target: string, imported: ImportedPackage): void {
  mkdirSync(target, { recursive: true });
  const casesText = (cases: unknown[]) => (cases.length === 0 ? '[]\n' : `[\n${cases.map((json) => `  ${JSON.stringify(json)}`).join(',\n')}\n]\n`);
  writeFileSync(join(target, PROBLEM_FILES.meta), `${JSON.stringify(imported.problemJson, null, 2)}\n`);
  writeFileSync(join(target, PROBLEM_FILES.examples), `${JSON.stringify(imported.examples, null, 2)}\n`);
  writeFileSync(join(target, PROBLEM_FILES.hidden), casesText(imported.hidden));
  writeFileSync(join(target, PROBLEM_FILES.statement), imported.statement);
  writeFileSync(join(target, PROBLEM_FILES.reference), imported.reference);
}

function printReport(context: CliContext, target: string, slug: string, { report, problemJson }: ImportedPackage): void {
  const { style } = context;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const errors = report.errorCases > 0 ? ` (${report.errorCases} expecting an error${report.anyError ? ', any message' : ''})` : '';
  context.out(`imported the property "${report.property}" of the Exercism exercise "${report.exercise}" into ${context.display(target)}/`);
  context.out(
    [
      `  ${PROBLEM_FILES.meta.padEnd(15)}${report.signature}`,
      `  ${''.padEnd(15)}${describeSettings(problemJson)}`,
      `  ${PROBLEM_FILES.examples.padEnd(15)}${plural(report.examples, 'example')}`,
      `  ${PROBLEM_FILES.hidden.padEnd(15)}${plural(report.hidden, 'hidden case')}${errors}`,
      `  ${PROBLEM_FILES.statement.padEnd(15)}a skeleton: the statement is still to be written`,
      `  ${PROBLEM_FILES.reference.padEnd(15)}a stub that throws: the reference solution is still to be written`,
    ].join('\n'),
  );
  if (report.superseded > 0) context.out(`dropped ${plural(report.superseded, 'superseded case')} (reimplemented by a newer case)`);
  if (report.skipped.length > 0) {
    const skipped = report.skipped.map((entry) => `${entry.property} (${plural(entry.cases, 'case')})`).join(', ');
    context.out(`note: skipped the other properties: ${skipped}; import one with --property <property> and another --slug`);
  }
  for (const warning of report.warnings) context.err(`${style.warn('warning:')} ${warning}`);
  const dir = context.display(target);
  context.out(style.dim(`next: write ${join(dir, PROBLEM_FILES.statement)} and ${join(dir, PROBLEM_FILES.reference)}, then kata validate ${slug}`));
}

/** `time limit 2000 ms, checker unordered (abs 0.01)`: what the package will judge with. */
function describeSettings(problemJson: ImportedPackage['problemJson']): string {
  const { limits, checker } = problemJson as { limits: { timeMs: number }; checker?: { kind: string; abs?: number; rel?: number } };
  const tolerances = checker ? [checker.abs !== undefined && `abs ${checker.abs}`, checker.rel !== undefined && `rel ${checker.rel}`].filter(Boolean) : [];
  const compared = checker ? `checker ${checker.kind}${tolerances.length > 0 ? ` (${tolerances.join(', ')})` : ''}` : 'checker exact';
  return `time limit ${limits.timeMs} ms, ${compared}`;
}
