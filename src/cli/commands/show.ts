/** `kata show <slug>`: statement (rendered for the terminal, or as Markdown with --raw), typed signature and examples. */
import { caseValues } from '../../problem/cases.ts';
import { loadProblem, loadStatement } from '../../problem/load.ts';
import { renderSignature, typeDeclarations, type Signature } from '../../problem/signature.ts';
import { examplesShown } from '../../problem/statement.ts';
import { show } from '../../report/human.ts';
import { renderMarkdown, safeMarkdown } from '../../report/markdown.ts';
import { describeTimeLimit } from '../../problem/schema.ts';
import { escapeControls } from '../../util/text.ts';
import type { CliContext } from '../context.ts';
import { wholeNumberOption } from '../options.ts';
import { outIsTerminal } from '../output.ts';

export interface ShowOptions {
  raw?: boolean;
  width?: string;
}

/** Narrower than this, a statement is unreadable however it is wrapped. */
const NARROWEST = 20;
const WIDEST = 1000;
/** Where output is not a terminal there is no width to ask for: the width of a classic terminal. */
const DEFAULT_WIDTH = 80;

export async function run(context: CliContext, slug: string, options: ShowOptions = {}): Promise<number> {
  const width = parseWidth(options.width);
  const problem = loadProblem(context.root(), slug);
  const { meta } = problem;
  const { style } = context;
  const statement = loadStatement(problem).trim();
  const lines = [
    `${style.bold(escapeControls(meta.title))}  ${style.dim(escapeControls(`${slug} · ${meta.difficulty} · ${meta.tags.join(', ')}`))}`,
    style.dim(`limits: ${describeTimeLimit(meta.limits.timeMs)} per case, ${meta.limits.memoryMb} MB`),
    '',
    ...(options.raw ? [safeMarkdown(statement)] : renderMarkdown(statement, { width, style })),
    '',
    style.bold('Signature'),
    ...renderSignature(problem.signature).split('\n').map((line) => `  ${line}`),
    ...(typeDeclarations(problem.signature) === '' ? [] : [`  ${typeDeclarations(problem.signature)}  ${style.dim('// arrays nested to any depth')}`]),
    ...signatureNotes(problem.signature),
    '',
  ];
  // The examples the statement already shows are not printed again; the others are, with the rest.
  const shown = examplesShown(statement, problem.signature, problem.examples);
  const others = problem.examples.filter((_, index) => !shown.has(index));
  if (others.length === 0) lines.push(style.dim(`Examples: the ${shown.size === 1 ? 'one' : shown.size} shown above (kata test runs ${shown.size === 1 ? 'it' : 'them'})`));
  else lines.push(style.bold(shown.size === 0 ? 'Examples' : `More examples (besides the ${shown.size} shown above)`));
  problem.examples.forEach((example, index) => {
    if (shown.has(index)) return;
    // The solver's values: a bigint as `5n`, not as the digits the case file holds.
    const values = caseValues(problem.signature, example.input, example.expected);
    const input = Object.entries(values.input).map(([name, value]) => `${name} = ${show(value)}`).join(', ');
    const answer = example.error ? `throws${example.error.message !== undefined ? ` ${JSON.stringify(example.error.message)}` : ''}` : show(values.expected);
    // Numbered as kata test names them: example-3 is the third, whichever are printed.
    lines.push(`  ${index + 1}. ${input}`, `     ${style.dim('->')} ${answer}`);
    if (example.explanation) lines.push(`     ${style.dim(escapeControls(example.explanation))}`);
  });
  lines.push('', style.dim(`start: kata new ${slug}`));
  context.out(lines.join('\n'));
  return 0;
}

/** --width N, else the terminal's width, else 80. */
function parseWidth(text: string | undefined): number {
  if (text === undefined) return (outIsTerminal() ? process.stdout.columns : undefined) ?? DEFAULT_WIDTH;
  return wholeNumberOption('--width', text, { min: NARROWEST, max: WIDEST }, `columns to wrap to, e.g. --width 100 (default: the terminal's width, or ${DEFAULT_WIDTH})`);
}

/** What the signature alone does not say: in-place outputs, nodes given by value, class cases. */
function signatureNotes(signature: Signature): string[] {
  if (signature.kind === 'class') {
    return ['  (a case is a list of operations: the constructor, then method calls, each with its arguments; the answer is each call\'s result, null for the constructor and void methods)'];
  }
  const notes: string[] = [];
  if (signature.output !== undefined) notes.push(`  (fill ${signature.output} in place: it is judged after the call)`);
  const byValue = signature.params.filter((param) => param.nodeOf !== undefined).map((param) => param.name);
  if (byValue.length > 0) notes.push(`  (${byValue.join(' and ')}: nodes of ${signature.params.find((p) => p.nodeOf)!.nodeOf}, shown by their values)`);
  if (signature.returnsNodeOf !== undefined) notes.push(`  (return a node of ${signature.returnsNodeOf} itself: it is judged by its value)`);
  return notes;
}
