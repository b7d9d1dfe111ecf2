/**
 * A child process of the judge that compiles one untrusted source file: oxc is native code, and a
 * source built to break it (20 000 nested parentheses) overflows its stack and kills the process it
 * runs in. Here that is this child, which the judge reports as a compile error.
 * argv[2]: a path to resolve oxc-transform from; argv[3]: the structures' module name. Reads { file, text }
 * as JSON on stdin; writes the Transpiled result, with the inline host's form of it (inline-form.ts), as
 * JSON on stdout.
 */
import { createRequire } from 'node:module';
import { inlineForm, type RunnerTransform } from './inline-form.ts';
import { transpile, withoutSourceMap, type Transform } from './transpile.ts';

const oxc = createRequire(process.argv[2]!)('oxc-transform') as { transformSync: Transform; moduleRunnerTransformSync: RunnerTransform };
const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  const { file, text } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { file: string; text: string };
  const result = transpile(oxc.transformSync, file, text);
  const inline = result.ok ? inlineForm(oxc.moduleRunnerTransformSync, file, withoutSourceMap(result.code), process.argv[3]!) : null;
  process.stdout.write(JSON.stringify(result.ok ? { ...result, inline } : result));
});
