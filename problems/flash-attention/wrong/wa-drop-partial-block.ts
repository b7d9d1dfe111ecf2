// Loops over floor(m / blockSize) full blocks only, so when blockSize does not divide m the last
// few keys are never seen.
export function flashAttention(Q: number[][], K: number[][], V: number[][], blockSize: number): number[][] {
  const d = Q[0]!.length;
  const dv = V[0]!.length;
  const scale = 1 / Math.sqrt(d);
  const blocks = Math.floor(K.length / blockSize);
  return Q.map((q) => {
    let mx = -Infinity;
    let sum = 0;
    const acc = new Array<number>(dv).fill(0);
    for (let b = 0; b < blocks; b++) {
      const start = b * blockSize;
      const s: number[] = [];
      for (let j = start; j < start + blockSize; j++) s.push(q.reduce((a, x, t) => a + x * K[j]![t]!, 0) * scale);
      const newMax = Math.max(mx, ...s);
      const corr = Math.exp(mx - newMax);
      sum *= corr;
      for (let c = 0; c < dv; c++) acc[c] = acc[c]! * corr;
      for (let j = start; j < start + blockSize; j++) {
        const p = Math.exp(s[j - start]! - newMax);
        sum += p;
        for (let c = 0; c < dv; c++) acc[c] = acc[c]! + p * V[j]![c]!;
      }
      mx = newMax;
    }
    return acc.map((a) => a / sum);
  });
}
