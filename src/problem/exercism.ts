/**
 * Exercism's problem-specifications (`canonical-data.json`) as a kata problem package.
 * Pure: text in, file contents out; the CLI writes them. Test cases nest in groups,
 * a case may replace an older one (`reimplements`), and `{"error": "..."}` as the
 * expected value means the call must throw that message.
 */
import { KataError } from '../util/errors.ts';
import { lineAndColumn, titleFromSlug } from '../util/text.ts';
import { caseProblem } from './cases.ts';
import { InferenceError, inferType, JsonSyntaxError, parseExactJson, toCaseData, toIdentifier, type Sample } from './infer.ts';
import { CaseSchema, FORMAT_VERSION, ProblemSchema, type CaseJson } from './schema.ts';
import { parseSignature, renderSignature, structuresImport, typeDeclarations, type Signature } from './signature.ts';
import { formatType, innerTypes, type Type } from './types.ts';
import { isPlainObject } from './values.ts';

export interface ExercismOptions {
  /** The file as the user should see it in messages. */
  file: string;
  slug: string;
  /** The property to import. Default: the most common property. */
  property?: string | undefined;
  /** The function's name. Default: the property, as a JavaScript name. */
  functionName?: string | undefined;
  /** The input keys in the order the function takes them. Default: the first case's order. */
  paramOrder?: string[] | undefined;
  /** Pass the whole input record as one object parameter, `input`, rather than a parameter per key. */
  asObject?: boolean | undefined;
  /** The package's checker; absent means exact comparison. */
  checker?: { kind: 'exact' | 'unordered' | 'unordered-deep'; abs?: number | undefined; rel?: number | undefined } | undefined;
  /** Error cases must throw, but any message will do (Exercism leaves the wording to each track). */
  anyError?: boolean | undefined;
  timeLimitMs?: number | undefined;
  title?: string | undefined;
  difficulty?: 'easy' | 'medium' | 'hard' | undefined;
}

/** The name of the single parameter under --as-object. */
export const OBJECT_PARAM = 'input';
const DEFAULT_TIME_LIMIT_MS = 2000;

export interface ImportReport {
  exercise: string;
  property: string;
  /** The TypeScript signature solvers see. */
  signature: string;
  examples: number;
  hidden: number;
  /** Cases that expect the call to throw (all in hidden.json). */
  errorCases: number;
  /** Whether those cases accept any error message. */
  anyError: boolean;
  /** Cases of this property dropped because a newer case reimplements them. */
  superseded: number;
  /** The other properties of the exercise, not imported, with their case counts. */
  skipped: { property: string; cases: number }[];
  warnings: string[];
}

export interface ImportedPackage {
  problemJson: Record<string, unknown>;
  examples: CaseJson[];
  hidden: CaseJson[];
  statement: string;
  reference: string;
  report: ImportReport;
}

interface TestCase {
  uuid: string | undefined;
  reimplements: string | undefined;
  /** The descriptions of the enclosing groups and the case: "group > sub-group > description". */
  path: string;
  property: string;
  input: Record<string, unknown>;
  expected: unknown;
  /** The message when `expected` is `{"error": message}`. */
  error: string | undefined;
}

interface Param {
  /** The input key it comes from; null for the whole input passed as one object. */
  key: string | null;
  name: string;
  type: Type;
  /** A trailing input that is null in some cases ("not given"): those cases leave it out. */
  optional: boolean;
}

/** What the steps of one import share: how to fail, where warnings go, and whether other properties exist to suggest. */
interface Context {
  fail: Fail;
  warnings: string[];
  /** The hint's tail: "import another property with --property" only when the exercise has another. */
  otherProperty: string;
}

const EXAMPLES = 3;
const FORMAT_HINT = 'check that this is a canonical-data.json file of Exercism\'s problem-specifications';
export function convertExercism(text: string, options: ExercismOptions): ImportedPackage {
  const fail = (message: string, hint: string) => new KataError('USAGE', `${options.file}: ${message}`, hint);
  const { exercise, tests } = readDocument(text, options, fail);
  const replaced = new Set(tests.flatMap((test) => (test.reimplements === undefined ? [] : [test.reimplements])));
  const kept = tests.filter((test) => test.uuid === undefined || !replaced.has(test.uuid));
  const { property, cases, skipped } = selectProperty(kept, options.property, fail);
  const warnings: string[] = [];
  const context: Context = { fail, warnings, otherProperty: skipped.length > 0 ? ', or import another property with --property' : '' };
  if (options.asObject && options.paramOrder !== undefined) throw fail('--as-object and --param-order do not go together', 'with --as-object the function takes one parameter, the whole input');
  const params = options.asObject ? readObjectParam(cases, context) : readParams(cases, options.paramOrder, context);
  const returns = inferReturns(cases, context);
  checkOptions(options, returns, warnings);
  const problemJson = buildProblemJson(options, options.functionName ?? functionFor(property, warnings), params, returns);
  const checked = ProblemSchema.safeParse(problemJson);
  if (!checked.success) throw fail(`cannot make a valid problem.json: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`, 'check --title and the names in the file');
  const signature = parseSignature(checked.data.signature);
  const { examples, hidden } = buildCases(cases, params, returns, options.anyError === true);
  for (const built of [...examples, ...hidden]) assertCase(signature, built, fail);
  if (examples.length === 0) warnings.push('no case has an answer, so examples.json is empty; add an example by hand');
  const report: ImportReport = {
    exercise,
    property,
    signature: renderSignature(signature),
    examples: examples.length,
    hidden: hidden.length,
    errorCases: cases.filter((test) => test.error !== undefined).length,
    anyError: options.anyError === true,
    superseded: tests.filter((test) => test.property === property && !kept.includes(test)).length,
    skipped,
    warnings,
  };
  return {
    problemJson,
    examples: examples.map((built) => built.json),
    hidden: hidden.map((built) => built.json),
    statement: renderStatement(problemJson.title, report, cases, options.anyError === true),
    reference: renderReference(problemJson.title, options.slug, signature),
    report,
  };
}

function functionFor(property: string, warnings: string[]): string {
  const name = toIdentifier(property);
  if (name !== property) warnings.push(`the property "${property}" is not a JavaScript name; the function is called ${name}`);
  return name;
}

function buildProblemJson(options: ExercismOptions, functionName: string, params: Param[], returns: Type) {
  const checker = options.checker && Object.fromEntries(Object.entries(options.checker).filter(([, value]) => value !== undefined));
  return {
    formatVersion: FORMAT_VERSION,
    title: options.title ?? titleFromSlug(options.slug),
    difficulty: options.difficulty ?? 'medium',
    tags: ['exercism'],
    limits: { timeMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS, memoryMb: 256 },
    signature: {
      function: functionName,
      params: params.map((param) => ({ name: param.name, type: formatType(param.type), ...(param.optional && { optional: true }) })),
      returns: { type: formatType(returns) },
    },
    ...(checker && { checker }),
  };
}

/** Checker settings that cannot matter for this answer type are likely a mistake: say so, but import anyway. */
function checkOptions(options: ExercismOptions, returns: Type, warnings: string[]): void {
  const { checker } = options;
  if (!checker) return;
  const has = (type: Type, test: (inner: Type) => boolean): boolean => test(type) || innerTypes(type).some((inner) => has(inner, test));
  if ((checker.abs !== undefined || checker.rel !== undefined) && !has(returns, (type) => type.kind === 'float')) {
    warnings.push(`--abs and --rel only apply to floats, and the answer (${formatType(returns)}) holds none`);
  }
  if (checker.kind !== 'exact' && !has(returns, (type) => type.kind === 'array')) {
    warnings.push(`--checker ${checker.kind} only changes how arrays compare, and the answer (${formatType(returns)}) holds none`);
  }
}

type Fail = (message: string, hint: string) => KataError;

function readDocument(text: string, options: ExercismOptions, fail: Fail): { exercise: string; tests: TestCase[] } {
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = parseExactJson(source);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw fail(`not valid JSON: ${error.message} at ${describePosition(source, error.position)}`, 'fix the syntax; kata import exercism reads a canonical-data.json file');
  }
  if (!isPlainObject(data) || !Array.isArray(data.cases)) {
    throw fail('expected an object with "cases", the format of canonical-data.json', 'kata import exercism reads exercises/<name>/canonical-data.json from Exercism\'s problem-specifications');
  }
  const tests: TestCase[] = [];
  flatten(data.cases, [], 'cases', tests, fail);
  if (tests.length === 0) throw fail('has no test cases', 'check that this is the right canonical-data.json');
  return { exercise: typeof data.exercise === 'string' ? data.exercise : options.slug, tests };
}

function flatten(items: unknown[], trail: string[], where: string, out: TestCase[], fail: Fail): void {
  items.forEach((item, index) => {
    const at = `${where}[${index}]`;
    if (!isPlainObject(item)) throw fail(`${at}: expected a test case or a group of cases (an object)`, FORMAT_HINT);
    const description = typeof item.description === 'string' ? item.description : undefined;
    if (Array.isArray(item.cases)) {
      flatten(item.cases, description === undefined ? trail : [...trail, description], `${at}.cases`, out, fail);
      return;
    }
    const path = [...trail, description ?? at].join(' > ');
    if (typeof item.property !== 'string') throw fail(`${at} ("${path}"): a test case needs "property", the function it tests`, FORMAT_HINT);
    if (!isPlainObject(item.input)) throw fail(`${at} ("${path}"): "input" must be an object of named arguments`, FORMAT_HINT);
    if (!('expected' in item)) throw fail(`${at} ("${path}"): a test case needs "expected"`, FORMAT_HINT);
    const { expected } = item;
    const error = isPlainObject(expected) && Object.keys(expected).length === 1 && typeof expected.error === 'string' ? expected.error : undefined;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    out.push({ uuid: text(item.uuid), reimplements: text(item.reimplements), path, property: item.property, input: item.input, expected, error });
  });
}

function selectProperty(tests: TestCase[], wanted: string | undefined, fail: Fail): { property: string; cases: TestCase[]; skipped: ImportReport['skipped'] } {
  const counts = new Map<string, number>();
  for (const test of tests) counts.set(test.property, (counts.get(test.property) ?? 0) + 1);
  const properties = [...counts].map(([name, count]) => `${name} (${count} case${count === 1 ? '' : 's'})`).join(', ');
  if (wanted !== undefined && !counts.has(wanted)) {
    const first = [...counts.keys()][0];
    throw fail(`has no cases of the property "${wanted}" (properties: ${properties})`, `pass one of them with --property, e.g. --property ${first}; --name sets the function's name`);
  }
  const property = wanted ?? [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  const skipped = [...counts].filter(([name]) => name !== property).map(([name, cases]) => ({ property: name, cases }));
  return { property, cases: tests.filter((test) => test.property === property), skipped };
}

function readParams(cases: TestCase[], order: string[] | undefined, context: Context): Param[] {
  const { fail, warnings } = context;
  const keys = sameInputs(cases, context);
  if (order !== undefined) checkOrder(keys, order, fail);
  const ordered = order ?? keys;
  const optional = optionalKeys(cases, ordered, warnings);
  const names = new Map<string, string>();
  return ordered.map((key) => {
    const name = toIdentifier(key);
    if (names.has(name)) throw fail(`the inputs "${names.get(name)}" and "${key}" would both be the parameter ${name}`, 'rename one of them in the file');
    names.set(name, key);
    if (name !== key) warnings.push(`the input "${key}" is not a JavaScript name; the parameter is called ${name}`);
    const given = optional.has(key) ? cases.filter((test) => test.input[key] !== null) : cases;
    const samples = given.map((test): Sample => ({ value: test.input[key], source: test.path }));
    return { key, name, type: infer(`parameter "${key}"`, samples, context), optional: optional.has(key) };
  });
}

/**
 * Exercism writes null for an input that is not given. The trailing inputs that are null in some case
 * become optional parameters; a null before a required input cannot, and stays a value of type `T | null`.
 */
function optionalKeys(cases: TestCase[], ordered: string[], warnings: string[]): Set<string> {
  const absent = (key: string) => cases.some((test) => test.input[key] === null);
  const optional = new Set<string>();
  for (let i = ordered.length - 1; i >= 0 && absent(ordered[i]!); i--) optional.add(ordered[i]!);
  for (const key of ordered) {
    if (!optional.has(key) && absent(key)) {
      warnings.push(`the input "${key}" is null in some cases, but an input after it is never null, so it is a parameter of type "T | null" rather than an optional one; --param-order can move it last`);
    }
  }
  return optional;
}

/** --as-object: the whole input as one record parameter, its keys made JavaScript names. */
function readObjectParam(cases: TestCase[], context: Context): Param[] {
  const keys = sameInputs(cases, context);
  if (keys.length === 0) throw context.fail('--as-object needs inputs, but the cases take none', 'import without --as-object');
  const renamed = new Map<string, string>();
  for (const key of keys) {
    const name = toIdentifier(key);
    if (renamed.has(name)) throw context.fail(`the inputs "${renamed.get(name)}" and "${key}" would both be the field ${name}`, 'rename one of them in the file');
    renamed.set(name, key);
    if (name !== key) context.warnings.push(`the input "${key}" is not a JavaScript name; the field is called ${name}`);
  }
  const samples = cases.map((test): Sample => ({ value: objectInput(test, keys), source: test.path }));
  return [{ key: null, name: OBJECT_PARAM, type: infer('the input object', samples, context), optional: false }];
}

function objectInput(test: TestCase, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [toIdentifier(key), test.input[key]]));
}

const listed = (names: string[]) => (names.length === 0 ? 'none' : names.join(', '));

/** The input keys, in the first case's order, after checking that every case has the same ones. */
function sameInputs(cases: TestCase[], { fail, otherProperty }: Context): string[] {
  const first = cases[0]!;
  const keys = Object.keys(first.input);
  for (const test of cases) {
    const own = Object.keys(test.input);
    if (own.length === keys.length && own.every((key) => keys.includes(key))) continue;
    throw fail(
      `the cases of "${first.property}" take different inputs: "${first.path}" has (${listed(keys)}) but "${test.path}" has (${listed(own)})`,
      `kata needs the same parameters in every case; edit the file (an input that is not given may be null)${otherProperty}`,
    );
  }
  return keys;
}

function checkOrder(keys: string[], order: string[], fail: Fail): void {
  const missing = keys.filter((key) => !order.includes(key));
  const unknown = order.filter((key, index) => !keys.includes(key) || order.indexOf(key) !== index);
  if (missing.length === 0 && unknown.length === 0) return;
  const details = [missing.length > 0 && `missing ${listed(missing)}`, unknown.length > 0 && `unknown or repeated ${listed(unknown)}`].filter(Boolean).join('; ');
  throw fail(`--param-order must name each input key exactly once (${details})`, `the input keys are: ${listed(keys)}; e.g. --param-order ${keys.join(',')}`);
}

function inferReturns(cases: TestCase[], context: Context): Type {
  const answered = cases.filter((test) => test.error === undefined);
  if (answered.length === 0) {
    context.warnings.push('every case expects an error, so nothing shows the return type; it is set to int: check it in problem.json');
    return { kind: 'int' };
  }
  return infer('the return value', answered.map((test) => ({ value: test.expected, source: test.path })), context);
}

function infer(label: string, samples: Sample[], { fail, warnings, otherProperty }: Context): Type {
  try {
    return inferType(label, samples, (message) => warnings.push(message));
  } catch (error) {
    if (!(error instanceof InferenceError)) throw error;
    throw fail(`cannot infer one type for ${error.message}`, `kata types each parameter and the answer from all the cases; edit one of the two cases${otherProperty}`);
  }
}

interface Built {
  test: TestCase;
  json: CaseJson;
}

function buildCases(cases: TestCase[], params: Param[], returns: Type, anyError: boolean): { examples: Built[]; hidden: Built[] } {
  const toCase = (test: TestCase): CaseJson => {
    const given = params.filter((param) => !(param.optional && test.input[param.key!] === null));
    const value = (param: Param) => (param.key === null ? objectInput(test, Object.keys(test.input)) : test.input[param.key]);
    const input = Object.fromEntries(given.map((param) => [param.name, toCaseData(param.type, value(param))]));
    if (test.error !== undefined) return { input, error: anyError ? {} : { message: test.error } };
    return { input, expected: toCaseData(returns, test.expected) };
  };
  const shown = cases.filter((test) => test.error === undefined).slice(0, EXAMPLES);
  return {
    examples: shown.map((test) => ({ test, json: { ...toCase(test), explanation: test.path } })),
    hidden: cases
      .filter((test) => !shown.includes(test))
      .map((test) => ({ test, json: { ...toCase(test), note: test.uuid === undefined ? test.path : `${test.path} (uuid ${test.uuid})` } })),
  };
}

/** Every written case must load: the importer's own check, so a wrong inference never produces a broken package. */
function assertCase(signature: Signature, { test, json }: Built, fail: Fail): void {
  const parsed = CaseSchema.safeParse(json);
  const problem = parsed.success ? caseProblem(signature, json) : parsed.error.issues[0]?.message;
  if (problem) throw fail(`the case "${test.path}" does not fit the inferred signature: ${problem}`, 'edit the case in the file, or write the package by hand with kata add');
}

function describePosition(text: string, position: number): string {
  const { line, column } = lineAndColumn(text, position);
  return `line ${line}, column ${column}`;
}

function renderStatement(title: string, report: ImportReport, cases: TestCase[], anyError: boolean): string {
  const total = report.examples + report.hidden;
  const errors = [...new Set(cases.flatMap((test) => (test.error === undefined ? [] : [test.error])))];
  const lines = [
    `# ${title}`,
    '',
    `Imported from Exercism's problem-specifications, exercise "${report.exercise}" (property "${report.property}"), with ${total} case${total === 1 ? '' : 's'}: ` +
      `${report.examples} in examples.json, ${report.hidden} in hidden.json.`,
    '',
    '## Signature',
    '',
    '```ts',
    report.signature,
    '```',
    '',
    '## Write the statement here',
    '',
    'TODO: replace this section with the task: what the function gets, what it must return, and the limits on the input. (kata validate warns while a TODO is left.)',
  ];
  if (errors.length > 0 && anyError) {
    lines.push('', 'Some cases expect the call to throw; any error will do. Say when. Exercism\'s wording, for reference:', '', ...errors.map((message) => `- \`${message}\``));
  } else if (errors.length > 0) {
    lines.push('', 'Some cases expect the call to throw. Say when, and with exactly which message:', '', ...errors.map((message) => `- \`${message}\``));
  }
  return `${lines.join('\n')}\n`;
}

function renderReference(title: string, slug: string, signature: Signature): string {
  const head = [structuresImport(signature), typeDeclarations(signature)].filter((line) => line !== '');
  return `${head.length === 0 ? '' : `${head.join('\n\n')}\n\n`}/**
 * The reference solution for ${title} (${slug}): replace the body with a correct one.
 * Then check the package: kata validate ${slug}
 */
export ${renderSignature(signature)} {
  throw new Error('not implemented');
}
`;
}
