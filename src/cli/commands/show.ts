/** `kata show <slug>`: statement, typed signature and examples. */
import { loadProblem, loadStatement } from '../../problem/load.ts';
import { renderSignature } from '../../problem/signature.ts';
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
    `  ${renderSignature(problem.signature)}`,
    '',
    style.bold('Examples'),
  ];
  problem.examples.forEach((example, index) => {
    const input = Object.entries(example.input).map(([name, value]) => `${name} = ${show(value)}`).join(', ');
    lines.push(`  ${index + 1}. ${input}`, `     ${style.dim('->')} ${show(example.expected)}`);
    if (example.explanation) lines.push(`     ${style.dim(example.explanation)}`);
  });
  lines.push('', style.dim(`start: kata new ${slug}`));
  context.out(lines.join('\n'));
  return 0;
}
