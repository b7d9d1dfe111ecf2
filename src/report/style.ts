/**
 * The colours a reporter may use. The CLI supplies them (chalk, or plain text
 * when colour is off), so reporters stay free of terminal concerns.
 */
export interface Style {
  pass(text: string): string;
  fail(text: string): string;
  warn(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  italic(text: string): string;
  underline(text: string): string;
  /** Inline code in a statement. */
  code(text: string): string;
}

const same = (text: string) => text;

export const PLAIN: Style = {
  pass: same,
  fail: same,
  warn: same,
  dim: same,
  bold: same,
  italic: same,
  underline: same,
  code: same,
};
