/**
 * TypeScript to JavaScript with oxc-transform, with an inline source map so stack traces point at the
 * `.ts` file and its line. The transformer is passed in: the compile child loads it from kata's own
 * node_modules, wherever the cache (and so this compiled file) lives.
 */
import type { transformSync } from 'oxc-transform';
import { lineAndColumn } from '../util/text.ts';

export type Transform = typeof transformSync;
export type Transpiled = { ok: true; code: string } | { ok: false; message: string };

export function transpile(transform: Transform, file: string, text: string): Transpiled {
  const result = transform(file, text, { sourcemap: true, typescript: { rewriteImportExtensions: false } });
  const error = result.errors.find((e) => e.severity === 'Error');
  if (error) {
    const offset = error.labels?.[0]?.start ?? 0;
    const { line, column } = lineAndColumn(text, offset);
    return { ok: false, message: `${file}:${line}:${column}: ${error.message}` };
  }
  const map = Buffer.from(JSON.stringify(result.map)).toString('base64');
  return { ok: true, code: `${result.code}${SOURCE_MAP_PREFIX}${map}\n` };
}

const SOURCE_MAP_PREFIX = '\n//# sourceMappingURL=data:application/json;base64,';

/** transpile's code without the source map it appends. */
export function withoutSourceMap(code: string): string {
  const at = code.lastIndexOf(SOURCE_MAP_PREFIX);
  return at === -1 ? code : code.slice(0, at);
}
