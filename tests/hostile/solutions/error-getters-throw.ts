// problem: add
// expect: RE
// Throws an Error whose name, message and stack getters throw in turn: describing it must not break the harness into something else.
class Trap extends Error {
  override get name(): string { throw new Error("name"); }
  override get message(): string { throw new Error("message"); }
  override get stack(): string { throw new Error("stack"); }
}
export function add(a: number, b: number): number {
  throw new Trap();
}
