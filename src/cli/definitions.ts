/**
 * kata's commands: each one's arguments, options and help, and the file under commands/ that does its
 * work, loaded only when it runs. main.ts defines on the program only the command argv names (or all of
 * them, for help, a typo, or a global option first): defining all 17 cost about 4 ms of every command.
 */
import { Option, type Command } from 'commander';
import { GRADE_REPORTER_NAMES, REPORTER_NAMES } from '../report/names.ts';
import type { CliContext } from './context.ts';

export type Action = (context: CliContext, ...args: never[]) => Promise<number>;
/** The action that runs a command's file: main.ts's, which makes the context and keeps the exit code. */
export type RunCommand = (load: () => Promise<{ run: Action }>, options?: { threads?: boolean }) => (...args: unknown[]) => Promise<void>;

/** Each command by name: what to define on the command commander made of that name. */
export const COMMANDS: Record<string, (command: Command, run: RunCommand) => void> = {
  list: (command, run) => {
    command
      .description('list the problems: status, slug, title, difficulty, tags')
      .option('--tag <tag>', 'only problems with this tag')
      .option('--difficulty <level>', 'only problems of this difficulty: easy, medium or hard')
      .option('--todo', 'only problems not solved yet')
      .option('--json', 'print JSON instead of a table')
      .action(run(() => import('./commands/list.ts')));
  },
  next: (command, run) => {
    command
      .description('pick the next unsolved problem, easiest first, and say how to start it')
      .option('--tag <tag>', 'only problems with this tag')
      .option('--difficulty <level>', 'only problems of this difficulty: easy, medium or hard')
      .action(run(() => import('./commands/next.ts')));
  },
  watch: (command, run) => {
    command
      .description('run the examples on every save of the solution; judge the hidden cases when they all pass')
      .argument('[slug]', 'the problem (default: the solution saved last)')
      .option('--no-typecheck', 'skip the TypeScript check of the solution against the signature')
      .action(run(() => import('./commands/watch.ts'), { threads: true }));
  },
  hint: (command, run) => {
    command
      .description("show the problem's next hint (each one is recorded in your progress)")
      .argument('[slug]', 'the problem (default: the one whose solution was saved last)')
      .action(run(() => import('./commands/hint.ts')));
  },
  progress: (command, run) => {
    command
      .description('what you solved and attempted, by difficulty and tag, and your streak of days')
      .option('--json', 'print JSON instead of a summary')
      .action(run(() => import('./commands/progress.ts')));
  },
  show: (command, run) => {
    command
      .description('show a problem: statement (rendered for the terminal), typed signature, examples')
      .argument('<slug>', 'the problem, e.g. knapsack-01')
      .option('--raw', 'print the statement as Markdown, without rendering it')
      .option('--width <n>', 'wrap the statement to n columns (default: the terminal\'s width, or 80)')
      .action(run(() => import('./commands/show.ts')));
  },
  new: (command, run) => {
    command
      .description('write solutions/<slug>.ts with the typed signature, ready to fill in')
      .argument('<slug>', 'the problem, e.g. knapsack-01')
      .option('--force', 'overwrite an existing solution file')
      .action(run(() => import('./commands/new.ts')));
  },
  test: (command, run) => {
    command
      .description('run a solution on the examples, with diffs for failures')
      .argument('<slug>', 'the problem, e.g. knapsack-01')
      .option('--solution <file>', 'the solution file (default: solutions/<slug>.ts)')
      .option('--no-typecheck', 'skip the TypeScript check of the solution against the signature')
      .option('--verbose', 'also show what passing cases printed')
      .option('--json', 'print one JSON object, as kata judge --json does')
      .action(run(() => import('./commands/test.ts'), { threads: true }));
  },
  stress: (command, run) => {
    command
      .description('run a solution against the reference on generated inputs; shrink, show and save the first disagreement')
      .argument('<slug>', 'the problem, e.g. knapsack-01')
      .option('--seed <n>', 'the seed the inputs are made from (default: a random one, printed)')
      .option('--runs <n>', 'how many inputs to compare on (default: 100)')
      .option('--solution <file>', 'the solution file (default: solutions/<slug>.ts)')
      .action(run(() => import('./commands/stress.ts')));
  },
  judge: (command, run) => {
    command
      .description('judge a solution on the examples and the hidden cases')
      .argument('<slug>', 'the problem, e.g. knapsack-01')
      .option('--solution <file>', 'the solution file (default: solutions/<slug>.ts)')
      .option('--json', 'print one JSON report (see "JSON report" in the README)')
      .option('--no-typecheck', 'skip the TypeScript check of the solution against the signature')
      .option('--verbose', 'also show what passing examples printed (a hidden case\'s output is never shown)')
      .addOption(new Option('--reporter <name>', 'how to report').choices([...REPORTER_NAMES]).default('human'))
      .option('--strict-isolation', 'refuse to judge without OS isolation (bubblewrap), as for untrusted code')
      .option('--reveal', 'after a failed judgment, show the first failing hidden case in full and offer to keep it as a local case')
      .option('--keep', 'with --reveal: keep the revealed case as a local case without asking')
      .option('--complexity', 'instead, estimate how its time grows with n beside the reference\'s, with a log-log plot (problems with a generator.ts)')
      .action(run(() => import('./commands/judge.ts')));
  },
  grade: (command, run) => {
    command
      .description('judge every solution in a folder (DIR/<slug>.ts, or DIR/<submitter>/<slug>.ts for a class), in parallel')
      .argument('[dir]', 'the folder of solutions (default: solutions/)')
      .option('--problems <dir>', 'the problems to grade against: a problems/ folder or the folder that holds one (default: the workspace; env KATA_PROBLEMS)')
      .option('--only <slugs>', 'grade only these problems, separated by commas')
      .option('--jobs <n>', 'how many solutions to judge at once (default: the number of cores)')
      .option('--reporter <name[=file]>', `how to report, any number of times: ${GRADE_REPORTER_NAMES.join(', ')}; =FILE writes to a file`, collect, [])
      .option('--output <file>', 'write the one reporter given without a file to this file')
      .option('--json', 'print one JSON object (the json reporter) on standard output')
      .option('--shard <i/n>', 'grade only the i-th of n balanced parts, for n CI jobs (merge with kata merge-reports)')
      .option('--no-typecheck', 'skip the TypeScript check of each solution against its signature')
      .action(run(() => import('./commands/grade.ts')));
  },
  'merge-reports': (command, run) => {
    command
      .description("combine the JSON reports of kata grade --shard jobs into one, and render it with any reporter")
      .argument('<files...>', 'the JSON reports of the shards')
      .option('--reporter <name[=file]>', `how to report, any number of times: ${GRADE_REPORTER_NAMES.join(', ')}`, collect, [])
      .option('--output <file>', 'write the one reporter given without a file to this file')
      .option('--json', 'print the merged JSON report on standard output')
      .action(run(() => import('./commands/merge-reports.ts')));
  },
  doctor: (command, run) => {
    command
      .description('show which layers of isolation protect solutions on this machine, and how to add missing ones')
      .option('--json', 'print JSON instead of a list')
      .action(run(() => import('./commands/doctor.ts')));
  },
  add: (command, run) => {
    command
      .description('scaffold a new problem package problems/<slug>/ from templates/problem/')
      .argument('<slug>', 'the new problem, e.g. two-sum (lowercase words joined by hyphens)')
      .option('--title <title>', 'the title (default: from the slug)')
      .addOption(new Option('--difficulty <level>', 'easy, medium or hard').choices(['easy', 'medium', 'hard']).default('medium'))
      .option('--tags <tags>', 'comma-separated tags, e.g. graphs,bfs')
      .option('--function <name>', 'the function solutions export (default: from the slug)')
      .action(run(() => import('./commands/add.ts')));
  },
  validate: (command, run) => {
    command
      .description('prove problem packages right: schema, cases, reference, stub, wrong solutions, generator, statement')
      .argument('[slugs...]', 'the problems to check (default: all)')
      .option('--strict', 'treat warnings as errors')
      .option('--jobs <n>', 'how many problems to check at once (default: the number of cores)')
      .option('--json', 'print the findings as one JSON object')
      .action(run(() => import('./commands/validate.ts')));
  },
  calibrate: (command, run) => {
    command
      .description("measure on this machine the reference of problems with calibrated time limits: its time, the limit derived from it, the cache key")
      .argument('[slugs...]', 'the problems (default: every problem with a calibrated limit)')
      .option('--cached', 'show the cached figures without measuring anything')
      .option('--json', 'print JSON instead of a table')
      .action(run(() => import('./commands/calibrate.ts')));
  },
  import: (command, run) => {
    command
      .description('turn a case file of another format into a kata package')
      .argument('<format>', 'the format of the file: exercism (problem-specifications canonical-data.json)')
      .argument('<file>', 'the case file')
      .requiredOption('--slug <slug>', 'the slug of the new problem')
      .option('--property <property>', 'the property to import (default: the most common property)')
      .option('--name <name>', 'the function\'s name (default: the property)')
      .option('--function <name>', 'short for --property <name> --name <name>')
      .option('--param-order <names>', 'comma-separated parameter order (default: the order of the first case\'s input)')
      .option('--as-object', 'pass the whole input as one object parameter, input, instead of a parameter per key')
      .option('--checker <kind>', 'how answers compare: exact, unordered or unordered-deep (default: exact)')
      .option('--abs <x>', 'the absolute tolerance for floats')
      .option('--rel <x>', 'the relative tolerance for floats')
      .option('--any-error', 'error cases must throw, with any message (Exercism leaves the wording to each track)')
      .option('--time-limit <ms>', 'the time limit per case in milliseconds (default: 2000)')
      .option('--title <title>', 'the title (default: from the slug)')
      .addOption(new Option('--difficulty <level>', 'easy, medium or hard').choices(['easy', 'medium', 'hard']).default('medium'))
      .option('--force', 'replace an existing package of that slug')
      .action(run(() => import('./commands/import.ts')));
  },
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
