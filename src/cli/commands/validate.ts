/**
 * `kata validate [slug...]`: proves problem packages right; every problem found is named with its file.
 * Problems are checked `--jobs` at a time. With --json, one JSON object: per problem its findings
 * (level, file, message) and counts, and the totals.
 */
import type { Finding } from '../../problem/lint.ts';
import { listSlugs, problemDir } from '../../problem/load.ts';
import { validateProblem } from '../../judge/validate.ts';
import { JSON_SCHEMA_VERSION } from '../../report/json.ts';
import { plural } from '../../util/text.ts';
import { EXIT, type CliContext } from '../context.ts';
import { setUpIsolation } from '../judging.ts';
import { Progress } from '../progress.ts';
import { parseJobs } from '../jobs.ts';

interface Options {
  strict?: boolean;
  jobs?: string;
  json?: boolean;
}

export async function run(context: CliContext, slugs: string[], options: Options): Promise<number> {
  const root = context.root();
  const chosen = slugs.length > 0 ? slugs : listSlugs(root);
  chosen.forEach((slug) => problemDir(root, slug)); // an unknown slug is a usage error, before any work
  const jobs = parseJobs(options.jobs);
  setUpIsolation(context);
  const { style } = context;
  const progress = new Progress('validating', chosen.length, jobs, process.stderr, !options.json);
  const results: { slug: string; findings: Finding[] }[] = [];
  await checkAll(chosen, jobs, progress, (slug) => validateProblem(root, slug, context.cacheDir(), () => undefined), (slug, findings) => {
    results.push({ slug, findings });
    // Each problem's findings are printed together, in the order asked, as soon as it and those before it are done.
    if (!options.json) progress.around(() => context.out([style.bold(slug), ...findings.map((finding) => formatFinding(slug, finding, context))].join('\n')));
  });
  progress.clear();
  const count = (findings: Finding[], level: Finding['level']) => findings.filter((finding) => finding.level === level).length;
  const all = results.flatMap((result) => result.findings);
  const errors = count(all, 'error');
  const warnings = count(all, 'warning');
  const failing = errors + (options.strict ? warnings : 0);
  if (options.json) {
    context.out(
      JSON.stringify({
        schemaVersion: JSON_SCHEMA_VERSION,
        problems: results.map(({ slug, findings }) => ({
          slug,
          ok: count(findings, 'error') === 0 && (!options.strict || count(findings, 'warning') === 0),
          errors: count(findings, 'error'),
          warnings: count(findings, 'warning'),
          skipped: count(findings, 'skipped'),
          findings: findings.map(({ level, file, message }) => ({ level, file: file === '' ? null : `problems/${slug}/${file}`, message: bareMessage(slug, { level, file, message }) })),
        })),
        totals: { problems: results.length, errors, warnings, skipped: count(all, 'skipped'), strict: options.strict === true },
      }),
    );
    return failing > 0 ? EXIT.NOT_ACCEPTED : EXIT.OK;
  }
  const summary = `${chosen.length} ${plural(chosen.length, 'problem')} checked: ${errors} ${plural(errors, 'error')}, ${warnings} ${plural(warnings, 'warning')}${options.strict && warnings > 0 ? ' (--strict: warnings count as errors)' : ''}`;
  context.out('');
  context.out(failing > 0 ? style.fail(summary) : style.pass(summary));
  return failing > 0 ? EXIT.NOT_ACCEPTED : EXIT.OK;
}

/** Runs `check` on every slug, `jobs` at a time; `done` is called in the order of the slugs. */
async function checkAll(
  slugs: string[],
  jobs: number,
  progress: Progress,
  check: (slug: string) => Promise<Finding[]>,
  done: (slug: string, findings: Finding[]) => void,
): Promise<void> {
  const checks = slugs.map(() => deferred<Finding[]>());
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < slugs.length) {
      const index = next++;
      const slug = slugs[index]!;
      progress.start(slug);
      await check(slug).then(checks[index]!.resolve, checks[index]!.reject);
      progress.finish(slug);
    }
  };
  const workers = Promise.all(Array.from({ length: Math.min(jobs, slugs.length) }, worker));
  for (const [index, slug] of slugs.entries()) done(slug, await checks[index]!.promise);
  await workers;
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The message without the file's own name at its start (the finding names the file already). */
function bareMessage(slug: string, finding: Finding): string {
  return finding.message.replace(`problems/${slug}/${finding.file}: `, '').replace(`problems/${slug}/${finding.file} `, '');
}

const MARKS = { ok: '✓', warning: '!', error: '✗', skipped: '-' } as const;

function formatFinding(slug: string, finding: Finding, context: CliContext): string {
  const { style } = context;
  const colour = { ok: style.pass, warning: style.warn, error: style.fail, skipped: style.dim }[finding.level];
  const where = finding.file ? `problems/${slug}/${finding.file}: ` : '';
  // A message of several lines (a schema's issues, a syntax error's line and caret) is indented under its mark.
  const text = `${where}${bareMessage(slug, finding)}`.replace(/\n/g, '\n    ');
  return `  ${colour(MARKS[finding.level])} ${finding.level === 'ok' || finding.level === 'skipped' ? style.dim(text) : text}`;
}
