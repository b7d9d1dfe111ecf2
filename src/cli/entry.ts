/**
 * What bin/kata.js runs. begin() comes first (early.ts: kata test's thread starts booting); the CLI
 * itself, commander and every command, is evaluated only after it, so that the thread boots meanwhile.
 */
export { begin } from './early.ts';

export async function main(argv: string[]): Promise<number> {
  const cli = await import('./main.ts');
  return cli.main(argv);
}
