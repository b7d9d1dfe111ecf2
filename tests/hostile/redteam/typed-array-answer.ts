// problem: groups
// expect: WA
// Returns a 12-million-element Uint8Array where an int is expected. It reaches the judge as a typed
// array (v8's serializer keeps it as a host object), and the report of the failed example walks it.
export function groups(n: number): number[][] {
  return new Uint8Array(12_000_000) as unknown as number[][];
}
