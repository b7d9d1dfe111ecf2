/** `kata validate [slug...]`: proves problem packages right; every problem found is named with its file. */
import type { Finding } from '../../problem/lint.ts';
import { listSlugs, problemDir } from '../../problem/load.ts';
import { validateProblem } from '../../judge/validate.ts';
import { EXIT, type CliContext } from '../context.ts';
import { setUpIsolation } from '../judging.ts';
import { Progress } from '../progress.ts';
import { parseJobs } from '../jobs.ts';

export async function run(context: CliContext, slugs: string[], options: { strict?: boolean; jobs?: string }): Promise<number> {
  const root = context.root();
  const chosen = slugs.length > 0 ? slugs : listSlugs(root);
  chosen.forEach((slug) => problemDir(root, slug)); // an unknown slug is a usage error, before any work
  const jobs = parseJobs(options.jobs);
  setUpIsolation(context);
  const { style } = context;
  let errors = 0;
  let warnings = 0;
  const progress = new Progress('validating', chosen.length, jobs);
  // Problems are checked `jobs` at a time; each one's findings are printed together, in the order asked.
  const checks = chosen.map(() => deferred<Finding[]>());
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chosen.length) {
      const index = next++;
      const slug = chosen[index]!;
      progress.start(slug);
      await validateProblem(root, slug, context.cacheDir(), () => undefined).then(checks[index]!.resolve, checks[index]!.reject);
      progress.finish(slug);
    }
  };
  const workers = Promise.all(Array.from({ length: Math.min(jobs, chosen.length) }, worker));
  for (const [index, slug] of chosen.entries()) {
    const findings = await checks[index]!.promise;
    progress.around(() => context.out([style.bold(slug), ...findings.map((finding) => formatFinding(slug, finding, context))].join('\n')));
    errors += findings.filter((finding) => finding.level === 'error').length;
    warnings += findings.filter((finding) => finding.level === 'warning').length;
  }
  await workers;
  progress.clear();
  const failing = errors + (options.strict ? warnings : 0);
  const summary = `${chosen.length} problem${chosen.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${options.strict && warnings > 0 ? ' (--strict: warnings count as errors)' : ''}`;
  context.out('');
  context.out(failing > 0 ? style.fail(summary) : style.pass(summary));
  return failing > 0 ? EXIT.NOT_ACCEPTED : EXIT.OK;
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

function formatFinding(slug: string, finding: Finding, context: CliContext): string {
  const { style } = context;
  const mark = finding.level === 'ok' ? style.pass('✓') : finding.level === 'warning' ? style.warn('!') : style.fail('✗');
  const where = finding.file ? `problems/${slug}/${finding.file}: ` : '';
  const message = finding.message.replace(`problems/${slug}/${finding.file}: `, '').replace(`problems/${slug}/${finding.file} `, '');
  return `  ${mark} ${finding.level === 'ok' ? style.dim(`${where}${message}`) : `${where}${message}`}`;
}
