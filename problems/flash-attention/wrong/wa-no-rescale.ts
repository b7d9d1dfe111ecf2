// Tracks the running maximum and rescales the running sum, but forgets to rescale the output
// accumulator when the maximum rises: earlier blocks keep weights measured against an old maximum.
export function flashAttention(Q: number[][], K: number[][], V: number[][], blockSize: number): number[][] {
  const d = Q[0]!.length;
  const dv = V[0]!.length;
  const scale = 1 / Math.sqrt(d);
  return Q.map((q) => {
    let mx = -Infinity;
    let sum = 0;
    const acc = new Array<number>(dv).fill(0);
    for (let start = 0; start < K.length; start += blockSize) {
      const end = Math.min(K.length, start + blockSize);
      const s: number[] = [];
      for (let j = start; j < end; j++) s.push(q.reduce((a, x, t) => a + x * K[j]![t]!, 0) * scale);
      const newMax = Math.max(mx, ...s);
      sum *= Math.exp(mx - newMax);
      for (let j = start; j < end; j++) {
        const p = Math.exp(s[j - start]! - newMax);
        sum += p;
        for (let c = 0; c < dv; c++) acc[c] = acc[c]! + p * V[j]![c]!;
      }
      mx = newMax;
    }
    return acc.map((a) => a / sum);
  });
}
