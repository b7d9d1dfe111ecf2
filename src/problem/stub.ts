/** The solution file `kata new` writes: the typed signature from problem.json and a body that throws. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from './load.ts';
import { renderSignature, structuresImport } from './signature.ts';

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'solution.ts.tmpl');

export function renderStub(problem: Problem): string {
  const { signature } = problem;
  const imports = structuresImport(signature);
  const note = signature.output !== undefined ? `// Fill \`${signature.output}\` in place; it is judged after the call.\n  ` : '';
  const fields: Record<string, string> = {
    imports: imports === '' ? '' : `${imports}\n\n`,
    title: problem.meta.title,
    slug: problem.slug,
    signature: renderSignature(signature),
    note,
  };
  return readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (whole, name: string) => fields[name] ?? whole);
}
