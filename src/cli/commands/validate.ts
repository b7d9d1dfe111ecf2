/** `kata validate [slug...]`: proves problem packages right; every problem found is named with its file. */
import type { Finding } from '../../problem/lint.ts';
import { listSlugs, problemDir } from '../../problem/load.ts';
import { validateProblem } from '../../judge/validate.ts';
import { EXIT, type CliContext } from '../context.ts';
import { setUpIsolation } from '../judging.ts';
import { Progress } from '../progress.ts';

export async function run(context: CliContext, slugs: string[], options: { strict?: boolean }): Promise<number> {
  const root = context.root();
  const chosen = slugs.length > 0 ? slugs : listSlugs(root);
  chosen.forEach((slug) => problemDir(root, slug)); // an unknown slug is a usage error, before any work
  setUpIsolation(context);
  const { style } = context;
  let errors = 0;
  let warnings = 0;
  const progress = new Progress('validating', chosen.length, 1);
  for (const slug of chosen) {
    progress.around(() => context.out(style.bold(slug)));
    progress.start(slug);
    const findings = await validateProblem(root, slug, context.cacheDir(), (finding) => progress.around(() => context.out(formatFinding(slug, finding, context))));
    progress.finish(slug);
    errors += findings.filter((finding) => finding.level === 'error').length;
    warnings += findings.filter((finding) => finding.level === 'warning').length;
  }
  progress.clear();
  const failing = errors + (options.strict ? warnings : 0);
  const summary = `${chosen.length} problem${chosen.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${options.strict && warnings > 0 ? ' (--strict: warnings count as errors)' : ''}`;
  context.out('');
  context.out(failing > 0 ? style.fail(summary) : style.pass(summary));
  return failing > 0 ? EXIT.NOT_ACCEPTED : EXIT.OK;
}

function formatFinding(slug: string, finding: Finding, context: CliContext): string {
  const { style } = context;
  const mark = finding.level === 'ok' ? style.pass('✓') : finding.level === 'warning' ? style.warn('!') : style.fail('✗');
  const where = finding.file ? `problems/${slug}/${finding.file}: ` : '';
  const message = finding.message.replace(`problems/${slug}/${finding.file}: `, '').replace(`problems/${slug}/${finding.file} `, '');
  return `  ${mark} ${finding.level === 'ok' ? style.dim(`${where}${message}`) : `${where}${message}`}`;
}
