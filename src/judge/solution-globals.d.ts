// The globals a solution may use besides the ES2022 library: kata type-checks solutions without
// Node's typings (solutions import no Node module), and solutions/tsconfig.json gives editors this file.
// kata's own tsconfig.json excludes it, since Node's typings declare these too.
declare const console: { log(...data: unknown[]): void; error(...data: unknown[]): void; warn(...data: unknown[]): void; info(...data: unknown[]): void; debug(...data: unknown[]): void };
declare function structuredClone<T>(value: T): T;
declare function queueMicrotask(callback: () => void): void;
declare function setTimeout(callback: (...args: unknown[]) => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
