// A correct tiled pass, but the scores are the raw dot products: the 1/sqrt(d) factor is missing,
// which sharpens the softmax whenever d > 1.
export function flashAttention(Q: number[][], K: number[][], V: number[][], blockSize: number): number[][] {
  const dv = V[0]!.length;
  return Q.map((q) => {
    let mx = -Infinity;
    let sum = 0;
    const acc = new Array<number>(dv).fill(0);
    for (let start = 0; start < K.length; start += blockSize) {
      const end = Math.min(K.length, start + blockSize);
      const s: number[] = [];
      for (let j = start; j < end; j++) s.push(q.reduce((a, x, t) => a + x * K[j]![t]!, 0));
      const newMax = Math.max(mx, ...s);
      const corr = Math.exp(mx - newMax);
      sum *= corr;
      for (let c = 0; c < dv; c++) acc[c] = acc[c]! * corr;
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
