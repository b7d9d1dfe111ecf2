/**
 * Where each grade reporter's text goes: `--reporter NAME[=FILE]` (any number), `--json` for json on
 * standard output, `--output FILE` for the one reporter given without a file. At most one reporter
 * writes to standard output. A reporter never writes over a solution or a problem's file.
 */
import { appendFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, isAbsolute } from 'node:path';
import type { GradeReport } from '../judge/grade/report.ts';
import { GRADE_REPORTERS, gradeReporterNames } from '../report/grade/registry.ts';
import { PLAIN } from '../report/style.ts';
import { KataError } from '../util/errors.ts';
import type { CliContext } from './context.ts';

export interface Destination {
  name: string;
  /** Absolute path, or null for standard output. */
  file: string | null;
}

export function parseDestinations(context: CliContext, specs: readonly string[], options: { json?: boolean; output?: string }): Destination[] {
  const given = specs.map((spec): Destination => {
    const at = spec.indexOf('=');
    const name = at === -1 ? spec : spec.slice(0, at);
    const file = at === -1 ? null : spec.slice(at + 1);
    if (!GRADE_REPORTERS[name]) throw new KataError('USAGE', `unknown reporter "${name}"`, `choose from ${gradeReporterNames().join(', ')}; write NAME=FILE to send one to a file`);
    if (file === '') throw new KataError('USAGE', `--reporter ${spec} names no file`, `write --reporter ${name}=FILE, or --reporter ${name} for standard output`);
    return { name, file: file === null ? null : context.resolvePath(file) };
  });
  if (options.json) given.push({ name: 'json', file: null });
  if (given.length === 0) given.push({ name: 'human', file: null });
  const toStdout = given.filter((destination) => destination.file === null);
  if (options.output !== undefined) {
    if (toStdout.length !== 1) throw new KataError('USAGE', '--output needs exactly one reporter given without a file', 'e.g. --reporter junit --output junit.xml, or --reporter junit=junit.xml');
    toStdout[0]!.file = context.resolvePath(options.output);
  } else if (toStdout.length > 1) {
    throw new KataError('USAGE', `${toStdout.map((d) => d.name).join(' and ')} would both write to standard output`, `give all but one a file: --reporter ${toStdout[1]!.name}=FILE`);
  }
  return given;
}

/** Refuses a reporter file inside the problems or on a graded solution: nothing the user wrote is overwritten. */
export function checkDestinations(destinations: readonly Destination[], protectedDirs: readonly string[], protectedFiles: ReadonlySet<string>): void {
  for (const { name, file } of destinations) {
    if (file === null) continue;
    if (isDirectory(file)) throw new KataError('USAGE', `the ${name} reporter's file ${file} is a folder`, `name a file, e.g. --reporter ${name}=${file.replace(/\/$/, '')}/${name}.out; missing parent folders are created`);
    const inside = protectedDirs.find((dir) => {
      const path = relative(dir, file);
      return path === '' || (!path.startsWith('..') && !isAbsolute(path));
    });
    if (inside !== undefined || protectedFiles.has(file)) {
      throw new KataError('USAGE', `the ${name} reporter would write over ${file}, which kata reads for grading`, 'send the report somewhere else, e.g. --reporter json=reports/grade.json');
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Renders every reporter and writes it where it goes; the github reporter also appends the job summary.
 * One reporter that fails does not stop the others from being written: it is named, and kata exits 3.
 */
export function writeReports(context: CliContext, report: GradeReport, destinations: readonly Destination[]): boolean {
  let allWritten = true;
  for (const destination of destinations) {
    try {
      writeOne(context, report, destination);
    } catch (error) {
      allWritten = false;
      context.err(`error: the ${destination.name} reporter failed (${(error as Error)?.message ?? String(error)}); this is a bug in kata, please report it. The other reporters were written.`);
    }
  }
  return allWritten;
}

function writeOne(context: CliContext, report: GradeReport, { name, file }: Destination): void {
  const reporter = GRADE_REPORTERS[name]!;
  if (file === null) {
    context.out(reporter.render(report, context.style).replace(/\n$/, ''));
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, reporter.render(report, PLAIN));
  }
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (reporter.jobSummary && summaryFile) appendFileSync(summaryFile, reporter.jobSummary(report));
}
