/**
 * The statement check of `kata validate`: the examples a statement shows (`name = value, ...   ->   answer`
 * in a code block, or LeetCode's Input:/Output: pairs) agree with examples.json, compared as values with
 * the signature's types.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactJson } from '../util/text.ts';
import { caseValues } from './cases.ts';
import type { Finding } from './lint.ts';
import { PROBLEM_FILES, readJson, readJsonData, type Case } from './load.ts';
import { CaseListSchema, CaseSchema, type CaseJson } from './schema.ts';
import type { Signature } from './signature.ts';
import { isPlainObject, sameData } from './values.ts';

export function lintStatement(root: string, dir: string, signature: Signature | undefined): Finding[] {
  const file = join(dir, PROBLEM_FILES.statement);
  if (!existsSync(file)) return [{ level: 'error', file: PROBLEM_FILES.statement, message: 'is missing: write the statement in your own words' }];
  const text = readFileSync(file, 'utf8');
  const findings: Finding[] = [];
  if (text.trim().length < 40) findings.push({ level: 'warning', file: PROBLEM_FILES.statement, message: 'is nearly empty' });
  if (/\bTODO\b/.test(text)) findings.push({ level: 'warning', file: PROBLEM_FILES.statement, message: 'still has a TODO' });
  let examples: CaseJson[] = [];
  try {
    examples = readJson(root, join(dir, PROBLEM_FILES.examples), CaseListSchema);
  } catch {
    // Reported with examples.json; the statement's examples can still be read, and compared with the cases that parse.
    const data = (() => {
      try {
        return readJsonData(root, join(dir, PROBLEM_FILES.examples));
      } catch {
        return [];
      }
    })();
    if (!Array.isArray(data)) return findings;
    examples = data.flatMap((item: unknown) => {
      const parsed = CaseSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }
  // Compared as values, with the signature's types: `n = 1` matches a bigint case written "1", and `5n` reads as a bigint.
  const values = (input: Record<string, unknown>, expected: unknown) => (signature ? caseValues(signature, input, expected) : { input, expected });
  const known = examples.map((example) => values(example.input, example.expected));
  let checked = 0;
  const agreeing = new Set<number>();
  const disagreeing = new Set<number>();
  for (const line of exampleLines(text)) {
    const parsed = parseExampleLine(line.text);
    if (!parsed) {
      // An example line with a typo would otherwise go unchecked without a word.
      if (/\S\s*=.*->/.test(line.text) && !/->\s*throws\b/.test(line.text)) findings.push({ level: 'warning', file: PROBLEM_FILES.statement, message: `line ${line.number}: "${line.text.trim()}" looks like an example, but kata cannot read it: write \`name = value, ...   ->   answer\` with JSON values (a bigint as 5n), or \`() -> answer\` for a function without parameters` });
      continue;
    }
    checked++;
    const shown = values(parsed.input, parsed.expected);
    const index = known.findIndex((example) => sameData(example.input, shown.input));
    if (index !== -1 && sameData(known[index]!.expected, shown.expected)) {
      agreeing.add(index);
      const numbered = line.heading?.number;
      // kata test names examples by their place in examples.json: "Example 2" must be example-2 there too.
      if (numbered !== undefined && numbered !== index + 1) findings.push({ level: 'warning', file: PROBLEM_FILES.statement, message: `line ${line.heading!.line}: "Example ${numbered}" shows what kata test calls example-${index + 1} (examples.json's case ${index + 1}): order examples.json as the statement numbers them, or number the heading ${index + 1}` });
      continue;
    }
    if (index !== -1) disagreeing.add(index);
    const why = index !== -1 ? `examples.json has ${compactJson(known[index]!.expected, 120)} for this input` : 'no case of examples.json has this input';
    findings.push({ level: 'error', file: PROBLEM_FILES.statement, message: `line ${line.number}: the example "${line.text.trim()}" disagrees with examples.json: ${why}` });
  }
  // An example that one line shows wrongly is not also counted as agreeing: a ✗ and a ✓ never stand for the same example.
  const agreed = [...agreeing].filter((index) => !disagreeing.has(index)).length;
  if (checked === 0) findings.push({ level: 'warning', file: PROBLEM_FILES.statement, message: 'shows no example kata can check: show one in a code block as `name = value, ...   ->   answer` (`() -> answer` without parameters)' });
  if (agreed > 0) findings.push({ level: 'ok', file: PROBLEM_FILES.statement, message: `the ${agreed === 1 ? 'example it shows agrees' : `${agreed} examples it shows agree`} with examples.json` });
  return findings;
}

/**
 * The indexes of the examples a statement already shows (same input, same answer), so that kata show
 * does not print them twice. Compared as values, with the signature's types, as the lint compares them.
 */
export function examplesShown(text: string, signature: Signature, examples: readonly Case[]): Set<number> {
  const shown = new Set<number>();
  const known = examples.map((example) => caseValues(signature, example.input, example.expected));
  for (const line of exampleLines(text)) {
    const parsed = parseExampleLine(line.text);
    if (!parsed) continue;
    const values = caseValues(signature, parsed.input, parsed.expected);
    known.forEach((example, index) => {
      if (examples[index]!.error === undefined && sameData(example.input, values.input) && sameData(example.expected, values.expected)) shown.add(index);
    });
  }
  return shown;
}

/**
 * Example lines: `a = [1, 2], b = 3   ->   4` inside fenced code blocks, and the
 * `Input: a = [1, 2], b = 3` / `Output: 4` pairs of LeetCode-style statements
 * (in a block or not, bold or not), read as the same form. Each comes with the
 * "Example N" heading above it, if there is one: the first example line after an
 * "Example N" heading, with no other heading between them.
 */
function exampleLines(text: string): ExampleLine[] {
  const lines: ExampleLine[] = [];
  const all = text.split('\n');
  let inBlock = false;
  let heading: ExampleLine['heading'];
  const add = (number: number, line: string) => {
    lines.push({ number, text: line, ...(heading && { heading }) });
    heading = undefined;
  };
  all.forEach((line, index) => {
    if (line.trimStart().startsWith('```')) inBlock = !inBlock;
    else if (inBlock && line.includes('->')) add(index + 1, line);
    const numbered = inBlock ? null : EXAMPLE_HEADING.exec(line);
    if (numbered) heading = { number: Number(numbered[1]), line: index + 1 };
    else if (!inBlock && /^\s*#{1,6}\s/.test(line)) heading = undefined;
    const input = labelled('Input', line);
    const output = input === null ? null : labelled('Output', all.slice(index + 1).find((next) => next.trim() !== '') ?? '');
    if (input !== null && output !== null) add(index + 1, `${input}   ->   ${output}`);
  });
  return lines;
}

interface ExampleLine {
  number: number;
  text: string;
  heading?: { number: number; line: number };
}

/** `### Example 2`, `**Example 2:**`, `Example 2:` on a line of its own. */
const EXAMPLE_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?Example\s+(\d+)\s*:?\s*(?:\*\*|__)?\s*:?\s*$/i;

/** The text after `Input:` (or `**Input:**`, `- Input:`) on a line, or null. */
function labelled(label: string, line: string): string | null {
  const match = new RegExp(`^\\s*(?:[-*>]\\s*)?(?:\\*\\*|__)?${label}:(?:\\*\\*|__)?\\s*(.+)$`).exec(line);
  return match ? match[1]!.replace(/^`|`$/g, '').trim() : null;
}

/**
 * `weights = [1, 3], capacity = 7   ->   9` as data; null when the line is not in that form. Values are
 * JSON, with bigints written as JavaScript writes them (`9223372036854775808n`). A function without
 * parameters shows its examples as `() -> 42` (or `-> 42`).
 */
export function parseExampleLine(line: string): { input: Record<string, unknown>; expected: unknown } | null {
  const arrow = line.lastIndexOf('->');
  if (arrow === -1) return null;
  const left = line.slice(0, arrow).trim();
  try {
    const expected = parseShownValue(line.slice(arrow + 2).trim());
    if (left === '' || left === '()') return { input: {}, expected };
    const input: Record<string, unknown> = {};
    for (const assignment of left.split(/,\s*(?=[A-Za-z_$][\w$]*\s*=)/)) {
      const match = /^\s*([A-Za-z_$][\w$]*)\s*=\s*(.+?)\s*$/.exec(assignment);
      if (!match) return null;
      input[match[1]!] = parseShownValue(match[2]!);
    }
    return { input, expected };
  } catch {
    return null;
  }
}

const BIGINT_KEY = '\u0000bigint';

/** JSON in which an integer may end in `n`, a bigint literal; throws on anything else. */
function parseShownValue(text: string): unknown {
  let json = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inString) {
      json += char;
      if (char === '\\') json += text[++i] ?? '';
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    const literal = /^-?\d+n(?![\w$])/.exec(text.slice(i));
    if (literal && !/[\w$.]/.test(text[i - 1] ?? '')) {
      json += JSON.stringify({ [BIGINT_KEY]: literal[0].slice(0, -1) });
      i += literal[0].length - 1;
      continue;
    }
    json += char;
  }
  return JSON.parse(json, (_key, value: unknown) => (isPlainObject(value) && typeof value[BIGINT_KEY] === 'string' ? BigInt(value[BIGINT_KEY]) : value));
}
