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
}

export const PLAIN: Style = {
  pass: (text) => text,
  fail: (text) => text,
  warn: (text) => text,
  dim: (text) => text,
  bold: (text) => text,
};
