/**
 * The kata command line: the program, its global options, and how a command's run ends (exit codes,
 * errors, signals). The commands are defined in definitions.ts; each one's work is in its own file
 * under commands/, loaded only when that command runs.
 */
import { Command, CommanderError, Option } from 'commander';
import { COMMANDS, type RunCommand } from './definitions.ts';
import { JSON_SCHEMA_VERSION } from '../report/json.ts';
import { isKataError } from '../util/errors.ts';
import { kataVersion } from '../util/paths.ts';
import { ISOLATION_MODES, type IsolationRequest } from '../judge/isolation.ts';
import { createContext, EXIT, type CliContext } from './context.ts';
import { outIsTerminal, writeOut } from './output.ts';

export async function main(argv: string[]): Promise<number> {
  // Sandboxes run in their own process groups, out of reach of the terminal's Ctrl-C: exiting through
  // process.exit lets the judge kill them ('exit' handlers do not run on a signal's default action).
  // Not once: a second Ctrl-C while threads are given time to end must not take the default action,
  // which would skip the exit handlers that kill sandboxes.
  process.on('SIGINT', () => void exitOnSignal(130));
  process.on('SIGTERM', () => void exitOnSignal(143));
  // An error thrown outside the command's promise is still kata's bug, not "not accepted" (exit 1).
  process.once('uncaughtException', (error) => process.exit(handleError(error, undefined, false)));
  let exitCode: number = EXIT.OK;
  let context: CliContext | undefined;
  const program = new Command('kata')
    .description('Practise, author and grade competitive-programming problems in TypeScript.')
    .version(kataVersion(), '-V, --version', 'print the version of kata')
    .option('--root <dir>', 'the folder that holds problems/ (default: the nearest one above the current folder)')
    .addOption(new Option('--isolation <layer>', 'how solutions are isolated: auto (the strongest available), os (bubblewrap, or refuse), node (the permission model alone)').choices([...ISOLATION_MODES]).env('KATA_ISOLATION'))
    .showHelpAfterError('(kata --help lists the commands)')
    .exitOverride()
    // Commander asks process.stdout for the help's width and colours: making that stream (net's, for a
    // pipe) cost about 5 ms of `kata --help`. The help has no colours; only a terminal is asked its width
    // (80 otherwise, commander's own default).
    .configureOutput({
      writeOut,
      writeErr: (text) => process.stderr.write(text),
      getOutHelpWidth: () => (outIsTerminal() ? process.stdout.columns : 80),
      getOutHasColors: () => outIsTerminal() && process.stdout.hasColors(),
    });

  // `threads`: the command may run a solution in a worker thread of kata (judge/host.ts), so its exit
  // must not wait on one stuck in a native call (exit.ts). Only those commands load that code.
  const run: RunCommand = (load, { threads = false } = {}) =>
    async (...args: unknown[]) => {
      const { root, isolation } = program.opts<{ root?: string; isolation?: IsolationRequest }>();
      context ??= await createContext({ root, ...(isolation !== undefined && { isolation }) });
      const exit = threads ? await import('./exit.ts') : null;
      exit?.guardExit();
      const command = await load();
      try {
        exitCode = await command.run(context, ...(args.slice(0, -1) as never[]));
      } finally {
        await exit?.endThreadsBeforeExit(exitCode, (text) => process.stderr.write(`${text}\n`));
      }
    };

  // Only the command argv names, when it names one: every command for help, a typo or a global option first.
  const named = argv[2] !== undefined && Object.hasOwn(COMMANDS, argv[2]) ? argv[2] : undefined;
  for (const [name, define] of Object.entries(COMMANDS)) if (named === undefined || name === named) define(program.command(name), run);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    return handleError(error, context, wantsJson(argv));
  }
  return exitCode;
}

function handleError(error: unknown, context: CliContext | undefined, json: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has printed its message already; help and version are not errors.
    return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
  }
  const err = context?.err ?? ((text: string) => process.stderr.write(`${text}\n`));
  const style = context?.style;
  if (isKataError(error)) {
    // With --json, standard output still carries one JSON object, for CI to parse.
    if (json) writeOut(`${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, error: { code: error.code, message: error.message, ...(error.hint && { hint: error.hint }) } })}\n`);
    err(`${style ? style.fail('error:') : 'error:'} ${error.message}`);
    if (error.hint) err(`${style ? style.dim('hint:') : 'hint:'} ${error.hint}`);
    return EXIT.USAGE;
  }
  err(`kata failed unexpectedly; this is a bug in kata, please report it with the text below.\n${(error as Error)?.stack ?? String(error)}`);
  return EXIT.INTERNAL;
}

function wantsJson(argv: readonly string[]): boolean {
  return argv.includes('--json') || argv.includes('--reporter=json') || argv.some((arg, i) => arg === '--reporter' && argv[i + 1] === 'json');
}

/** On a signal: the exit code, once any solution threads have ended (exit.ts, loaded only then). */
async function exitOnSignal(code: number): Promise<void> {
  (await import('./exit.ts')).exitAfterThreads(code);
}
