/**
 * Reading a grade's JSON report back (for `kata merge-reports`): it comes from another machine, so it is
 * checked against this schema, and a file that does not fit is named with the field that does not.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { KataError } from '../../util/errors.ts';
import { VERDICTS } from '../verdict.ts';
import { GRADE_SCHEMA_VERSION, type GradeReport } from './report.ts';

const Verdict = z.enum(VERDICTS);
const CaseSchema = z.object({
  id: z.string(),
  kind: z.enum(['example', 'hidden']),
  verdict: z.union([Verdict, z.literal('SKIPPED')]),
  timeMs: z.number(),
  seed: z.number(),
  message: z.string().optional(),
  maxError: z.number().optional(),
  timing: z.object({ method: z.enum(['median', 'single']), runs: z.number().int(), warmupMs: z.number().optional() }).optional(),
  peakHeapMb: z.number().optional(),
});
const ResultSchema = z.object({
  schemaVersion: z.number(),
  problem: z.string(),
  solution: z.string(),
  submitter: z.string().nullable(),
  verdict: Verdict,
  passed: z.number().int(),
  total: z.number().int(),
  timeMs: z.number(),
  message: z.string().optional(),
  cases: z.array(CaseSchema),
});
const Submitter = z.string().nullable();
const ShardSchema = z.object({ index: z.number().int().min(1), count: z.number().int().min(1) });
export const GradeReportSchema = z.object({
  schemaVersion: z.literal(GRADE_SCHEMA_VERSION),
  layout: z.enum(['flat', 'class']),
  submitters: z.array(Submitter),
  problems: z.array(z.string()),
  results: z.array(ResultSchema),
  unmatched: z.array(z.object({ submitter: Submitter, file: z.string(), reason: z.string() })),
  missing: z.array(z.object({ submitter: Submitter, slug: z.string() })),
  summary: z.object({
    submitters: z.number(),
    problems: z.number(),
    solutions: z.number(),
    accepted: z.number(),
    verdicts: z.partialRecord(Verdict, z.number()),
    missing: z.number(),
    unmatched: z.number(),
    timeMs: z.number(),
  }),
  incomplete: z.boolean().optional(),
  shards: z.array(ShardSchema).optional(),
});

export function readGradeReport(file: string, shown: string): GradeReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `is not JSON (${(error as Error).message})`;
    throw new KataError('USAGE', `${shown} ${why}`, 'give the files written by kata grade --reporter json=FILE');
  }
  const parsed = GradeReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new KataError('USAGE', `${shown} is not a kata grade report: ${issue.path.join('.') || '(top level)'}: ${issue.message}`, 'give the files written by kata grade --reporter json=FILE');
  }
  return parsed.data as GradeReport;
}
