// problem: add
// expect: RE|TLE
// Writes a 90 MB reply frame that decodes to 30 million distinct empty Maps (about 6 GB): it took the
// judge down by running out of memory. Large frames decode in a worker whose heap is limited.
// Sent while loading. Decoding gives up when the worker's heap is full, which may take longer than the
// load's time limit: RE or TLE, and the judge carries on either way.
import { writeSync } from "node:fs";
import { serialize } from "node:v8";
const nonce = 0;
const COUNT = 30_000_000;
function varint(value: number): number[] {
  const bytes: number[] = [];
  do {
    bytes.push((value & 0x7f) | (value > 0x7f ? 0x80 : 0));
    value >>>= 7;
  } while (value > 0);
  return bytes;
}
function send(): void {
  const sample = serialize({ type: "returned", nonce, timeMs: 0.001, value: [new Map(), new Map()], ignoredReturn: false, output: "", outputBytes: 0 });
  // A dense array of two empty Maps: 'A' 2, then ';' ':' 0 twice, then '$' 0 2.
  const pair = Buffer.from([0x41, 0x02, 0x3b, 0x3a, 0x00, 0x3b, 0x3a, 0x00, 0x24, 0x00, 0x02]);
  const at = sample.indexOf(pair);
  const head = Buffer.from([0x41, ...varint(COUNT)]);
  const maps = Buffer.alloc(COUNT * 3);
  for (let i = 0; i < maps.length; i += 3) {
    maps[i] = 0x3b;
    maps[i + 1] = 0x3a;
  }
  const tail = Buffer.from([0x24, 0x00, ...varint(COUNT)]);
  const body = Buffer.concat([sample.subarray(0, at), head, maps, tail, sample.subarray(at + pair.length)]);
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  writeSync(3, header);
  writeSync(3, body);
}
send();
export function add(a: number, b: number): number {
  return a + b;
}
