/** What bounds cannot say: the matrices are rectangular, Q and K share d, K and V share m, blockSize <= m. */
export function validate(input: { Q: number[][]; K: number[][]; V: number[][]; blockSize: number }): string | undefined {
  const { Q, K, V, blockSize } = input;
  const d = Q[0]?.length ?? 0;
  const dv = V[0]?.length ?? 0;
  for (const [name, matrix, width] of [['Q', Q, d], ['K', K, d], ['V', V, dv]] as const) {
    const i = matrix.findIndex((row) => row.length !== width);
    if (i >= 0) return `${name}[${i}] has ${matrix[i]!.length} entries but ${name === 'V' ? 'V[0]' : 'Q[0]'} has ${width}`;
  }
  if (V.length !== K.length) return `K has ${K.length} rows but V has ${V.length}`;
  if (blockSize > K.length) return `blockSize = ${blockSize} is larger than m = ${K.length}`;
  return undefined;
}
