/** The format of `.kata/progress.json` (see progress.ts), loaded only when a file must be checked. */
import { z } from 'zod';

export const VerdictSchema = z.enum(['AC', 'WA', 'TLE', 'MLE', 'RE', 'CE', 'SKIPPED']);

export const ProblemProgressSchema = z.object({
  attempts: z.number().int().min(0).default(0),
  firstAttempt: z.iso.datetime().optional(),
  lastAttempt: z.iso.datetime().optional(),
  /** The first time `kata judge` accepted a solution: hidden cases included. */
  solved: z.iso.datetime().optional(),
  /** The fastest accepted judgment, in milliseconds of case time. */
  bestTimeMs: z.number().min(0).optional(),
  lastVerdict: VerdictSchema.optional(),
  hintsUsed: z.number().int().min(0).default(0),
  reveals: z.number().int().min(0).default(0),
});

export const ProgressSchema = z.object({
  version: z.literal(1),
  problems: z.record(z.string(), ProblemProgressSchema),
  /** Every local day (YYYY-MM-DD) with at least one attempt: what streaks are counted from. */
  days: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
});

export type ProblemProgress = z.infer<typeof ProblemProgressSchema>;
export type Progress = z.infer<typeof ProgressSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
