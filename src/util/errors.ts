/**
 * A mistake the user can fix: a wrong argument, a broken problem file, a missing solution.
 * The CLI prints `message` and `hint` (never a stack trace) and exits with `exitCode`.
 */
export type ErrorCode =
  | 'USAGE'
  | 'UNKNOWN_PROBLEM'
  | 'BAD_PACKAGE'
  | 'NO_SOLUTION'
  | 'EXISTS'
  | 'NO_WORKSPACE'
  | 'NO_ISOLATION'
  | 'BAD_PROGRESS'
  | 'LOCKED';

export class KataError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'KataError';
    this.code = code;
    this.hint = hint;
  }
}

export function isKataError(error: unknown): error is KataError {
  return error instanceof KataError;
}
