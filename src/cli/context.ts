/** What every command gets: where the workspace is, how to print, and whether to colour. */
import { existsSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import type { IsolationRequest } from '../judge/isolation.ts';
import { findWorkspace } from '../problem/workspace.ts';
import { PLAIN, type Style } from '../report/style.ts';
import { KataError } from '../util/errors.ts';
import { outIsTerminal, writeOut } from './output.ts';

export const EXIT = {
  /** Everything asked for succeeded: every solution accepted. */
  OK: 0,
  /** A solution was not accepted. */
  NOT_ACCEPTED: 1,
  /** A usage error or a broken problem package. */
  USAGE: 2,
  /** kata itself failed: a bug. */
  INTERNAL: 3,
} as const;

export interface CliContext {
  cwd: string;
  /** The folder that holds problems/ and solutions/. */
  root(): string;
  cacheDir(): string;
  style: Style;
  out(text: string): void;
  err(text: string): void;
  /** A path as the user should see it: relative to where they stand when that is shorter. */
  display(path: string): string;
  /** A path the user typed, made absolute. */
  resolvePath(path: string): string;
  /** --isolation, when given. */
  isolation?: IsolationRequest;
}

/** Async only to load chalk when there is colour to draw: a plain run (a pipe, NO_COLOR) does without it. */
export async function createContext(options: { root?: string; cwd?: string; stdout?: NodeJS.WriteStream; isolation?: IsolationRequest }): Promise<CliContext> {
  const cwd = options.cwd ?? process.cwd();
  let root: string | undefined;
  const getRoot = () => (root ??= options.root ? explicitRoot(resolve(cwd, options.root)) : findWorkspace(cwd));
  return {
    cwd,
    root: getRoot,
    cacheDir: () => join(getRoot(), '.kata', 'cache'),
    style: await pickStyle(options.stdout),
    out: (text) => writeOut(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    display: (path) => {
      const shown = relative(cwd, path);
      return shown.startsWith('..') || isAbsolute(shown) ? path : shown;
    },
    resolvePath: (path) => resolve(cwd, path),
    ...(options.isolation !== undefined && { isolation: options.isolation }),
  };
}

/** --root names the workspace itself: no search upwards, and an error that says what to point it at. */
function explicitRoot(dir: string): string {
  if (existsSync(join(dir, 'problems'))) return dir;
  throw new KataError('NO_WORKSPACE', `--root ${dir} has no problems/ folder`, 'point --root at the folder that holds problems/ (a kata checkout)');
}

/** NO_COLOR (https://no-color.org) wins; FORCE_COLOR=0 turns colour off, other values force it; otherwise colour only on a terminal. */
async function pickStyle(given: NodeJS.WriteStream | undefined): Promise<Style> {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return PLAIN;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return PLAIN;
  const forced = env.FORCE_COLOR !== undefined;
  if (!forced && !(given ? given.isTTY : outIsTerminal())) return PLAIN;
  const stream = given ?? process.stdout;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: forced ? Math.max(1, Math.min(3, Number(env.FORCE_COLOR) || 1)) as 1 | 2 | 3 : stream.hasColors?.(256) ? 2 : 1 });
  return { pass: chalk.green, fail: chalk.red, warn: chalk.yellow, dim: chalk.dim, bold: chalk.bold, italic: chalk.italic, underline: chalk.underline, code: chalk.cyan };
}
