// problem: add
// expect: RE
export async function add(a: number, b: number): Promise<number> {
  throw new Error("rejected");
}
