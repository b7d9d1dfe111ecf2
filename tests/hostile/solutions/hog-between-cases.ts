// problem: groups
// expect: WA
// Leaves a timer that allocates 3 GB after the call returned: the sandbox is stopped between requests.
const hold: Buffer[] = [];
export function groups(n: number): number[][] {
  setTimeout(() => { for (let i = 0; i < 48; i++) hold.push(Buffer.alloc(64 * 1024 * 1024, 1)); }, 50);
  return [[n]];
}
