// problem: add
// expect: CE
// Exports the function only as a property of the default export: the signature needs a named export.
export default { add: (a: number, b: number): number => a + b };
