/**
 * docs/ci.md stays true: its workflows are valid YAML, and every kata command they run exists with
 * every option they give it, as `kata <command> --help` lists them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kata, REPO } from '../helpers.ts';

const text = readFileSync(join(REPO, 'docs', 'ci.md'), 'utf8');
const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

/** Every string in a parsed document: run steps, scripts, before_script lines. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** `kata grade dir --shard 1/3 ...` from a shell line, split into words, CI expressions kept whole. */
function kataCommands(script: string): string[][] {
  return script
    .split(/\n|&&|;/)
    .map((line) => line.trim().replace(/^\(|\)$/g, '').trim())
    .filter((line) => /^kata\s/.test(line))
    .map((line) => line.replace(/\$\{\{\s*(.*?)\s*\}\}/g, '$${{$1}}').split(/\s+/).slice(1));
}

const helpOf = new Map<string, string>();
function help(command: string): string {
  if (!helpOf.has(command)) helpOf.set(command, kata(REPO, ...(command ? [command] : []), '--help').stdout);
  return helpOf.get(command)!;
}

describe('docs/ci.md', () => {
  it('has a GitHub Actions and a GitLab CI workflow, both valid YAML', () => {
    expect(blocks).toHaveLength(2);
    const [github, gitlab] = blocks.map((block) => parse(block) as Record<string, unknown>);
    expect(Object.keys(github!.jobs as object)).toEqual(['grade', 'merge']);
    expect((gitlab!.grade as { parallel: number }).parallel).toBe(3);
  });

  it('runs only kata commands and options that exist', () => {
    const commands = blocks.flatMap((block) => strings(parse(block)).flatMap(kataCommands));
    expect(commands.map((words) => words[0])).toEqual(expect.arrayContaining(['doctor', 'grade', 'merge-reports']));
    for (const words of commands) {
      const command = words[0]!;
      expect(help('').split('\n').some((line) => line.trim().startsWith(`${command} `) || line.trim() === command), `kata ${command}`).toBe(true);
      for (const option of words.filter((word) => word.startsWith('--')).map((word) => word.split('=')[0]!)) {
        expect(`${help(command)}\n${help('')}`, `kata ${command} ${option}`).toMatch(new RegExp(`(^|[\\s,])${option}([\\s,=]|$)`, 'm'));
      }
    }
  });

  it('gives every shard the same total, and merges as many reports as there are shards', () => {
    const commands = blocks.flatMap((block) => strings(parse(block)).flatMap(kataCommands));
    const shards = commands.filter((words) => words[0] === 'grade').map((words) => words[words.indexOf('--shard') + 1]);
    expect(shards).toEqual(['${{matrix.shard}}/3', '"${CI_NODE_INDEX}/${CI_NODE_TOTAL}"']);
    const merge = commands.find((words) => words[0] === 'merge-reports')!;
    expect(merge.filter((word) => /^reports\/grade-\d\.json$/.test(word))).toEqual(['reports/grade-1.json', 'reports/grade-2.json', 'reports/grade-3.json']);
  });
});
