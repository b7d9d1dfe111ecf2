/** The solution file `kata new` writes: the typed signature from problem.json and a body that throws. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES_DIR } from '../util/paths.ts';
import type { Problem } from './load.ts';
import { paramList, renderMethod, renderSignature, structuresImport, typeDeclarations } from './signature.ts';

const TEMPLATES = TEMPLATES_DIR;
const NOT_IMPLEMENTED = "throw new Error('not implemented');";

export function renderStub(problem: Problem): string {
  const { signature } = problem;
  const head = [structuresImport(signature), typeDeclarations(signature)].filter((line) => line !== '');
  const fields: Record<string, string> = { imports: head.length === 0 ? '' : `${head.join('\n\n')}\n\n`, title: problem.meta.title, slug: problem.slug };
  if (signature.kind === 'class') {
    const members = [`constructor(${paramList(signature.constructorParams)}) {`, ...signature.methods.map((method) => `${renderMethod(method)} {`)];
    fields.className = signature.className;
    fields.members = members.map((head) => `  ${head}\n    ${NOT_IMPLEMENTED}\n  }`).join('\n\n');
    return fill('class.ts.tmpl', fields);
  }
  fields.signature = renderSignature(signature);
  fields.note = signature.output !== undefined ? `// Fill \`${signature.output}\` in place; it is judged after the call.\n  ` : '';
  return fill('solution.ts.tmpl', fields);
}

function fill(template: string, fields: Record<string, string>): string {
  return readFileSync(join(TEMPLATES, template), 'utf8').replace(/\{\{(\w+)\}\}/g, (whole, name: string) => fields[name] ?? whole);
}
