/** Reporters by name: `--reporter <name>` picks one. */
import { humanReporter } from './human.ts';
import { jsonReporter } from './json.ts';
import { REPORTER_NAMES } from './names.ts';
import type { Reporter } from './reporter.ts';

export const REPORTERS: Record<string, Reporter> = {
  human: humanReporter,
  json: jsonReporter,
} satisfies Record<(typeof REPORTER_NAMES)[number], Reporter>;

export function reporterNames(): string[] {
  return [...REPORTER_NAMES];
}
