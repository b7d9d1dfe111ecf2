/**
 * FlashAttention's forward pass for one head. K and V are read in blocks of `blockSize` rows.
 * For every query row we keep
 *   m   the largest score seen so far,
 *   l   the sum of exp(score - m) over the keys seen so far,
 *   acc the sum of exp(score - m) * V[j] over the keys seen so far.
 * When a block raises the maximum from m to m', both l and acc were measured against m, so both are
 * multiplied by exp(m - m') before the block's own terms are added. At the end, acc / l is the
 * softmax-weighted average of the value rows. Every exponent is <= 0, so nothing overflows.
 * O(n * m * (d + dv)) time, O(blockSize + dv) extra memory per query row.
 */
export function flashAttention(Q: number[][], K: number[][], V: number[][], blockSize: number): number[][] {
  const n = Q.length;
  const m = K.length;
  const d = Q[0]!.length;
  const dv = V[0]!.length;
  const scale = 1 / Math.sqrt(d);
  const out: number[][] = [];
  const scores = new Float64Array(blockSize);
  for (let i = 0; i < n; i++) {
    const q = Q[i]!;
    let runMax = -Infinity;
    let runSum = 0;
    const acc = new Float64Array(dv);
    for (let start = 0; start < m; start += blockSize) {
      const end = Math.min(m, start + blockSize);
      let blockMax = -Infinity;
      for (let j = start; j < end; j++) {
        const k = K[j]!;
        let dot = 0;
        for (let t = 0; t < d; t++) dot += q[t]! * k[t]!;
        const s = dot * scale;
        scores[j - start] = s;
        if (s > blockMax) blockMax = s;
      }
      const newMax = Math.max(runMax, blockMax);
      const correction = Math.exp(runMax - newMax); // exp(-Infinity) = 0 on the first block
      runSum *= correction;
      for (let c = 0; c < dv; c++) acc[c]! *= correction;
      for (let j = start; j < end; j++) {
        const p = Math.exp(scores[j - start]! - newMax);
        runSum += p;
        const v = V[j]!;
        for (let c = 0; c < dv; c++) acc[c]! += p * v[c]!;
      }
      runMax = newMax;
    }
    const row: number[] = new Array(dv);
    for (let c = 0; c < dv; c++) row[c] = acc[c]! / runSum;
    out.push(row);
  }
  return out;
}
