/**
 * A child process of the judge that compiles one untrusted source file: oxc is native code, and a
 * source built to break it (20 000 nested parentheses) overflows its stack and kills the process it
 * runs in. Here that is this child, which the judge reports as a compile error.
 * argv[2]: a path to resolve oxc-transform from. Reads { file, text } as JSON on stdin; writes the
 * Transpiled result as JSON on stdout.
 */
import { createRequire } from 'node:module';
import { transpile, type Transform } from './transpile.ts';

const { transformSync } = createRequire(process.argv[2]!)('oxc-transform') as { transformSync: Transform };
const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  const { file, text } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { file: string; text: string };
  process.stdout.write(JSON.stringify(transpile(transformSync, file, text)));
});
