/**
 * The files of a problem package, as zod schemas: the single source of truth
 * for what kata reads. Types are inferred from these schemas.
 */
import { z } from 'zod';
import { parseType, TypeSyntaxError } from './types.ts';
import { isPlainObject } from './values.ts';

export const FORMAT_VERSION = 1;

const identifier = z
  .string()
  .regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'must be a JavaScript identifier such as "nums" or "maxProfit"');

const typeText = z.string().superRefine((text, ctx) => {
  try {
    parseType(text);
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
  }
});

export const ParamSchema = z.strictObject({
  name: identifier,
  type: typeText,
  /** For a TreeNode parameter: the node is given by value and looked up in the tree parameter named here. */
  nodeOf: identifier.optional(),
  /** A case may leave this parameter out; the solution is then called without it. Only trailing parameters. */
  optional: z.boolean().optional(),
});

export const ReturnsSchema = z.strictObject({
  type: z.union([z.literal('void'), typeText]),
  /** With type "void": the parameter that the solution fills in place and that is judged. */
  output: identifier.optional(),
  /** With type "TreeNode": the answer must be a node of the tree parameter named here. */
  nodeOf: identifier.optional(),
});

export const FunctionSignatureSchema = z
  .strictObject({
    function: identifier,
    params: z.array(ParamSchema),
    returns: ReturnsSchema,
  })
  .superRefine((signature, ctx) => {
    const names = signature.params.map((param) => param.name);
    const byName = new Map(signature.params.map((param) => [param.name, param]));
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) {
        ctx.addIssue({ code: 'custom', path: ['params', index, 'name'], message: `duplicate parameter "${name}"` });
      }
    });
    const isTreeParam = (name: string) => byName.get(name)?.type.replace(/\s/g, '') === 'TreeNode';
    signature.params.forEach((param, index) => {
      if (param.nodeOf === undefined) return;
      if (param.type.replace(/\s/g, '') !== 'TreeNode') {
        ctx.addIssue({ code: 'custom', path: ['params', index, 'nodeOf'], message: 'nodeOf needs type "TreeNode"' });
      } else if (!isTreeParam(param.nodeOf) || byName.get(param.nodeOf)?.nodeOf !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['params', index, 'nodeOf'],
          message: `must name a TreeNode parameter given as a whole tree, not "${param.nodeOf}"`,
        });
      }
    });
    signature.params.forEach((param, index) => {
      if (!param.optional) return;
      const required = signature.params.slice(index + 1).find((later) => !later.optional);
      const why =
        required !== undefined
          ? `only trailing parameters may be optional, but "${required.name}" after it is not`
          : param.nodeOf !== undefined || signature.params.some((other) => other.nodeOf === param.name)
            ? 'a node parameter and the tree it names cannot be optional'
            : signature.returns.output === param.name
              ? 'the output parameter cannot be optional'
              : null;
      if (why) ctx.addIssue({ code: 'custom', path: ['params', index, 'optional'], message: why });
    });
    const { returns } = signature;
    if (returns.type === 'void' && returns.output === undefined) {
      ctx.addIssue({ code: 'custom', path: ['returns', 'output'], message: 'a void function needs "output": the parameter it fills in place' });
    }
    if (returns.output !== undefined && (returns.type !== 'void' || !byName.has(returns.output))) {
      ctx.addIssue({
        code: 'custom',
        path: ['returns', 'output'],
        message: returns.type !== 'void' ? 'only a void function has an output parameter' : `no parameter is named "${returns.output}"`,
      });
    }
    if (returns.nodeOf !== undefined && (returns.type.replace(/\s/g, '') !== 'TreeNode' || !isTreeParam(returns.nodeOf))) {
      ctx.addIssue({ code: 'custom', path: ['returns', 'nodeOf'], message: 'needs return type "TreeNode" and a TreeNode parameter' });
    }
  });

const PlainParamSchema = z.strictObject({ name: identifier, type: typeText });

export const MethodSchema = z.strictObject({
  name: identifier,
  params: z.array(PlainParamSchema),
  returns: z.strictObject({ type: z.union([z.literal('void'), typeText]) }),
});

/** A design problem: a class with a constructor and methods, judged on a sequence of calls. */
export const ClassSignatureSchema = z
  .strictObject({
    class: identifier,
    constructor: z.array(PlainParamSchema).default([]),
    methods: z.array(MethodSchema).min(1, 'a class needs at least one method'),
  })
  .superRefine((signature, ctx) => {
    const names = signature.methods.map((method) => method.name);
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) ctx.addIssue({ code: 'custom', path: ['methods', index, 'name'], message: `duplicate method "${name}"` });
      if (name === 'constructor') ctx.addIssue({ code: 'custom', path: ['methods', index, 'name'], message: 'list constructor parameters under "constructor"' });
    });
  });

/** A function signature, or a class one when the object has "class": each with its own errors, not a union's. */
export const SignatureSchema = z.unknown().transform((value, ctx): FunctionSignatureJson | ClassSignatureJson => {
  const result = isPlainObject(value) && 'class' in value ? ClassSignatureSchema.safeParse(value) : FunctionSignatureSchema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

export const ProblemSchema = z.strictObject({
  formatVersion: z.literal(FORMAT_VERSION, { message: `must be ${FORMAT_VERSION}, the package format this kata reads` }),
  title: z.string().min(1),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  tags: z.array(z.string().min(1)).default([]),
  limits: z.strictObject({
    timeMs: z.lazy(() => TimeLimitSchema),
    memoryMb: z.number().int().min(64).max(16_384),
  }),
  signature: SignatureSchema,
  checker: z.lazy(() => CheckerSchema).optional(),
  /** The constraints of the statement, checked on every stored and generated case by kata validate. */
  bounds: z.lazy(() => z.record(z.string(), BoundSchema)).optional(),
});

const FixedTimeSchema = z.number().int().min(10).max(60_000);

/**
 * A time limit as a multiple of the reference's time on the machine that judges, within a floor and a
 * ceiling: kata measures the reference once per machine (src/judge/calibrate.ts), so the same package
 * gives the same verdicts on a slow CI runner and a fast laptop. At least 2, since the reference must
 * run within half the limit.
 */
export const CalibratedTimeSchema = z
  .strictObject({
    referenceMultiple: z.number().min(2, 'must be at least 2: the reference must run within half the limit').max(1000),
    minMs: FixedTimeSchema,
    maxMs: FixedTimeSchema,
  })
  .refine((limit) => limit.minMs <= limit.maxMs, { message: 'must be at least minMs', path: ['maxMs'] });

/** A number of milliseconds, or a calibrated limit: each with its own errors, not a union's. */
export const TimeLimitSchema = z.unknown().transform((value, ctx): number | CalibratedTimeJson => {
  const result = isPlainObject(value) ? CalibratedTimeSchema.safeParse(value) : FixedTimeSchema.safeParse(value);
  if (result.success) return result.data;
  // A missing limit stays an invalid_type issue, so that readers can say "missing" (and pair it with a misspelt key).
  for (const issue of result.error.issues) {
    if (value === undefined && issue.code === 'invalid_type') ctx.addIssue({ code: 'invalid_type', expected: issue.expected, input: undefined, message: issue.message, path: issue.path });
    else ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
  return z.NEVER;
});

/** `2000 ms`, or `5 × the reference's time, 500 to 10000 ms`. */
export function describeTimeLimit(timeMs: number | CalibratedTimeJson): string {
  return typeof timeMs === 'number' ? `${timeMs} ms` : `${timeMs.referenceMultiple} × the reference's time, ${timeMs.minMs} to ${timeMs.maxMs} ms`;
}

/** The limit when it is a number; for a calibrated one, its ceiling: what holds on any machine. */
export function ceilingTimeMs(timeMs: number | CalibratedTimeJson): number {
  return typeof timeMs === 'number' ? timeMs : timeMs.maxMs;
}

/**
 * How answers are compared. `exact` (the default) compares by type; `unordered` ignores the order of
 * the returned array; `unordered-deep` ignores order in every array; `custom` calls checker.ts.
 * `abs` and `rel` are the float tolerances (either passing is enough).
 */
export const CheckerSchema = z.strictObject({
  kind: z.enum(['exact', 'unordered', 'unordered-deep', 'custom']).default('exact'),
  abs: z.number().min(0).optional(),
  rel: z.number().min(0).optional(),
});

/** A bound's end: a number, or a string of digits for bigint parameters beyond 2^53. */
const BoundEnd = z.union([z.number(), z.string().regex(/^-?\d+$/, 'must be a number or a string of digits')]);
export const boundEnd = (end: number | string): number | bigint => (typeof end === 'string' ? BigInt(end) : end);
const ORDERED = 'must be [minimum, maximum] with minimum <= maximum';
const valueRange = z.tuple([BoundEnd, BoundEnd]).refine(([low, high]) => boundEnd(low) <= boundEnd(high), ORDERED);
const lengthRange = z.tuple([z.number().int().min(0), z.number().int().min(0)]).refine(([low, high]) => low <= high, ORDERED);

/**
 * The constraints on one input, as problemtools' input validators check them. `value` bounds every
 * number in the input, at any depth; `length` the array, string, list or tree (in nodes) itself;
 * `chars` every character of every string (a regular-expression character class such as "a-z0-9");
 * `distinct` and `order` the array's elements; `each` applies a bound to every element or map value.
 */
export const BoundSchema = z.strictObject({
  value: valueRange.optional(),
  length: lengthRange.optional(),
  chars: z.string().min(1).optional(),
  distinct: z.literal(true).optional(),
  order: z.enum(['increasing', 'non-decreasing', 'decreasing', 'non-increasing']).optional(),
  get each(): z.ZodOptional<typeof BoundSchema> {
    return BoundSchema.optional();
  },
});

export const CaseSchema = z
  .strictObject({
    input: z.record(z.string(), z.unknown()),
    expected: z.unknown().optional(),
    /** The call must throw (in a class case, the last step); the message is compared only when given. */
    error: z.strictObject({ message: z.string().optional() }).optional(),
    checker: CheckerSchema.optional(),
    explanation: z.string().optional(),
    /** For authors only; never shown to solvers. */
    note: z.string().optional(),
  })
  .superRefine((json, ctx) => {
    // Both only in a class case: "expected" then holds the results of the steps before the last, which must throw.
    const hasExpected = 'expected' in json && json.expected !== undefined;
    if (!hasExpected && json.error === undefined) {
      ctx.addIssue({ code: 'custom', path: ['expected'], message: 'give "expected" (the answer) or "error" (the call must throw)' });
    }
  });

/** A hidden case made by generator.ts from a seed and a size; its expected answer comes from reference.ts. */
export const GeneratedCaseSchema = z.strictObject({
  generate: z.strictObject({ seed: z.number().int().min(0).max(2 ** 32 - 1), size: z.number().int().min(0) }),
  checker: CheckerSchema.optional(),
  note: z.string().optional(),
});

export const CaseListSchema = z.array(CaseSchema);
export const HiddenListSchema = z.array(z.union([GeneratedCaseSchema, CaseSchema]));

export type ProblemJson = z.infer<typeof ProblemSchema>;
export type FunctionSignatureJson = z.infer<typeof FunctionSignatureSchema>;
export type ClassSignatureJson = z.infer<typeof ClassSignatureSchema>;
export type SignatureJson = FunctionSignatureJson | ClassSignatureJson;
export type CaseJson = z.infer<typeof CaseSchema>;
export type GeneratedCaseJson = z.infer<typeof GeneratedCaseSchema>;
export type CheckerJson = z.infer<typeof CheckerSchema>;
export type CalibratedTimeJson = z.infer<typeof CalibratedTimeSchema>;
export type BoundJson = z.infer<typeof BoundSchema>;
