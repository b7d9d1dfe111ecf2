import type { CaseResult, Judgment } from '../judge/verdict.ts';
import type { Style } from './style.ts';

/** Turns judgments into text. Reporters never print: the CLI does. */
export interface Reporter {
  /** A line (or lines) as soon as a case is judged; null when this reporter waits for the end. */
  caseDone(result: CaseResult, style: Style): string | null;
  /** The text after a solution is judged. */
  judgmentDone(judgment: Judgment, style: Style): string;
  /** The text when the run is stopped (Ctrl-C): `partial` holds the cases that finished. */
  interrupted(partial: Judgment, style: Style): string;
}
