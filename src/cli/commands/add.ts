/** `kata add <slug>`: scaffolds problems/<slug>/ from templates/problem/; never touches an existing package. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { KataError } from '../../util/errors.ts';
import { TEMPLATES_DIR } from '../../util/paths.ts';
import { SLUG_PATTERN, titleFromSlug } from '../../util/text.ts';
import type { CliContext } from '../context.ts';

const TEMPLATE_DIR = join(TEMPLATES_DIR, 'problem');
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

interface AddOptions {
  title?: string;
  difficulty: string;
  tags?: string;
  function?: string;
}

export async function run(context: CliContext, slug: string, options: AddOptions): Promise<number> {
  if (!SLUG_PATTERN.test(slug)) throw new KataError('USAGE', `"${slug}" is not a valid slug`, 'use lowercase letters and digits joined by hyphens, e.g. two-sum');
  const functionName = options.function ?? camelCase(slug);
  if (!IDENTIFIER.test(functionName)) throw new KataError('USAGE', `--function "${functionName}" is not a JavaScript identifier`, 'pass --function with a name such as twoSum');
  const target = join(context.root(), 'problems', slug);
  if (existsSync(target)) throw new KataError('EXISTS', `problems/${slug} already exists`, `pick another slug, or edit it and run "kata validate ${slug}"`);
  const tags = (options.tags ?? '').split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  const fields: Record<string, string> = {
    slug,
    // Inside a JSON string in the template: escaped as JSON, so any title reads back exactly.
    title: JSON.stringify(options.title ?? titleFromSlug(slug)).slice(1, -1),
    difficulty: options.difficulty,
    tags: JSON.stringify(tags),
    function: functionName,
  };
  const written = copyTemplate(TEMPLATE_DIR, target, fields);
  context.out(`created problems/${slug}/ with ${written.map((file) => relative(target, file)).join(', ')}`);
  context.out(context.style.dim(`next: set the signature in problem.json, write statement.md, examples.json, hidden.json (or generator.ts), reference.ts and hints.md, then kata validate ${slug}`));
  return 0;
}

function copyTemplate(from: string, to: string, fields: Record<string, string>): string[] {
  const written: string[] = [];
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) {
      written.push(...copyTemplate(source, target, fields));
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(source, 'utf8').replace(/\{\{(\w+)\}\}/g, (whole, key: string) => fields[key] ?? whole), { flag: 'wx' });
    written.push(target);
  }
  return written;
}

function camelCase(slug: string): string {
  const name = slug.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  return /^[0-9]/.test(name) ? `solve${name}` : name;
}

