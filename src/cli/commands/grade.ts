/**
 * `kata grade [DIR]`: judges every solution in a folder (one person's, or a class's), in parallel, and
 * reports with any number of reporters. Grading is for other people's code, so it refuses to run
 * without OS isolation unless --isolation=node is given. Ctrl-C writes what finished, marked incomplete.
 */
import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { discover, type Submission } from '../../judge/grade/discover.ts';
import { allAccepted, buildReport, type GradeResult } from '../../judge/grade/report.ts';
import { gradeAll, prepareProblems } from '../../judge/grade/run.ts';
import { expectedCost, parseShard, pickShard } from '../../judge/grade/shard.ts';
import { listSlugs, loadHiddenCases, loadProblem, problemDir } from '../../problem/load.ts';
import { ceilingTimeMs } from '../../problem/schema.ts';
import { KataError } from '../../util/errors.ts';
import { EXIT, type CliContext } from '../context.ts';
import { checkDestinations, parseDestinations, writeReports } from '../grade-output.ts';
import { setUpIsolation } from '../judging.ts';
import { Progress } from '../progress.ts';
import { parseJobs } from '../jobs.ts';

interface GradeOptions {
  problems?: string;
  only?: string;
  jobs?: string;
  reporter: string[];
  output?: string;
  json?: boolean;
  shard?: string;
  typecheck: boolean;
}

export async function run(context: CliContext, dir: string | undefined, options: GradeOptions): Promise<number> {
  const root = problemsRoot(context, options.problems ?? process.env.KATA_PROBLEMS);
  const slugs = chosenProblems(root, options.only);
  const folder = dir !== undefined ? context.resolvePath(dir) : defaultFolder(context);
  const jobs = parseJobs(options.jobs);
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  const destinations = parseDestinations(context, options.reporter, options);
  const found = discover(folder, slugs);
  checkDestinations(destinations, [join(root, 'problems')], new Set(found.submissions.map((s) => s.file)));
  setUpIsolation(context, true);

  const mine = shard ? pickShard(found.submissions, shard, keyOf, (s) => costOf(root, s)) : found.submissions;
  // The lists of what is not graded belong to one shard, so that merged reports hold each once.
  const firstShard = !shard || shard.index === 1;
  const display = (file: string) => context.display(file);
  const cacheDir = join(root, '.kata', 'cache');
  const problems = await prepareProblems(root, [...new Set(mine.map((s) => s.slug))], cacheDir);
  const results: GradeResult[] = [];
  const report = (incomplete: boolean) =>
    buildReport({
      layout: found.layout,
      submitters: found.submitters,
      problems: slugs,
      results,
      unmatched: firstShard ? found.unmatched.map((item) => ({ ...item, file: display(item.file) })) : [],
      missing: firstShard ? found.missing : [],
      ...(incomplete && { incomplete: true }),
      ...(shard && { shards: [shard] }),
    });

  // Never beside --json, where a program reads the output.
  const progress = new Progress('grading', mine.length, jobs, process.stderr, !options.json);
  // Ctrl-C: what finished is written, marked incomplete; the sandboxes are killed on the way out.
  process.prependOnceListener('SIGINT', () => {
    progress.clear();
    writeReports(context, report(true), destinations);
    process.exit(130);
  });
  const name = (s: Pick<Submission, 'submitter' | 'slug'>) => (s.submitter === null ? s.slug : `${s.submitter}/${s.slug}`);
  await gradeAll(mine, problems, {
    root,
    cacheDir,
    jobs,
    label: display,
    typecheck: options.typecheck,
    onStart: (s) => progress.start(name(s)),
    onResult: (result) => {
      results.push(result);
      progress.finish(name({ submitter: result.submitter, slug: result.problem }));
    },
  });
  progress.clear();
  const final = report(false);
  if (!writeReports(context, final, destinations)) return EXIT.INTERNAL;
  return allAccepted(final) ? EXIT.OK : EXIT.NOT_ACCEPTED;
}

/** --problems names the problems/ folder, or the folder that holds one. */
function problemsRoot(context: CliContext, given: string | undefined): string {
  if (given === undefined) return context.root();
  const dir = context.resolvePath(given);
  if (existsSync(join(dir, 'problems'))) return dir;
  if (basename(dir) === 'problems' && existsSync(dir)) return dirname(dir);
  throw new KataError('NO_WORKSPACE', `--problems ${given} is neither a problems/ folder nor a folder that holds one`, 'point --problems (or KATA_PROBLEMS) at the checkout that holds problems/<slug>/');
}

function chosenProblems(root: string, only: string | undefined): string[] {
  if (only === undefined) return listSlugs(root);
  const slugs = only.split(',').map((slug) => slug.trim()).filter((slug) => slug !== '');
  if (slugs.length === 0) throw new KataError('USAGE', '--only names no problem', 'give slugs separated by commas, e.g. --only knapsack-01,softmax');
  slugs.forEach((slug) => problemDir(root, slug)); // an unknown slug is a usage error, with suggestions
  return slugs;
}

function defaultFolder(context: CliContext): string {
  try {
    return join(context.root(), 'solutions');
  } catch {
    return context.resolvePath('solutions');
  }
}


const keyOf = (s: Submission) => `${s.submitter ?? ''}/${s.slug}`;

/** Each problem's expected cost, read once: its limit and how many cases it has. */
const costs = new Map<string, number>();
function costOf(root: string, submission: Submission): number {
  let cost = costs.get(submission.slug);
  if (cost === undefined) {
    const problem = loadProblem(root, submission.slug);
    // The ceiling of a calibrated limit: the same on every machine, so every shard splits alike.
    cost = expectedCost(ceilingTimeMs(problem.meta.limits.timeMs), problem.examples.length + loadHiddenCases(root, problem).length);
    costs.set(submission.slug, cost);
  }
  return cost;
}
