/** What bounds cannot say: both matrices are rectangular, padding <= min(kH, kW) - 1, and the output is not empty. */
export function validate(input: { input: number[][]; kernel: number[][]; stride: number; padding: number }): string | undefined {
  const { input: image, kernel, stride, padding } = input;
  for (const [name, matrix] of [['input', image], ['kernel', kernel]] as const) {
    const width = matrix[0]?.length ?? 0;
    const i = matrix.findIndex((row) => row.length !== width);
    if (i >= 0) return `${name}[${i}] has ${matrix[i]!.length} entries but ${name}[0] has ${width}`;
  }
  const kH = kernel.length;
  const kW = kernel[0]?.length ?? 0;
  if (padding > Math.min(kH, kW) - 1) return `padding = ${padding} is above min(kH, kW) - 1 = ${Math.min(kH, kW) - 1}`;
  const rows = (image.length - 1) * stride - 2 * padding + kH;
  const cols = ((image[0]?.length ?? 0) - 1) * stride - 2 * padding + kW;
  if (rows < 1 || cols < 1) return `the output would be ${rows} x ${cols}, but it must have at least one row and one column`;
  return undefined;
}
