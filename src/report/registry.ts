/** Reporters by name: `--reporter <name>` picks one. */
import { humanReporter } from './human.ts';
import { jsonReporter } from './json.ts';
import type { Reporter } from './reporter.ts';

export const REPORTERS: Record<string, Reporter> = {
  human: humanReporter,
  json: jsonReporter,
};

export function reporterNames(): string[] {
  return Object.keys(REPORTERS);
}
