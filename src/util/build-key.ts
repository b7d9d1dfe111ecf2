/**
 * The key of kata's own sources when kata runs from its build (bin/launch.js defines it there): every
 * .ts file under src/ by name, size and modification time, checked by the launcher at start. Caches of
 * what kata's own sources made (the rules a package was validated by, kata's compiled harnesses) are
 * keyed by it instead of listing and hashing those sources again. Null under tsx and in tests.
 */
declare const __KATA_SOURCES_KEY__: string | undefined;

export const BUILD_KEY: string | null = typeof __KATA_SOURCES_KEY__ === 'string' ? __KATA_SOURCES_KEY__ : null;
