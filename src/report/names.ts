/**
 * The reporters' names alone: the CLI lists them in its options, and naming them must not load every
 * reporter on each start. The registries are checked against these lists by the compiler.
 */
export const REPORTER_NAMES = ['human', 'json'] as const;
export const GRADE_REPORTER_NAMES = ['human', 'json', 'junit', 'tap', 'github', 'csv', 'html'] as const;
