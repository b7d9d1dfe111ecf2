/**
 * import() of what kata does not bundle: an author's checker, generator or validator, or a builtin loaded
 * late. The bundled CLI (bin/launch.js) runs as a script compiled with V8's code cache, and Node 20 gives
 * import() in such a script no module loader; the launcher passes in its own import() as __kataImport.
 */
declare const __kataImport: ((specifier: string) => Promise<unknown>) | undefined;

export const importModule: (specifier: string) => Promise<unknown> = typeof __kataImport === 'function' ? __kataImport : (specifier) => import(specifier);
