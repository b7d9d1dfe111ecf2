/** `kata show <slug>`: statement, typed signature and examples. */
import { loadProblem, loadStatement } from '../../problem/load.ts';
import { renderSignature, typeDeclarations, type Signature } from '../../problem/signature.ts';
import { show } from '../../report/human.ts';
import type { CliContext } from '../context.ts';

export async function run(context: CliContext, slug: string): Promise<number> {
  const problem = loadProblem(context.root(), slug);
  const { meta } = problem;
  const { style } = context;
  const lines = [
    `${style.bold(meta.title)}  ${style.dim(`${slug} · ${meta.difficulty} · ${meta.tags.join(', ')}`)}`,
    style.dim(`limits: ${meta.limits.timeMs} ms per case, ${meta.limits.memoryMb} MB`),
    '',
    loadStatement(problem).trim(),
    '',
    style.bold('Signature'),
    ...renderSignature(problem.signature).split('\n').map((line) => `  ${line}`),
    ...(typeDeclarations(problem.signature) === '' ? [] : [`  ${typeDeclarations(problem.signature)}  ${style.dim('// arrays nested to any depth')}`]),
    ...signatureNotes(problem.signature),
    '',
    style.bold('Examples'),
  ];
  problem.examples.forEach((example, index) => {
    const input = Object.entries(example.input).map(([name, value]) => `${name} = ${show(value)}`).join(', ');
    const answer = example.error ? `throws${example.error.message !== undefined ? ` ${JSON.stringify(example.error.message)}` : ''}` : show(example.expected);
    lines.push(`  ${index + 1}. ${input}`, `     ${style.dim('->')} ${answer}`);
    if (example.explanation) lines.push(`     ${style.dim(example.explanation)}`);
  });
  lines.push('', style.dim(`start: kata new ${slug}`));
  context.out(lines.join('\n'));
  return 0;
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
