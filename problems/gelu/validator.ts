/** What bounds cannot say: approximate names one of the two forms. */
export function validate(input: { approximate: string }): string | undefined {
  if (input.approximate !== 'none' && input.approximate !== 'tanh') return `approximate is ${JSON.stringify(input.approximate)}, not "none" or "tanh"`;
  return undefined;
}
