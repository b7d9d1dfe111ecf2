/** What bounds cannot say: weights and values describe the same items. */
export function validate(input: { weights: number[]; values: number[] }): string | undefined {
  if (input.weights.length !== input.values.length) return `weights has ${input.weights.length} kinds but values has ${input.values.length}`;
  return undefined;
}
