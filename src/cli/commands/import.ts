/** `kata import <format> <file> --slug <slug>`: a case file of another format as a new problem package. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertExercism, type ImportedPackage } from '../../problem/exercism.ts';
import { PROBLEM_FILES } from '../../problem/load.ts';
import { KataError } from '../../util/errors.ts';
import { SLUG_PATTERN } from '../../util/text.ts';
import type { CliContext } from '../context.ts';

const FORMATS = ['exercism'];
const USAGE = 'kata import exercism <canonical-data.json> --slug <slug>';

interface ImportOptions {
  slug: string;
  function?: string;
  paramOrder?: string;
  title?: string;
  difficulty: 'easy' | 'medium' | 'hard';
  force?: boolean;
}

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
    functionName: options.function,
    paramOrder: options.paramOrder?.split(',').map((name) => name.trim()).filter((name) => name !== ''),
    title: options.title,
    difficulty: options.difficulty,
  });
  if (existsSync(target)) rmSync(target, { recursive: true, force: true });
  writePackage(target, imported);
  printReport(context, target, slug, imported);
  return 0;
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

function printReport(context: CliContext, target: string, slug: string, { report }: ImportedPackage): void {
  const { style } = context;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const errors = report.errorCases > 0 ? ` (${report.errorCases} expecting an error)` : '';
  context.out(`imported the property "${report.property}" of the Exercism exercise "${report.exercise}" into ${context.display(target)}/`);
  context.out(
    [
      `  ${PROBLEM_FILES.meta.padEnd(15)}${report.signature}`,
      `  ${PROBLEM_FILES.examples.padEnd(15)}${plural(report.examples, 'example')}`,
      `  ${PROBLEM_FILES.hidden.padEnd(15)}${plural(report.hidden, 'hidden case')}${errors}`,
      `  ${PROBLEM_FILES.statement.padEnd(15)}a skeleton: the statement is still to be written`,
      `  ${PROBLEM_FILES.reference.padEnd(15)}a stub that throws: the reference solution is still to be written`,
    ].join('\n'),
  );
  if (report.superseded > 0) context.out(`dropped ${plural(report.superseded, 'superseded case')} (reimplemented by a newer case)`);
  if (report.skipped.length > 0) {
    const skipped = report.skipped.map((entry) => `${entry.property} (${plural(entry.cases, 'case')})`).join(', ');
    context.out(`note: skipped the other properties: ${skipped}; import one with --function <property> and another --slug`);
  }
  for (const warning of report.warnings) context.err(`${style.warn('warning:')} ${warning}`);
  const dir = context.display(target);
  context.out(style.dim(`next: write ${join(dir, PROBLEM_FILES.statement)} and ${join(dir, PROBLEM_FILES.reference)}, then kata validate ${slug}`));
}
