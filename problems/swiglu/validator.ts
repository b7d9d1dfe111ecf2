/** What bounds cannot say: x splits into two halves of equal length. */
export function validate(input: { x: number[] }): string | undefined {
  if (input.x.length % 2 !== 0) return `x has ${input.x.length} values, an odd number`;
  return undefined;
}
